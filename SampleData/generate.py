#!/usr/bin/env python3
"""Seeded, deterministic generator of Dromenregister sample exports (EXPORTS.md section 1).

Models the Almere programmes "Als ik later groot ben" (0-12, since 2017) and "Dare to dream in 036"
(12-18, since 2020-01-01): dreams arrive, one of four coordinators invites child and parent, holds a
conversation and connects the family to an offer. Each quarter's export is the full register as it stood
on the quarter's last day, with the Excel quirks and a few planted bad rows (listed by --summary).

Usage:
  python3 SampleData/generate.py                      # SampleData/dromen/dromen_2017-Q1.csv .. dromen_2024-Q4.csv
                                                      # and SampleData/postcodes_almere.csv
  python3 SampleData/generate.py --summary            # headline figures at 2022-Q4 and the planted bad rows
  python3 SampleData/generate.py --benchmark 1000000 --out /tmp/x.csv
                                                      # one large UTF-8 snapshot, streamed, for speed tests

Same command, same bytes: only random.Random(seed) instances are used, never the clock, global random or
unordered iteration. Python 3 standard library only.

NOTE postcodes_almere.csv is an approximation made for this sample data (plausible, non-overlapping PC4
ranges per stadsdeel). The municipality's own PC4 -> stadsdeel table replaces it in real use.
All names, numbers and dreams here are fictional.
"""

import argparse
import bisect
import csv
import heapq
import io
import os
import random
import sys
from datetime import date, timedelta

DEFAULT_SEED = 36  # 036, the area code of Almere
FIRST_YEAR, LAST_YEAR = 2017, 2024
DTD_START = date(2020, 1, 1).toordinal()

HEADER = ["Dossiernummer", "Kindnummer", "Programma", "Ontvangen op", "Kanaal", "Leeftijd", "Postcode",
          "Droom", "Categorie", "Coördinator", "Status", "Gesprek op", "Verbonden met", "Verbonden op",
          "Ouders verbonden"]
AILGB, DTD = "Als ik later groot ben", "Dare to dream in 036"
PREFIX = {AILGB: "AILGB", DTD: "DTD"}

# Dreams received per calendar year (the register's growth; 2017 is a small start).
YEAR_TARGET = {2017: 350, 2018: 720, 2019: 1010, 2020: 1230, 2021: 1330, 2022: 1290, 2023: 1310, 2024: 1320}
# Share of new children that go to Dare to dream (only from 2020).
DTD_SHARE = {2020: 0.21, 2021: 0.26, 2022: 0.28, 2023: 0.30, 2024: 0.30}
# Winter peak: more dreams November-February.
MONTH_W = [1.35, 1.20, 0.95, 0.85, 0.80, 0.75, 0.55, 0.60, 0.90, 1.00, 1.30, 1.45]
# Share of new children who later send more dreams (2 or 3 in all, at a later age).
REPEAT_SHARE = 0.25

KANALEN = ["Brievenbus", "Website", "Facebook", "Instagram", "WhatsApp", "Sms", "Inloopspreekuur bibliotheek"]
KANAAL_W = {  # per year, same order as KANALEN
    2017: [55, 30, 6, 1, 4, 2, 2], 2018: [48, 32, 6, 2, 7, 3, 2], 2019: [40, 32, 6, 4, 11, 4, 3],
    2020: [31, 33, 5, 8, 17, 5, 1], 2021: [26, 30, 4, 11, 21, 5, 3], 2022: [24, 28, 4, 13, 22, 6, 3],
    2023: [22, 27, 3, 14, 24, 6, 4], 2024: [20, 26, 3, 15, 25, 7, 4]}
KANAAL_DTD_FACTOR = [0.3, 0.9, 0.4, 2.5, 1.5, 1.2, 1.0]

CATEGORIEEN = ["Fiets", "Laptop", "Bijles", "Sport", "Muziek en cultuur", "Beroep en meelopen", "Kleding", "Overig"]
CAT_W = {AILGB: [13, 6, 9, 31, 15, 2, 8, 16], DTD: [9, 10, 14, 22, 12, 17, 6, 10]}
LAPTOP_YEAR = {2017: 0.8, 2018: 0.9, 2019: 1.0, 2020: 2.8, 2021: 2.3, 2022: 1.2, 2023: 1.0, 2024: 1.0}

STATUSSEN = ["Nieuw", "Uitgenodigd", "Gesprek gevoerd", "Verbonden", "Afgerond", "Geen reactie", "Ingetrokken"]
COORDINATOREN = ["Anouk de Vries", "Naïma El Idrissi", "Joël Bakker", "Fenna Koçak"]
AREA_COORD = {"Almere Haven": 0, "Almere Hout": 0, "Oosterwold": 0, "Almere Stad": 1, "Almere Buiten": 2,
              "Almere Poort": 3, "Almere Pampus": 3, None: 1}

# PC4 -> stadsdeel (approximate; see the note at the top) and the weight of children per stadsdeel.
STADSDELEN = [  # (stadsdeel, PC4s, share of children)
    ("Almere Stad", list(range(1311, 1320)) + list(range(1321, 1330)), 0.45),
    ("Almere Buiten", list(range(1331, 1340)), 0.25),
    ("Almere Hout", [1341, 1358], 0.045),
    ("Oosterwold", [1343, 1349], 0.025),
    ("Almere Haven", list(range(1351, 1358)), 0.10),
    ("Almere Poort", [1359, 1361, 1362, 1363, 1364], 0.117),
    ("Almere Pampus", [1365], 0.003),
]
OUTSIDE_PC4 = [1401, 3811, 1111, 1274, 8251, 3891, 8232, 1097]  # Bussum, Amersfoort, Diemen, Huizen, ...
OUTSIDE_SHARE = 0.01
PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"

# Offers and partners, per category, with a skewed popularity. "Buurtsportcoach *" is the child's area.
OFFERS = {
    "Sport": [("Jeugdfonds Sport & Cultuur", 30), ("Buurtsportcoach *", 34), ("Sportbedrijf Almere - Zwemles", 12),
              ("Almere City FC Foundation", 5), ("Stichting Leergeld Almere", 8)],
    "Muziek en cultuur": [("Jeugdfonds Sport & Cultuur", 28), ("Artlab Almere", 12), ("Muziekcollectief Almere", 10),
                          ("Kinderkoor De Schakel", 8), ("Theaterschool Almere", 7), ("Stichting Leergeld Almere", 6)],
    "Bijles": [("Huiswerkbegeleiding Stad", 20), ("Bijles aan Huis Almere", 12), ("Taalhuis Bibliotheek Almere", 10),
               ("Stichting Leergeld Almere", 10), ("IMC Weekendschool Almere", 4)],
    "Laptop": [("Laptops voor Kids", 30), ("Stichting Leergeld Almere", 25), ("Nationaal Fonds Kinderhulp", 6)],
    "Fiets": [("Fietsenbank Almere", 35), ("Stichting Leergeld Almere", 20), ("Nationaal Fonds Kinderhulp", 8)],
    "Kleding": [("Kledingbank Almere", 25), ("Stichting Leergeld Almere", 12), ("Nationaal Fonds Kinderhulp", 10),
                ("Jongerenwerk De Schoor", 3)],
    "Beroep en meelopen": [("Bibliotheek Almere - Beroepencollege", 25), ("Meeloopnetwerk Alliantie Kinderarmoede", 12),
                           ("IMC Weekendschool Almere", 10), ("Jongerenwerk De Schoor", 10),
                           ("Jongerenloket Almere", 6)],
    "Overig": [("Nationaal Fonds Kinderhulp", 12), ("Stichting Jarige Job", 12), ("Stichting Leergeld Almere", 10),
               ("Wijkteam Almere", 8), ("Jeugdfonds Sport & Cultuur", 4)],
}
SPORTCOACH = {"Almere Stad": "Stad", "Almere Buiten": "Buiten", "Oosterwold": "Buiten", "Almere Haven": "Haven",
              "Almere Hout": "Haven", "Almere Poort": "Poort", "Almere Pampus": "Poort", None: "Stad"}

# Quarters with Excel artefacts.
SEP_LINE = {"2018-Q2", "2021-Q3", "2023-Q1"}
TOTAAL_ROW = {"2018-Q4", "2019-Q4", "2020-Q4", "2022-Q4", "2024-Q2"}  # these also get blank lines

# ---------------------------------------------------------------------------------------------------
# The children's own words. (phrase, min age, max age) per category.

def _p(text, lo=0, hi=18):
    return (text, lo, hi)


DROOM_CORE = {
    "Fiets": [_p("een fiets"), _p("een nieuwe fiets"), _p("een fiets om naar school te gaan", 6),
              _p("een loopfiets", 0, 4), _p("een fiets met zijwieltjes", 3, 6), _p("een mountainbike", 8),
              _p("een fiets met versnellingen", 9), _p("een fiets zodat ik zelf naar voetbal kan", 7),
              _p("fietsles", 4, 9), _p("een BMX", 7, 15), _p("een helm en een fiets", 4, 12),
              _p("een nieuwe fiets want mijn fiets is gestolen", 8), _p("een fiets voor de middelbare school", 11),
              _p("een fiets die niet kapot is", 6), _p("een crossfiets", 8, 16), _p("een fiets om naar mijn stage te gaan", 15)],
    "Laptop": [_p("een laptop", 6), _p("een laptop voor school", 7), _p("een laptop voor mijn huiswerk", 8),
               _p("een computer om thuis te oefenen met rekenen", 6, 12), _p("een tablet voor school", 5, 12),
               _p("een laptop want we hebben er thuis maar één", 8), _p("een eigen laptop voor online les", 8),
               _p("een chromebook", 9), _p("een laptop om te leren programmeren", 10), _p("een printer voor school", 11),
               _p("een laptop om mijn werkstukken te maken", 10), _p("een computer voor het mbo", 15)],
    "Bijles": [_p("bijles rekenen", 6, 12), _p("bijles wiskunde", 11), _p("hulp met lezen", 5, 10),
               _p("bijles Engels", 9), _p("iemand die mij helpt met huiswerk", 7), _p("bijles voor de doorstroomtoets", 10, 12),
               _p("hulp bij mijn struikelvak Frans", 12), _p("taalles voor mij en mijn moeder", 5),
               _p("bijles natuurkunde", 13), _p("hulp met begrijpend lezen", 7, 12), _p("huiswerkbegeleiding", 9),
               _p("beter leren spellen", 6, 12), _p("bijles Nederlands want ik ben net in Nederland", 7),
               _p("hulp met plannen voor school", 12), _p("bijles economie", 14)],
    "Sport": [_p("op voetbal", 4), _p("zwemles", 3, 11), _p("mijn zwemdiploma halen", 4, 12), _p("op turnen", 4, 14),
              _p("op judo", 4), _p("op kickboksen", 8), _p("op hockey", 5), _p("op dansles", 3), _p("op basketbal", 7),
              _p("op tennis", 6), _p("voetbalschoenen", 5), _p("op paardrijden", 5), _p("op karate", 5),
              _p("op atletiek", 7), _p("schaatsen leren", 5), _p("op taekwondo", 6), _p("op volleybal", 8),
              _p("op korfbal", 6), _p("op streetdance", 7), _p("op boksen", 10), _p("op skateles", 7),
              _p("op handbal", 7), _p("zeilen leren", 9), _p("naar peutergym", 1, 4), _p("op kleuterdans", 3, 6),
              _p("voetballen bij Almere City", 6), _p("op zwemmen bij een club", 7), _p("naar de sportschool", 15),
              _p("op ballet", 4, 13), _p("op freerunnen", 9)],
    "Muziek en cultuur": [_p("gitaarles", 7), _p("pianoles", 6), _p("op zangles", 6), _p("in een koor zingen", 5),
                          _p("op toneel", 6), _p("tekenles", 5), _p("op drumles", 7), _p("viool leren spelen", 6),
                          _p("naar een musical", 4), _p("een keyboard", 7), _p("op theaterles", 7),
                          _p("leren rappen", 10), _p("naar het museum", 4), _p("fotografie leren", 11),
                          _p("op schilderles", 6), _p("in een band spelen", 11), _p("dj worden", 11),
                          _p("muziek maken op de computer", 11), _p("naar muziekles op school", 5, 12),
                          _p("leren breakdancen", 8), _p("een film maken", 10), _p("naar de schouwburg", 5)],
    "Beroep en meelopen": [_p("een dag meelopen met de politie", 9), _p("meelopen bij de brandweer", 8),
                           _p("kijken hoe het is om dierenarts te zijn", 9), _p("meelopen in het ziekenhuis", 12),
                           _p("stage lopen bij een kapper", 13), _p("later piloot worden", 8),
                           _p("meelopen bij een advocaat", 13), _p("youtuber worden", 9),
                           _p("meelopen met een verpleegkundige", 13), _p("later profvoetballer worden", 8),
                           _p("een dag bij een architect", 12), _p("kok worden", 10), _p("meelopen bij een garage", 12),
                           _p("kijken bij een game-ontwikkelaar", 11), _p("juf worden", 8),
                           _p("meelopen op een bouwplaats", 12), _p("ontdekken welke opleiding bij mij past", 13),
                           _p("een bijbaantje vinden", 14), _p("meelopen bij de gemeente", 14),
                           _p("later in de zorg werken", 13), _p("een eigen bedrijf beginnen", 13),
                           _p("visagist worden", 13), _p("meelopen bij een tandarts", 12)],
    "Kleding": [_p("nieuwe schoenen"), _p("een winterjas"), _p("kleren voor school", 4), _p("sportkleding", 5),
                _p("schoenen die passen"), _p("een regenjas voor op de fiets", 7), _p("nieuwe kleren"),
                _p("een trainingspak", 5), _p("kleren voor mijn verjaardag", 3), _p("gympen voor gym", 5, 12),
                _p("een mooie jurk voor het eindfeest", 11), _p("een pak voor mijn diploma-uitreiking", 15)],
    "Overig": [_p("een eigen bed"), _p("een bureau voor mijn huiswerk", 7), _p("mijn verjaardag vieren"),
               _p("een dagje naar de Efteling"), _p("naar Walibi", 6), _p("een huisdier"), _p("een eigen kamer", 4),
               _p("een kinderfeestje", 3, 12), _p("dat mama minder zorgen heeft", 6), _p("mee op schoolreis", 5, 12),
               _p("op kamp", 7), _p("een bril", 5), _p("naar de dierentuin", 2, 12), _p("een telefoon", 11),
               _p("mijn rijbewijs halen", 16), _p("een boekenkast", 6), _p("met mijn familie op vakantie"),
               _p("leren lezen", 5, 8), _p("speelgoed om buiten te spelen", 2, 10), _p("een bed voor mijn broertje", 6),
               _p("een zwembadpas", 5), _p("naar het strand", 3), _p("een eigen plek om te leren", 10),
               _p("vrienden maken in Almere", 7)],
}
DROOM_PREFIX = ["", "", "", "", "ik wil ", "ik wil ", "ik wil graag ", "ik wil graag ", "graag ", "ik zou graag ",
                "mijn droom: ", "mijn wens is ", "ik wens "]
DROOM_SUFFIX = ([""] * 30 +
                [" want dat vind ik leuk", " net als mijn vriendin", " net als mijn vriend", " voor mijn verjaardag",
                 " omdat ik dat heel graag wil", " alsjeblieft", "!", "!!", ".", " maar dat is te duur",
                 " maar mama heeft er geen geld voor", " net als mijn vriendin Noor", " samen met mijn broertje Ayoub",
                 " want mijn oude is kapot", " dat zou echt super zijn", " en mijn zusje ook", " groetjes",
                 " want op school heeft iedereen dat"])
DROOM_SEMI = ["; mijn broer ook", "; mijn zus ook", "; en een helm", "; dat is mijn grootste droom",
              "; maar ik weet niet hoe", "; dank je wel", "; groetjes van mij"]
DROOM_NEWLINE = ["\nGroetjes", "\nen mijn broer ook", "\nDank u wel!", "\nen dat mijn moeder ook mee mag",
                 "\nIk ben heel lief"]
DROOM_QUOTED = ['een laptop voor "huiswerk"', 'op "echte" voetbal', 'naar de "grote" school met een fiets',
                'mama zegt "misschien", ik zeg ja', 'een "Nike" trainingspak', 'les bij "de beste" juf']
DROOM_EURO = [" (€ 120 per jaar)", ", het kost € 50", " voor € 25 per maand", " maar dat is € 300"]
DROOM_EMOJI = [" 😊", " 🙏", " ⚽", " ❤️", " 🚲", " 🎸"]


def _cumulate(weights):
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


class Picker:
    """Weighted choice with precomputed cumulative weights (fast, deterministic)."""
    __slots__ = ("items", "cum", "total")

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = _cumulate(weights)
        self.total = self.cum[-1]

    def __call__(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def fmt_date(ordinal, unpadded):
    d = date.fromordinal(ordinal)
    if unpadded:
        return f"{d.day}-{d.month}-{d.year}"
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def age_at(birth, ordinal):
    return int((ordinal - birth) / 365.25)


def quarter_ends():
    out = []
    for y in range(FIRST_YEAR, LAST_YEAR + 1):
        for q in range(1, 5):
            end = date(y, 3 * q, 31 if q in (1, 4) else 30)
            out.append((f"{y}-Q{q}", end.toordinal()))
    return out


# ---------------------------------------------------------------------------------------------------
# Model tables, built once.

class Model:
    def __init__(self):
        self.kanaal = {}
        for y, w in KANAAL_W.items():
            self.kanaal[(y, AILGB)] = Picker(KANALEN, w)
            self.kanaal[(y, DTD)] = Picker(KANALEN, [a * b for a, b in zip(w, KANAAL_DTD_FACTOR)])
        self.cat = {}
        for y in range(FIRST_YEAR, LAST_YEAR + 1):
            for prog in (AILGB, DTD):
                for age in range(0, 19):
                    w = list(CAT_W[prog])
                    w[1] *= LAPTOP_YEAR[y]
                    if age <= 4:
                        w[1] *= 0.05; w[2] *= 0.2; w[5] = 0.0; w[3] *= 1.3
                    elif age <= 8:
                        w[5] *= 0.3
                    self.cat[(y, prog, age)] = Picker(CATEGORIEEN, w)
        self.core = {}
        for cat, phrases in DROOM_CORE.items():
            for age in range(0, 19):
                fit = [p[0] for p in phrases if p[1] <= age <= p[2]] or [p[0] for p in phrases]
                self.core[(cat, age)] = fit
        self.age = {
            (AILGB, False): Picker(range(0, 13), [1, 1, 2, 3, 5, 7, 9, 11, 12, 13, 13, 12, 8]),
            (AILGB, True): Picker(range(0, 13), [1, 1, 2, 3, 5, 7, 9, 11, 12, 13, 13, 12, 4]),
            (DTD, True): Picker(range(12, 19), [7, 12, 12, 10, 8, 6, 3]),
        }
        areas, pcs, weights = [], [], []
        for name, pc4s, share in STADSDELEN:
            r = random.Random(f"pc-{name}")  # fixed skew of children over the PC4s of one stadsdeel
            ws = [0.4 + r.random() for _ in pc4s]
            tot = sum(ws)
            for pc4, w in zip(pc4s, ws):
                areas.append(name); pcs.append(pc4); weights.append(share * w / tot)
        for pc4 in OUTSIDE_PC4:
            areas.append(None); pcs.append(pc4); weights.append(OUTSIDE_SHARE / len(OUTSIDE_PC4))
        self.pc = Picker(list(zip(pcs, areas)), weights)
        self.offer = {cat: Picker([o for o, _ in lst], [w for _, w in lst]) for cat, lst in OFFERS.items()}
        self.pcfmt = Picker([0, 1, 2], [60, 25, 15])
        self.suffix_plain = DROOM_SUFFIX


def pc_text(pc4, letters, fmt):
    if fmt == 0:
        return f"{pc4} {letters}"
    if fmt == 1:
        return f"{pc4}{letters}"
    return str(pc4)


def make_droom(m, rng, cat, age, year):
    core = rng.choice(m.core[(cat, age)])
    r = rng.random()
    if r < 0.015:
        core = rng.choice(DROOM_QUOTED)
    text = rng.choice(DROOM_PREFIX) + core
    r = rng.random()
    if r < 0.03:
        text += rng.choice(DROOM_SEMI)
    elif r < 0.045:
        text += rng.choice(DROOM_NEWLINE)
    elif r < 0.05:
        text += rng.choice(DROOM_EURO)
    elif r < 0.06 and year >= 2020:
        text += rng.choice(DROOM_EMOJI)  # only in dossiers that never appear in a Windows-1252 file
    else:
        text += rng.choice(DROOM_SUFFIX)
    r = rng.random()
    if r < 0.3:
        text = text[0].upper() + text[1:]
    elif r < 0.33:
        text = text.upper() if age < 9 else text
    return text


class Dossier:
    __slots__ = ("prog", "year", "seq", "recv", "kind", "age", "pc", "kanaal", "cat", "droom", "coord",
                 "invite", "gesprek", "verb", "afger", "outcome", "end", "offer", "ouders", "unpad", "nr")

    def state(self, D):
        """Status as it stood on day D (ordinal); D >= recv."""
        if D < self.invite:
            return "Nieuw"
        if self.outcome == "noreply":
            return "Geen reactie" if D >= self.end else "Uitgenodigd"
        if self.outcome == "withdrawn":
            if D >= self.end:
                return "Ingetrokken"
            return "Gesprek gevoerd" if self.gesprek is not None and D >= self.gesprek else "Uitgenodigd"
        if D < self.gesprek:
            return "Uitgenodigd"
        if D < self.verb:
            return "Gesprek gevoerd"
        if self.afger is None or D < self.afger:
            return "Verbonden"
        return "Afgerond"

    def fields(self, D):
        st = self.state(D)
        g = fmt_date(self.gesprek, self.unpad) if self.gesprek is not None and self.gesprek <= D else ""
        if st in ("Verbonden", "Afgerond"):
            vm, vo, ov = self.offer, fmt_date(self.verb, self.unpad), self.ouders
        else:
            vm = vo = ov = ""
        return [self.nr, self.kind, self.prog, fmt_date(self.recv, self.unpad), self.kanaal, str(self.age), self.pc,
                self.droom, self.cat, self.coord, st, g, vm, vo, ov]


# Days to conversation: median rises with the growth of 2020-2021 and falls again after.
GESPREK_MEDIAN = {2017: 16, 2018: 18, 2019: 20, 2020: 25, 2021: 24, 2022: 21, 2023: 20, 2024: 19}


def make_dossier(m, rng, prog, recv, age, kind, pc4, area, letters):
    """All attributes and the whole life cycle of one dream, decided at once."""
    d = Dossier()
    y = date.fromordinal(recv).year
    d.prog, d.year, d.recv, d.kind, d.age = prog, y, recv, kind, age
    d.pc = pc_text(pc4, letters, m.pcfmt(rng))
    k = m.kanaal[(y, prog)](rng)
    r = rng.random()
    if r < 0.005:
        k = k.lower()
    elif r < 0.01:
        k = k.upper()
    elif r < 0.013:
        k = k + " "  # trailing space: valid, values are trimmed
    d.kanaal = k
    cat = m.cat[(y, prog, age)](rng)
    d.droom = make_droom(m, rng, cat, age, y)
    d.cat = cat + " " if rng.random() < 0.003 else cat
    if prog == DTD and rng.random() < 0.5:
        d.coord = COORDINATOREN[3]
    elif rng.random() < 0.7:
        d.coord = COORDINATOREN[AREA_COORD[area]]
    else:
        d.coord = COORDINATOREN[int(rng.random() * 4)]
    d.unpad = rng.random() < 0.10
    # Life cycle.
    med = GESPREK_MEDIAN[y]
    if rng.random() < 0.07:
        gdays = 45 + int(rng.random() * 76)  # long tail, up to ~4 months
    else:
        gdays = int(med * (2.718281828 ** rng.gauss(0.0, 0.38)))
    if date.fromordinal(recv).month in (7, 8):
        gdays += 10  # summer holidays
    gdays = max(4, min(gdays, 125))
    idays = min(3 + int(rng.triangular(0, 18, 4)), gdays - 1)
    d.invite = recv + max(1, idays)
    d.gesprek = d.verb = d.afger = d.end = None
    d.offer = d.ouders = ""
    r = rng.random()
    if r < 0.08:
        d.outcome = "noreply"
        d.end = d.invite + 28 + int(rng.random() * 43)
    elif r < 0.095:
        d.outcome = "withdrawn"
        d.end = d.invite + 5 + int(rng.random() * 36)
    elif r < 0.11:
        d.outcome = "withdrawn"
        d.gesprek = recv + gdays
        d.end = d.gesprek + 5 + int(rng.random() * 36)
    else:
        d.outcome = "ok"
        d.gesprek = recv + gdays
        d.verb = d.gesprek + int(rng.triangular(7, 85, 16))
        if rng.random() < 0.9:
            d.afger = d.verb + 60 + int(rng.random() * 211)
        offer = m.offer[cat](rng)
        if offer == "Buurtsportcoach *":
            offer = "Buurtsportcoach " + SPORTCOACH[area]
        d.offer = offer
        d.ouders = "Ja" if rng.random() < 0.35 else "Nee"
    return d


# ---------------------------------------------------------------------------------------------------
# The register's history.

def receipt_days(rng, year, n):
    days, weights = [], []
    start, end = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
    for o in range(start, end + 1):
        dt = date.fromordinal(o)
        w = MONTH_W[dt.month - 1] * (0.3 if dt.weekday() >= 5 else 1.0)
        if year == FIRST_YEAR:
            w *= 0.3 + 0.13 * dt.month  # the programme starts small
        if date(2020, 3, 16) <= dt <= date(2020, 5, 31):
            w *= 0.7  # schools and libraries closed
        days.append(o); weights.append(w)
    return sorted(rng.choices(days, weights=weights, k=n))


def build_history(seed):
    m = Model()
    rng = random.Random(seed)
    slots = []
    for y in range(FIRST_YEAR, LAST_YEAR + 1):
        slots.extend(receipt_days(rng, y, YEAR_TARGET[y]))
    children = []  # [birth, pc4, area, letters, dreams_left]
    pool = []  # heap of (due ordinal, child index)
    dossiers = []
    for recv in slots:
        y = date.fromordinal(recv).year
        child = None
        while pool and pool[0][0] <= recv and rng.random() < 0.85:
            _, ci = heapq.heappop(pool)
            a = age_at(children[ci][0], recv)
            if a > 18 or (a > 12 and recv < DTD_START):
                continue  # too old for the programme open at that time
            child, age = ci, a
            break
        if child is None:
            if recv >= DTD_START and rng.random() < DTD_SHARE[y]:
                prog = DTD
            else:
                prog = AILGB
            age = m.age[(prog, recv >= DTD_START)](rng)
            birth = recv - int((age + rng.random()) * 365.25)
            if age_at(birth, recv) != age:
                birth += 1
            pc4, area = m.pc(rng)
            letters = rng.choice(PC_LETTERS) + rng.choice(PC_LETTERS)
            if letters in ("SA", "SD", "SS"):
                letters = "SB"
            r = rng.random()
            more = 0 if r >= REPEAT_SHARE else (1 if r < REPEAT_SHARE * 0.7 else 2)
            children.append([birth, pc4, area, letters, more])
            child = len(children) - 1
        else:
            if age <= 11 or recv < DTD_START:
                prog = AILGB
            elif age >= 13:
                prog = DTD
            else:
                prog = DTD if rng.random() < 0.5 else AILGB
        birth, pc4, area, letters, more = children[child]
        if more > 0:  # this child will write again, a year or two older
            children[child][4] -= 1
            heapq.heappush(pool, (recv + int(rng.triangular(150, 900, 365)), child))
        dossiers.append(make_dossier(m, rng, prog, recv, age, f"K-{child + 1:05d}", pc4, area, letters))
    # Numbers: per programme and year, in order of receipt.
    seqs = {}
    for d in dossiers:
        key = (d.prog, d.year)
        seqs[key] = seqs.get(key, 0) + 1
        d.seq = seqs[key]
        d.nr = f"{PREFIX[d.prog]}-{d.year}-{d.seq:04d}"
    dossiers.sort(key=lambda d: d.nr)
    return m, dossiers
