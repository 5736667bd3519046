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
import math
import os
import random
import re
import sys
from datetime import date, timedelta

from generator_support import decode_export

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
# Share of new children who plan to send more dreams (2 or 3 in all, at a later age). Some never do (the
# programme ends for them, or the register does), so about 29% of all children end up with 2-3 dreams.
REPEAT_SHARE = 0.33
TWO_SHARE = 0.5  # of those: 2 dreams in all (else 3)
GAP = (60, 600, 180)  # days to the next dream: min, max, mode

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
DROOM_QUOTED = {  # written as is, without a prefix
    "Fiets": ['een fiets voor naar de "grote" school', 'mijn fiets is "gejat" dus ik wil een nieuwe'],
    "Laptop": ['een laptop voor "huiswerk"', 'een "echte" laptop, niet die van mijn broer'],
    "Bijles": ['bijles want rekenen is "super moeilijk"', 'de juf zegt "je moet meer oefenen" maar hoe'],
    "Sport": ['op "echte" voetbal bij een club', 'op turnen bij "de Salto"', 'de trainer zei "jij bent een talent"'],
    "Muziek en cultuur": ['gitaarles, mama zegt "misschien later"', 'zingen in "het koor" van de kerk'],
    "Beroep en meelopen": ['meelopen bij een "echte" dokter', 'ik wil later "iets met dieren"'],
    "Kleding": ['een "Nike" trainingspak', 'schoenen die niet "afgetrapt" zijn'],
    "Overig": ['mama zegt "misschien", ik zeg ja: een huisdier', 'een kamer "voor mij alleen"'],
}
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


def pc_text(pc4, letters, fmt):
    if fmt == 0:
        return f"{pc4} {letters}"
    if fmt == 1:
        return f"{pc4}{letters}"
    return str(pc4)


def make_droom(m, rng, cat, age, year):
    if rng.random() < 0.015:
        text = rng.choice(DROOM_QUOTED[cat])
    else:
        text = rng.choice(DROOM_PREFIX) + rng.choice(m.core[(cat, age)])
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
        gdays = int(med * math.exp(rng.gauss(0.0, 0.38)))
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
            more = 0 if r >= REPEAT_SHARE else (1 if r < REPEAT_SHARE * TWO_SHARE else 2)
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
            heapq.heappush(pool, (recv + int(rng.triangular(GAP[0], GAP[1], GAP[2])), child))
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


# ---------------------------------------------------------------------------------------------------
# Planted bad rows: what a coordinator typed wrong, kept for a quarter or two, then corrected.

PLANT_KINDS = ["age", "date_invalid", "kanaal", "status", "verbonden_before", "verbonden_empty", "duplicate",
               "no_kind"]
PLANT_W = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.7, 1.0]
ENTRY_KINDS = {"age", "date_invalid", "kanaal", "duplicate", "no_kind", "dtd_2019"}  # made when the row is entered


class Plant:
    __slots__ = ("kind", "d", "partner", "first", "last", "col", "value", "what")


def _year_back(ordinal):
    d = date.fromordinal(ordinal)
    try:
        return date(d.year - 1, d.month, d.day).toordinal()
    except ValueError:  # 29 February
        return date(d.year - 1, d.month, 28).toordinal()


def _qualifies(p, D):
    return _fits(p.kind, p.col, p.d, D)


def _fits(k, col, d, D):
    """Does mistake k (in column col) make sense for dossier d as it stood on day D?"""
    st = d.state(D)
    if k == "status":
        return st in ("Nieuw", "Uitgenodigd", "Gesprek gevoerd", "Verbonden")
    if k == "verbonden_before":
        return st in ("Verbonden", "Afgerond")
    if k == "verbonden_empty":
        return st == "Verbonden"
    if k == "date_invalid" and col == 11:
        return d.gesprek is not None and d.gesprek <= D
    return True


def _configure(p, rng):
    """Decide the wrong value of plant p and describe it."""
    d, k = p.d, p.kind
    p.col, p.value = None, None
    if k == "age":
        p.col, p.value = 5, ("21" if d.age in (1, 2, 12) or rng.random() < 0.3 else "-1")
        p.what = f"Leeftijd {p.value} (should be {d.age})"
    elif k == "date_invalid":
        p.col = 11 if (d.gesprek is not None and rng.random() < 0.5) else 3
        true = date.fromordinal(d.gesprek if p.col == 11 else d.recv)
        if rng.random() < 0.5:
            p.value = f"{30 + int(rng.random() * 2)}-02-{true.year}"
        else:
            p.value = f"{true.year}-13-{true.day:02d}"
        p.what = f"{HEADER[p.col]} '{p.value}' is not a date (should be {fmt_date(true.toordinal(), False)})"
    elif k == "kanaal":
        p.col, p.value = 4, "Telefoon"
        p.what = f"Kanaal 'Telefoon' is unknown (should be {d.kanaal.strip()})"
    elif k == "status":
        p.col, p.value = 10, "In behandeling"
        p.what = "Status 'In behandeling' is unknown"
    elif k == "verbonden_before":
        p.col, p.value = 13, fmt_date(_year_back(d.verb), d.unpad)
        p.what = (f"Verbonden op {p.value} is before Ontvangen op {fmt_date(d.recv, d.unpad)} "
                  f"(should be {fmt_date(d.verb, d.unpad)})")
    elif k == "verbonden_empty":
        p.col, p.value = 13, ""
        p.what = "Status Verbonden but Verbonden op empty"
    elif k == "no_kind":
        p.col, p.value = 1, ""
        p.what = f"Kindnummer missing (should be {d.kind})"
    elif k == "duplicate":
        p.col, p.value = 0, p.partner.nr
        p.what = (f"Dossiernummer appears twice: dossier {d.nr} was entered as {p.partner.nr} "
                  f"(both rows rejected; {d.nr} absent)")
    elif k == "dtd_2019":
        true = date.fromordinal(d.recv)
        p.col, p.value = 3, fmt_date(date(2019, true.month, true.day).toordinal(), d.unpad)
        p.what = f"Dare to dream dossier received {p.value}, before the programme started (should be {true.year})"


def plan_bad_rows(seed, dossiers, quarters):
    rng = random.Random(f"{seed}-bad-rows")
    by_seq = {(d.prog, d.year, d.seq): d for d in dossiers}
    by_recv = sorted(dossiers, key=lambda d: (d.recv, d.nr))
    deck = []  # the kinds in shuffled rounds, so every snapshot gets a mix
    count = [0] * len(quarters)
    used = set()
    plants = []
    prev_end = 0
    for qi, (qname, D) in enumerate(quarters):
        present = [d for d in by_recv if d.recv <= D and d.nr not in used]
        fresh = [d for d in present if d.recv > prev_end]
        prev_end = D
        n_new = max(rng.choice([2, 2, 3, 3, 3]), 3 - count[qi])
        n_new = min(n_new, 8 - count[qi])
        made = 0
        for attempt in range(200):
            if made >= n_new:
                break
            if not deck:
                deck = list(PLANT_KINDS)
                rng.shuffle(deck)
            kind = "dtd_2019" if (qname == "2020-Q1" and made == 0) else deck.pop()
            span = 2 if rng.random() < 0.6 else 3
            last = min(qi + span - 1, len(quarters) - 1)
            if any(count[j] >= 8 for j in range(qi, last + 1)):
                last = qi
            pool = fresh if kind in ENTRY_KINDS else present
            if kind == "dtd_2019":
                pool = [d for d in fresh if d.prog == DTD and date.fromordinal(d.recv).month <= 2]
            if kind in ("status", "verbonden_before", "verbonden_empty"):
                pool = [d for d in pool if _fits(kind, None, d, D)]
                if kind != "status":  # typed when the connection was entered, so a recent one
                    pool = [d for d in pool if d.verb > D - 150]
            if not pool:
                continue
            p = Plant()
            p.kind, p.d, p.partner, p.first, p.last = kind, rng.choice(pool), None, qi, last
            if p.d.nr in used:
                continue
            if kind == "duplicate":
                p.partner = by_seq.get((p.d.prog, p.d.year, p.d.seq - 1))
                if p.partner is None or p.partner.nr in used:
                    continue
            _configure(p, rng)
            # Shorten to the quarters in which the mistake still makes sense for the row's state.
            end = qi - 1
            for j in range(qi, last + 1):
                if not _qualifies(p, quarters[j][1]):
                    break
                end = j
            if end < qi or (end == qi and last > qi and attempt < 150):
                continue  # prefer rows whose mistake can stay for a later snapshot
            p.last = end
            for j in range(qi, end + 1):
                count[j] += 1
            used.add(p.d.nr)
            if p.partner is not None:
                used.add(p.partner.nr)
            plants.append(p)
            made += 1
    return plants


# ---------------------------------------------------------------------------------------------------
# Rendering.

def csv_field(s):
    if ";" in s or '"' in s or "\n" in s or "\r" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def snapshot_text(seed, qname, D, dossiers, active):
    """The export of quarter qname (last day D) as text, and the Dossiernummers expected to be rejected."""
    mods = {p.d.nr: p for p in active}
    rows = []
    for d in dossiers:
        if d.recv > D:
            continue
        f = d.fields(D)
        p = mods.get(d.nr)
        if p is not None:
            f[p.col] = p.value
        rows.append((f[0], d.nr, f))
    rows.sort(key=lambda r: (r[0], r[1]))
    bad = sorted({p.partner.nr if p.kind == "duplicate" else p.d.nr for p in active})
    lines = []
    if qname in SEP_LINE:
        lines.append("sep=;")
    lines.append(";".join(HEADER))
    body = [";".join(csv_field(x) for x in f) for _, _, f in rows]
    if qname in TOTAAL_ROW:
        r = random.Random(f"{seed}-{qname}-layout")
        for pos in sorted(r.sample(range(1, len(body)), 3), reverse=True):
            body.insert(pos, "")
        body.append("")
        body.append("Totaal;" + str(len(rows)) + ";" * (len(HEADER) - 2))
    lines.extend(body)
    return "\r\n".join(lines) + "\r\n", bad


def encode_snapshot(qname, text):
    if int(qname[:4]) <= 2019:
        return text.encode("cp1252")  # older Excel: "CSV (gescheiden door lijstscheidingsteken)"
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def all_snapshots(seed):
    m, dossiers = build_history(seed)
    quarters = quarter_ends()
    plants = plan_bad_rows(seed, dossiers, quarters)
    out = []
    for qi, (qname, D) in enumerate(quarters):
        active = [p for p in plants if p.first <= qi <= p.last]
        text, bad = snapshot_text(seed, qname, D, dossiers, active)
        out.append((qname, D, encode_snapshot(qname, text), bad))
    return dossiers, plants, quarters, out


# ---------------------------------------------------------------------------------------------------
# An independent reader, to check the files and compute the expected figures from valid rows only.

RE_NR = re.compile(r"^(AILGB|DTD)-(\d{4})-\d{4,}$")
RE_KIND = re.compile(r"^K-\d{5,}$")
RE_DATE = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")
RE_PC = re.compile(r"^\d{4}( ?[A-Z]{2})?$")
FOLD = lambda s: s.strip().casefold()  # noqa: E731
KANAAL_SET = {FOLD(k) for k in KANALEN}
CAT_SET = {FOLD(c) for c in CATEGORIEEN}
STATUS_MAP = {FOLD(s): s for s in STATUSSEN}
COORD_SET = {FOLD(c) for c in COORDINATOREN}


def parse_date(s):
    m = RE_DATE.match(s)
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).toordinal()
    except ValueError:
        return None


def read_export(data, D):
    """Return (valid rows as dicts, {Dossiernummer: [reasons]} for rejected rows, encoding)."""
    text, enc = decode_export(data)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    i = 1 if rows and rows[0] and rows[0][0].strip().lower().startswith("sep=") else 0
    if rows[i] != HEADER:
        raise ValueError(f"header: {rows[i]!r}")
    parsed, seen, bad = [], {}, {}
    for f in rows[i + 1:]:
        if not any(x.strip() for x in f):
            continue
        if f[0] == "Totaal":
            continue
        nr = f[0].strip()
        errs = []
        if len(f) != len(HEADER):
            errs.append(f"{len(f)} fields")
            f = (f + [""] * len(HEADER))[:len(HEADER)]
        mnr = RE_NR.match(nr)
        if not mnr:
            errs.append("Dossiernummer")
        if not RE_KIND.match(f[1].strip()):
            errs.append("Kindnummer")
        prog = f[2].strip()
        if prog not in (AILGB, DTD):
            errs.append("Programma")
        recv = parse_date(f[3].strip())
        if recv is None:
            errs.append("Ontvangen op")
        elif recv > D:
            errs.append("Ontvangen op after the export")
        if FOLD(f[4]) not in KANAAL_SET:
            errs.append("Kanaal")
        try:
            age = int(f[5])
        except ValueError:
            age = None
        if age is None or not 0 <= age <= 18:
            errs.append("Leeftijd")
        elif prog == AILGB and age > 12 or prog == DTD and age < 12:
            errs.append("Leeftijd/Programma")
        if prog == DTD and recv is not None and recv < DTD_START:
            errs.append("Dare to dream before 2020")
        if mnr and recv is not None and int(mnr.group(2)) != date.fromordinal(recv).year:
            errs.append("Dossiernummer year")
        if not RE_PC.match(f[6].strip()):
            errs.append("Postcode")
        if FOLD(f[8]) not in CAT_SET:
            errs.append("Categorie")
        if FOLD(f[9]) not in COORD_SET:
            errs.append("Coördinator")
        status = STATUS_MAP.get(FOLD(f[10]))
        if status is None:
            errs.append("Status")
        gesprek = verb = None
        if f[11].strip():
            gesprek = parse_date(f[11].strip())
            if gesprek is None:
                errs.append("Gesprek op")
            elif recv is not None and gesprek < recv or gesprek > D:
                errs.append("Gesprek op out of range")
        if f[13].strip():
            verb = parse_date(f[13].strip())
            if verb is None:
                errs.append("Verbonden op")
            elif recv is not None and verb < recv or verb > D:
                errs.append("Verbonden op out of range")
        if status in ("Verbonden", "Afgerond") and (not f[13].strip() or not f[12].strip()):
            errs.append("Verbonden without date or offer")
        if f[14].strip() not in ("", "Ja", "Nee"):
            errs.append("Ouders verbonden")
        seen[nr] = seen.get(nr, 0) + 1
        if errs:
            bad.setdefault(nr, []).extend(errs)
        parsed.append({"nr": nr, "kind": f[1].strip(), "prog": prog, "recv": recv, "status": status,
                       "gesprek": gesprek, "verb": verb, "ouders": f[14].strip(), "kanaal": f[4].strip()})
    for nr, n in seen.items():
        if n > 1:
            bad.setdefault(nr, []).append(f"Dossiernummer {n} times")
    valid = [r for r in parsed if r["nr"] not in bad]
    return valid, bad, enc


def percentile_inc(xs, p):
    xs = sorted(xs)
    if not xs:
        return None
    h = (len(xs) - 1) * p
    lo = int(h)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (h - lo) * (xs[hi] - xs[lo])


def figures(valid, upto_year):
    helped = [r for r in valid if r["status"] in ("Verbonden", "Afgerond") and r["verb"] is not None]
    per_year = []
    for y in range(FIRST_YEAR, upto_year + 1):
        a, b = date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal()
        rec = [r for r in valid if a <= r["recv"] <= b]
        hlp = [r for r in helped if a <= r["verb"] <= b]
        gd = [r["gesprek"] - r["recv"] for r in valid if r["gesprek"] is not None and a <= r["gesprek"] <= b]
        per_year.append((y, len(rec), sum(r["prog"] == AILGB for r in rec), sum(r["prog"] == DTD for r in rec),
                         len({r["kind"] for r in rec}), len(hlp), len({r["kind"] for r in hlp}),
                         sum(r["ouders"] == "Ja" for r in hlp), percentile_inc(gd, 0.5), percentile_inc(gd, 0.9)))
    return {"received": len(valid), "children_reached": len({r["kind"] for r in valid}),
            "helped": len(helped), "children_helped": len({r["kind"] for r in helped}),
            "werkvoorraad": sum(r["status"] in ("Nieuw", "Uitgenodigd", "Gesprek gevoerd") for r in valid),
            "per_year": per_year}


def check_snapshots(snaps):
    """Every file reads back; exactly the planted rows are rejected."""
    for qname, D, data, bad_expected in snaps:
        valid, bad, enc = read_export(data, D)
        if sorted(bad) != bad_expected:
            raise SystemExit(f"{qname}: rejected {sorted(bad)} but planted {bad_expected}")
        want = "cp1252" if int(qname[:4]) <= 2019 else "utf-8-sig"
        if enc != want or "Coördinator".encode(want.replace("-sig", "")) not in data:
            raise SystemExit(f"{qname}: encoding {enc}, expected {want}")


def print_summary(seed):
    dossiers, plants, quarters, snaps = all_snapshots(seed)
    check_snapshots(snaps)
    at = {q: (D, data, bad) for q, D, data, bad in snaps}
    for qname in ("2022-Q4", "2024-Q4"):
        D, data, bad = at[qname]
        valid, rejected, enc = read_export(data, D)
        fg = figures(valid, int(qname[:4]))
        print(f"## Snapshot {qname} (dromen_{qname}.csv, {enc}, {len(valid)} valid rows, "
              f"{len(rejected)} Dossiernummers rejected)")
        print(f"- Dromen ontvangen sinds start (valid rows): {fg['received']}")
        print(f"- Kinderen bereikt sinds start (distinct Kindnummer): {fg['children_reached']}")
        print(f"- Dromen geholpen sinds start (Verbonden/Afgerond): {fg['helped']}")
        print(f"- Kinderen geholpen sinds start (distinct Kindnummer): {fg['children_helped']}")
        print(f"- Werkvoorraad (Nieuw/Uitgenodigd/Gesprek gevoerd): {fg['werkvoorraad']}")
        print()
        print("| jaar | dromen ontvangen | AILGB | DTD | kinderen bereikt | dromen geholpen | kinderen geholpen "
              "| ouders verbonden | dagen tot gesprek mediaan | P90 |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for y, n, na, nd, kr, h, kh, ou, med, p90 in fg["per_year"]:
            print(f"| {y} | {n} | {na} | {nd} | {kr} | {h} | {kh} | {ou} | {med:g} | {p90:g} |")
        print()
    print("## Planted bad rows")
    print()
    print("| snapshots | Dossiernummer | what is wrong |")
    print("| --- | --- | --- |")
    for p in sorted(plants, key=lambda p: (p.first, p.d.nr)):
        span = quarters[p.first][0] if p.first == p.last else f"{quarters[p.first][0]} .. {quarters[p.last][0]}"
        nr = p.partner.nr if p.kind == "duplicate" else p.d.nr
        print(f"| {span} | {nr} | {p.what} |")
    print()
    per_q = [sum(p.first <= qi <= p.last for p in plants) for qi in range(len(quarters))]
    print(f"Bad rows per snapshot: min {min(per_q)}, max {max(per_q)}, total plants {len(plants)}")


# ---------------------------------------------------------------------------------------------------
# Benchmark: one big snapshot, streamed.

def benchmark(seed, n, path):
    m = Model()
    rng = random.Random(f"{seed}-benchmark-{n}")
    D = date(LAST_YEAR, 12, 31).toordinal()
    buckets = []  # (prog, year, weight)
    for y in range(FIRST_YEAR, LAST_YEAR + 1):
        s = DTD_SHARE.get(y, 0.0)
        buckets.append((AILGB, y, YEAR_TARGET[y] * (1 - s)))
        if s:
            buckets.append((DTD, y, YEAR_TARGET[y] * s))
    total_w = sum(w for _, _, w in buckets)
    sizes = [int(n * w / total_w) for _, _, w in buckets]
    sizes[-1] += n - sum(sizes)
    seq_w = max(4, len(str(max(sizes))))
    n_children = max(1, int(n / 1.3))
    kind_w = max(5, len(str(n_children)))
    kinds = Picker(PLANT_KINDS + ["dtd_2019"], PLANT_W + [0.3])
    bad_rate = 0.001
    counts = {}
    written = 0
    with open(path, "wb") as out:
        out.write(b"\xef\xbb\xbf")
        buf = [";".join(HEADER)]
        prev_nr = None
        for (prog, y, _), size in zip(buckets, sizes):
            start = date(y, 1, 1).toordinal()
            days, wts = [], []
            for o in range(start, date(y, 12, 31).toordinal() + 1):
                dt = date.fromordinal(o)
                days.append(o)
                wts.append(MONTH_W[dt.month - 1] * (0.3 if dt.weekday() >= 5 else 1.0))
            cum = _cumulate(wts)
            tot = cum[-1]
            agep = m.age[(prog, y >= 2020)]
            for i in range(size):
                # Receipt dates rise with the sequence number (inverse of the seasonal distribution).
                recv = days[min(bisect.bisect_right(cum, (i + rng.random()) / size * tot), len(days) - 1)]
                age = agep(rng)
                pc4, area = m.pc(rng)
                letters = PC_LETTERS[int(rng.random() * 20)] + PC_LETTERS[int(rng.random() * 20)]
                kind = f"K-{1 + int(rng.random() * n_children):0{kind_w}d}"
                d = make_dossier(m, rng, prog, recv, age, kind, pc4, area, letters)
                d.nr = f"{PREFIX[prog]}-{y}-{i + 1:0{seq_w}d}"
                f = d.fields(D)
                if rng.random() < bad_rate:
                    p = Plant()
                    p.kind, p.d, p.partner = kinds(rng), d, None
                    if p.kind == "dtd_2019" and not (prog == DTD and y == 2020):
                        p.kind = "kanaal"
                    if p.kind == "duplicate":
                        if prev_nr is None:
                            p.kind = "kanaal"
                        else:
                            p.partner = Dossier()
                            p.partner.nr = prev_nr
                    if not _fits(p.kind, None, d, D):  # the mistake needs a state this dossier lacks
                        p.kind = ("age", "kanaal", "no_kind")[int(rng.random() * 3)]
                    _configure(p, rng)
                    if not _qualifies(p, D):  # Gesprek op chosen, but the conversation is after D
                        p.kind = "kanaal"
                        _configure(p, rng)
                    f[p.col] = p.value
                    counts[p.kind] = counts.get(p.kind, 0) + 1
                prev_nr = d.nr
                buf.append(";".join([x if not ('"' in x or ";" in x or "\n" in x) else csv_field(x) for x in f]))
                written += 1
                if len(buf) >= 20000:
                    out.write(("\r\n".join(buf) + "\r\n").encode("utf-8"))
                    buf = []
        if buf:
            out.write(("\r\n".join(buf) + "\r\n").encode("utf-8"))
    bad_total = sum(counts.values())
    print(f"{path}: {written} rows, {bad_total} planted bad rows "
          f"({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))})", file=sys.stderr)


# ---------------------------------------------------------------------------------------------------

def write_postcodes(path):
    lines = ["PC4;Stadsdeel"]
    for pc4, name in sorted((pc4, name) for name, pc4s, _ in STADSDELEN for pc4 in pc4s):
        lines.append(f"{pc4};{name}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="Generate Dromenregister sample exports (deterministic).")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    ap.add_argument("--summary", action="store_true",
                    help="print the expected figures at 2022-Q4 and 2024-Q4 and the planted bad rows; write nothing")
    ap.add_argument("--benchmark", type=int, metavar="N", help="write ONE snapshot with N dossiers to --out")
    ap.add_argument("--out", help="output file for --benchmark")
    ap.add_argument("--dir", default=here, help="where dromen/ and postcodes_almere.csv go (default: beside this script)")
    args = ap.parse_args()
    if args.benchmark is not None:
        if not args.out:
            ap.error("--benchmark needs --out")
        benchmark(args.seed, args.benchmark, args.out)
        return
    if args.summary:
        print_summary(args.seed)
        return
    dossiers, plants, quarters, snaps = all_snapshots(args.seed)
    check_snapshots(snaps)
    outdir = os.path.join(args.dir, "dromen")
    os.makedirs(outdir, exist_ok=True)
    total = 0
    for qname, D, data, bad in snaps:
        with open(os.path.join(outdir, f"dromen_{qname}.csv"), "wb") as f:
            f.write(data)
        total += len(data)
    write_postcodes(os.path.join(args.dir, "postcodes_almere.csv"))
    print(f"wrote {len(snaps)} snapshots ({total / 1e6:.1f} MB, {len(dossiers)} dossiers, "
          f"{len(plants)} planted bad rows) to {outdir} and postcodes_almere.csv")


if __name__ == "__main__":
    main()
