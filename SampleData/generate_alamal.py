#!/usr/bin/env python3
"""Seeded, deterministic generator of the Stichting Al Amal Utrecht sample exports (EXPORTS.md section 5).

Models the register of Al Amal, social work in Utrecht "like the fire brigade: when we are called, we come
at once" (we zijn als de brandweer: als we gebeld worden komen we gelijk), and, with the Leger des Heils,
the project We All for young adults of 18-27. People register (Aanmelding) at any hour; in office hours
(working days 09:00-17:00) a worker calls back within hours. In the evening, at night, at weekends and on
public holidays someone on call answers part of the registrations at once (a growing part over the years);
the others are called the next working morning. A few cannot be reached for days. Dossiers close 1-9
months after the registration: Zelfstandig verder, Doorverwezen or Gestopt.

Files, in SampleData/alamal/:
  alamal_2019-Q1.csv .. alamal_2024-Q4.csv  24 quarterly full snapshots of every dossier registered up to
      the quarter's last day, in the state it had then (no date after that day), sorted by Dossier.
      Semicolon, CRLF (a line break inside a quoted Hulpvraag is a bare LF, as Excel writes it).
      2019-Q1 .. 2020-Q4: Windows-1252 without BOM; 2021-Q1 onward: UTF-8 with BOM.

Usage:
  python3 SampleData/generate_alamal.py            # writes SampleData/alamal/*.csv
  python3 SampleData/generate_alamal.py --summary  # prints the expected figures and the planted rows; writes nothing

Same command, same bytes: only random.Random(seed) instances with string seeds, never the clock, global
random or unordered iteration. Python 3 standard library only. Before writing (and before --summary) the
generator reads every file back with its own small reader and stops unless exactly the planted rows are
rejected (each by exactly one rule, in the planted column), every other row reads back as the modelled
dossier in its state at the quarter's end, and the encodings are as above. The expected figures are
computed from what that reader keeps, by the definitions in the README section (and METRICS.md).
Everything in the files is made up: the help requests are fictional and name no real person.
"""

import csv
import io
import math
import os
import random
import re
import sys
from collections import Counter
from datetime import date, datetime, time, timedelta
from fractions import Fraction

from generator_support import decode_export, run_generator, q_first, q_last, q_name, q_of, quarters as calendar_quarters

DEFAULT_SEED = 30  # 030, the area code of Utrecht

HERE = os.path.dirname(os.path.abspath(__file__))
FIRST_Q, LAST_Q = (2019, 1), (2024, 4)
QUARTERS = list(calendar_quarters(FIRST_Q, LAST_Q))
CP1252_UNTIL = 2020  # files of 2019 and 2020: Windows-1252; from 2021: UTF-8 with BOM
SUMMARY_PERIODS = [("2024-Q4", date(2024, 10, 1), date(2024, 12, 31), (2024, 4)),
                   ("2024-Q3", date(2024, 7, 1), date(2024, 9, 30), (2024, 3)),
                   ("2023-Q4", date(2023, 10, 1), date(2023, 12, 31), (2023, 4)),
                   ("2024", date(2024, 1, 1), date(2024, 12, 31), (2024, 4))]

HEADER = ["Dossier", "Aanmelding", "Eerste contact", "Hulpvraag", "Leeftijd", "Traject", "Afgesloten op", "Resultaat"]
C_DOSSIER, C_AANMELDING, C_CONTACT, C_VRAAG, C_LEEFTIJD, C_TRAJECT, C_AFGESLOTEN, C_RESULTAAT = range(8)
WE_ALL, GEZIN, OPVOED, FIN, OVERIG = ("We All (Leger des Heils)", "Gezinsondersteuning", "Opvoedondersteuning",
                                      "Financiën", "Overig")
TRAJECTEN = [WE_ALL, GEZIN, OPVOED, FIN, OVERIG]
WE_ALL_AGES = (18, 27)
AGES = (16, 85)
ZELF, DOOR, GESTOPT = "Zelfstandig verder", "Doorverwezen", "Gestopt"
RESULTATEN = [ZELF, DOOR, GESTOPT]
WEEKDAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAGDELEN = [("nacht", 0, 7), ("ochtend", 7, 12), ("middag", 12, 17), ("avond", 17, 24)]  # hours [from, to)

OFFICE_OPEN, OFFICE_CLOSE = time(9, 0), time(17, 0)
MAX_RESPONSE = 7 * 1440  # minutes: the long tail stops at a week

# Registrations per quarter: from about 46 in 2019-Q1 growing to about 84 in 2024-Q4.
def mean_registrations(qi):
    return 46.0 + 38.0 * qi / (len(QUARTERS) - 1) - (2.5 if QUARTERS[qi][1] == 3 else 0.0)


TRAJECT_WEIGHTS = {WE_ALL: 17, GEZIN: 22, OPVOED: 20, FIN: 24, OVERIG: 17}
FIN_PEAK = (date(2022, 7, 1), date(2023, 12, 31))  # energy prices and inflation: more money questions
# Hour-of-day weights of registrations (index = hour).
HOURS_WORKING = [0.25] * 7 + [0.8, 2.0] + [4.0] * 8 + [2.6, 1.8, 1.6, 1.4, 1.1, 0.7, 0.45]
HOURS_FREE = [0.3] * 7 + [0.5, 0.8, 1.0] + [1.3] * 8 + [1.3, 1.2, 1.1, 0.9, 0.6, 0.4]
assert len(HOURS_WORKING) == len(HOURS_FREE) == 24
# Closing: result weights and duration in days (low, high, mode) per Traject; Gestopt ends sooner.
CLOSING = {WE_ALL: ([60, 20, 20], (90, 272, 180)), GEZIN: ([55, 30, 15], (45, 272, 120)),
           OPVOED: ([60, 25, 15], (30, 240, 90)), FIN: ([40, 45, 15], (30, 240, 75)),
           OVERIG: ([45, 40, 15], (30, 180, 60))}
GESTOPT_DAYS = (30, 120, 45)

# The person's own words (fictional). Ages are never written in them, so they cannot contradict Leeftijd.
VRAAG = {
    WE_ALL: ["Ik ben gestopt met mijn opleiding en weet niet wat ik nu moet",
             "Ik wil werk vinden maar ik heb geen diploma",
             "Ik heb schulden bij DUO en bij mijn telefoonabonnement",
             "Mijn ouders hebben mij het huis uit gezet, ik slaap nu bij vrienden",
             "Ik zit de hele dag thuis en wil weer iets doen",
             "Ik snap het formulier voor een uitkering niet",
             "Ik wil een eigen kamer en een baan",
             "Ik ben net uit de jeugdzorg en sta er alleen voor",
             "Ik heb een strafblad en vind daardoor geen stage",
             "Ik wil terug naar school, maar hoe betaal ik dat?"],
    GEZIN: ["Wij zijn met vijf kinderen in een kleine flat en het gaat niet goed thuis",
            "Mijn man is ziek en ik sta er alleen voor met de kinderen",
            "Wij hebben veel ruzie thuis en willen hulp",
            "Na de scheiding lukt het mij niet om alles te regelen",
            "Mijn moeder woont bij ons in en heeft veel zorg nodig",
            "Jeugdzorg is betrokken en wij willen iemand die naast ons staat",
            "Wij zijn net verhuisd naar Overvecht en kennen hier niemand",
            "Mijn vrouw is depressief sinds de bevalling",
            "Het huis is te klein en de woningcorporatie reageert niet"],
    OPVOED: ["Mijn zoon luistert niet meer en komt laat thuis",
             "Mijn dochter spijbelt en ik weet niet hoe ik met school moet praten",
             "Mijn kind zit veel te veel op zijn telefoon",
             "School zegt dat mijn zoon druk is in de klas",
             "Ik wil weten hoe ik grenzen stel zonder te schreeuwen",
             "Mijn tienerdochter praat niet meer met mij",
             "Mijn zoon gaat om met verkeerde vrienden in Kanaleneiland",
             "Mijn kinderen maken ruzie en ik weet niet meer wat ik moet doen",
             "Ik ben alleenstaande vader en wil het goed doen"],
    FIN: ["Ik heb een brief van de Belastingdienst gekregen en begrijp hem niet",
          "Wij hebben een huurachterstand van € 1.450",
          "De energierekening is veel hoger geworden",
          "Ik moet toeslagen terugbetalen en weet niet hoe",
          "De deurwaarder is geweest, ik ben bang",
          "Ik wil hulp met mijn administratie, de post stapelt zich op",
          "Mijn uitkering is stopgezet en ik weet niet waarom",
          "Ik heb € 600 schuld bij de zorgverzekering",
          "Ik kom elke maand tekort voor boodschappen",
          "Wij kunnen het schoolreisje van onze dochter niet betalen"],
    OVERIG: ["Ik voel mij eenzaam sinds mijn vrouw is overleden",
             "Ik heb hulp nodig met een brief van de gemeente",
             "Ik zoek een taalcursus",
             "Mijn buren maken veel lawaai en de woningcorporatie doet niets",
             "Ik wil vrijwilligerswerk doen",
             "Ik wil mijn rijbewijs halen maar weet niet hoe ik dat betaal",
             "Thuis gaat het niet goed en ik wil met iemand praten",
             "Ik zoek hulp bij het aanvragen van een indicatie voor thuiszorg",
             "Ik ben mijn DigiD kwijt en kan nergens meer inloggen",
             "Ik woon in Zuilen en zoek een plek om andere mensen te ontmoeten"],
}
VRAAG_SEMI = ["; graag snel bellen", "; ik spreek ook Arabisch", "; liever een vrouw als hulpverlener",
              "; mijn buurvrouw gaf mij jullie nummer", "; de huisarts verwees mij naar jullie"]
VRAAG_QUOTED = ['De school zegt "zorgmelding" maar wat betekent dat?',
                'Het wijkteam zei "wachtlijst van drie maanden" en ik kan niet wachten',
                'Mijn zoon zegt "jij snapt het niet" en loopt weg',
                'De brief zegt "laatste aanmaning", wat moet ik doen?',
                'Mijn dochter noemt haar vriend "familie" maar ik vertrouw het niet']
VRAAG_NEWLINE = ["\nBel mij liever na 15:00", "\nIk ben overdag bereikbaar via WhatsApp",
                 "\nNiet bellen op mijn werk aub", "\nMijn zus tolkt voor mij"]
VRAAG_TAIL = ([""] * 12 + [".", "!", " alstublieft", " en weet niet waar ik moet beginnen", ", kunt u helpen?",
                           ", ik heb al één keer eerder gebeld", " (mijn café-baan is gestopt)"])

DOSSIER_RE = re.compile(r"^AA-(\d{4})-(\d{4})$")
DT_RE = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4}) (\d{1,2}):(\d{2})$")
DATE_RE = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")
AGE_RE = re.compile(r"^\d+$")


# ---------------------------------------------------------------------------------------------- calendar

def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    return date(y, (h + l - 7 * m + 114) // 31, (h + l - 7 * m + 114) % 31 + 1)


def holidays(y):
    e = easter(y)
    koningsdag = date(y, 4, 27) if date(y, 4, 27).weekday() != 6 else date(y, 4, 26)
    out = [date(y, 1, 1), e + timedelta(days=1), koningsdag, e + timedelta(days=39), e + timedelta(days=50),
           date(y, 12, 25), date(y, 12, 26)]
    if y % 5 == 0:
        out.append(date(y, 5, 5))  # Bevrijdingsdag, a day off in lustrum years
    return out


HOLIDAYS = sorted(d for y in range(2019, 2026) for d in holidays(y))
HOLIDAY_SET = frozenset(HOLIDAYS)


def working(d):
    return d.weekday() < 5 and d not in HOLIDAY_SET


def office(dt):
    return working(dt.date()) and OFFICE_OPEN <= dt.time() < OFFICE_CLOSE


def next_office(dt):
    """The first moment at or after dt in office hours."""
    d = dt.date()
    if working(d) and dt.time() < OFFICE_OPEN:
        return datetime.combine(d, OFFICE_OPEN)
    if office(dt):
        return dt
    d += timedelta(days=1)
    while not working(d):
        d += timedelta(days=1)
    return datetime.combine(d, OFFICE_OPEN)


def next_working(d):
    while not working(d):
        d += timedelta(days=1)
    return d


def q_index(d):
    return QUARTERS.index(q_of(d))


def dagdeel(dt):
    return next(name for name, a, b in DAGDELEN if a <= dt.hour < b)


# ---------------------------------------------------------------------------------------------- formats

def fmt_dt(dt, unpad):
    if unpad:
        return f"{dt.day}-{dt.month}-{dt.year} {dt.hour}:{dt.minute:02d}"
    return f"{dt:%d-%m-%Y %H:%M}"


def fmt_date(d, unpad=False):
    if unpad:
        return f"{d.day}-{d.month}-{d.year}"
    return f"{d:%d-%m-%Y}"


def fold(s):
    return s.strip().casefold()


def csv_field(s):
    if any(ch in s for ch in ';"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


def encoding_of(yq):
    return "cp1252" if yq[0] <= CP1252_UNTIL else "utf-8-sig"


# ---------------------------------------------------------------------------------------------- numbers

def round_half_away(v, places):
    v = Fraction(v)
    scale = 10 ** places
    n = math.floor(abs(v) * scale + Fraction(1, 2))
    return Fraction(n if v >= 0 else -n, scale)


def one_decimal(v):
    """A non-negative Fraction with exactly one decimal, as text."""
    tenths = round_half_away(v, 1) * 10
    assert tenths.denominator == 1 and tenths >= 0
    return f"{tenths.numerator // 10}.{tenths.numerator % 10}"


def pct(part, whole):
    """Percentage with one decimal, rounded half away from zero; '-' when there is nothing to divide by."""
    if whole == 0:
        return "-"
    return one_decimal(Fraction(100 * part, whole)) + "%"


def percentile_inc(xs, p):
    """Excel PERCENTILE.INC (linear interpolation), exact: xs integers, p a Fraction."""
    xs = sorted(xs)
    h = (len(xs) - 1) * p
    lo = math.floor(h)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (h - lo) * (xs[hi] - xs[lo])


def hours(minutes):
    return one_decimal(Fraction(minutes) / 60)


def is_tie(minutes):
    """True when minutes / 60 lies exactly halfway between two tenths of an hour."""
    return (Fraction(minutes) / 6).denominator == 2


def minutes_text(m):
    m = Fraction(m)
    if m.denominator == 1:
        return str(m.numerator)
    tenths = m * 10
    assert tenths.denominator == 1, m  # PERCENTILE.INC with p = 0.5 or 0.9 of whole minutes: at most one decimal
    return f"{tenths.numerator // 10}.{tenths.numerator % 10}"


def lognormal(rng, median, sigma):
    return median * math.exp(rng.gauss(0.0, sigma))


# ---------------------------------------------------------------------------------------------- the register

class Dossier:
    __slots__ = ("nr", "a", "c", "age", "traject", "closed", "result", "vraag", "unpad", "show_traject",
                 "show_result", "quirks", "kind")

    def fields(self, end):
        """The row as the register showed it on day `end` (the quarter's last day)."""
        contact = fmt_dt(self.c, self.unpad) if self.c.date() <= end else ""
        closed = self.closed is not None and self.closed <= end
        return [self.nr, fmt_dt(self.a, self.unpad), contact, self.vraag, str(self.age), self.show_traject,
                fmt_date(self.closed, self.unpad) if closed else "", self.show_result if closed else ""]

    def state(self, end):
        """What a reader must keep of this row on day `end`."""
        closed = self.closed is not None and self.closed <= end
        return (self.a, self.c if self.c.date() <= end else None, self.age, self.traject,
                self.closed if closed else None, self.result if closed else None)


def registration_moments(rng, yq, n):
    first, last = q_first(yq), q_last(yq)
    days, weights = [], []
    d = first
    while d <= last:
        w = 1.0 if working(d) else 0.45
        if d.month in (7, 8):
            w *= 0.85
        days.append(d)
        weights.append(w)
        d += timedelta(days=1)
    out = []
    for d in rng.choices(days, weights, k=n):
        hour = rng.choices(range(24), HOURS_WORKING if working(d) else HOURS_FREE)[0]
        out.append(datetime.combine(d, time(hour, rng.randrange(60))))
    return sorted(out)


def on_call_share(dt):
    """Share of registrations outside office hours that the worker on call answers at once."""
    base = 0.38 + 0.04 * (dt.year - 2019)   # the on-call phone is staffed better over the years
    if dt.hour < 7:
        return base * 0.4                    # at night
    if not working(dt.date()):
        return base * 0.8
    return base


def response_minutes(rng, a):
    busy = 1.0 + 0.25 * q_index(a.date()) / (len(QUARTERS) - 1)   # more registrations, a little slower
    if office(a):
        m = lognormal(rng, 70 * busy, 0.85)
    elif rng.random() < on_call_share(a):
        m = lognormal(rng, 50, 0.7)
    else:
        wait = (next_office(a) - a).total_seconds() / 60
        m = wait + lognormal(rng, 60 * busy, 0.8)
    if rng.random() < 0.05:
        m += rng.uniform(1440, 3 * 1440)     # could not be reached: a long tail of days
    return max(4, min(int(m), MAX_RESPONSE - rng.randrange(600)))


def pick_traject(rng, a):
    w = dict(TRAJECT_WEIGHTS)
    if FIN_PEAK[0] <= a.date() <= FIN_PEAK[1]:
        w[FIN] = round(w[FIN] * 1.35)
    return rng.choices(TRAJECTEN, [w[t] for t in TRAJECTEN])[0]


def pick_age(rng, traject):
    if traject == WE_ALL:
        return int(rng.triangular(18, 27.999, 20))
    if traject == GEZIN:
        age = int(rng.triangular(24, 61, 38))
    elif traject == OPVOED:
        age = int(rng.triangular(21, 57, 37))
    elif traject == FIN:
        age = int(rng.triangular(18, 83, 40))
    else:
        age = rng.randint(16, 17) if rng.random() < 0.08 else int(rng.triangular(18, 86, 45))
    return max(AGES[0], min(AGES[1], age))


def make_vraag(rng, traject):
    r = rng.random()
    if r < 0.03:
        return rng.choice(VRAAG_QUOTED)
    text = rng.choice(VRAAG[traject])
    r = rng.random()
    if r < 0.035:
        text += rng.choice(VRAAG_SEMI)
    elif r < 0.06:
        text += rng.choice(VRAAG_NEWLINE)
    else:
        text += rng.choice(VRAAG_TAIL)
    return text


def variant(rng, value, rate):
    """Odd case or a trailing space in about `rate` of the rows (valid: values are trimmed and case-folded)."""
    if rng.random() >= rate:
        return value, None
    v = rng.choice([value.lower(), value.upper(), value + " "])
    return v, f"'{v}'" + (" (trailing space)" if v.endswith(" ") else "")


def build_register(rng):
    dossiers = []
    per_year = Counter()
    for qi, yq in enumerate(QUARTERS):
        n = max(1, round(mean_registrations(qi) * rng.gauss(1.0, 0.05)))
        for a in registration_moments(rng, yq, n):
            d = Dossier()
            per_year[a.year] += 1
            d.nr, d.a = f"AA-{a.year}-{per_year[a.year]:04d}", a
            d.c = a + timedelta(minutes=response_minutes(rng, a))
            d.traject = pick_traject(rng, a)
            d.age = pick_age(rng, d.traject)
            d.vraag = make_vraag(rng, d.traject)
            d.unpad = rng.random() < 0.10
            weights, (lo, hi, mode) = CLOSING[d.traject]
            d.result = rng.choices(RESULTATEN, weights)[0]
            days = int(rng.triangular(*GESTOPT_DAYS)) if d.result == GESTOPT else int(rng.triangular(lo, hi, mode))
            d.closed = next_working(a.date() + timedelta(days=days))
            if d.closed > q_last(LAST_Q):
                d.closed = None  # still open in the last snapshot: no result yet
            d.show_traject, q1 = variant(rng, d.traject, 0.01)
            d.show_result, q2 = variant(rng, d.result, 0.005)
            if d.closed is None:
                d.show_result, q2 = "", None
            # (what, the day from which the files show it)
            d.quirks = ([(f"Traject {q1}", a.date())] if q1 else []) + ([(f"Resultaat {q2}", d.closed)] if q2 else [])
            d.kind = None
            dossiers.append(d)
    # The first file shows every quirk at least once: where chance left one out, a dossier of 2019-Q1 gets it.
    first = [d for d in dossiers if q_of(d.a.date()) == QUARTERS[0]]
    spare = rng.sample(first, 4)
    if not any(";" in d.vraag for d in first):
        spare[0].vraag = rng.choice(VRAAG[spare[0].traject]) + rng.choice(VRAAG_SEMI)
    if not any('"' in d.vraag for d in first):
        spare[1].vraag = rng.choice(VRAAG_QUOTED)
    if not any("\n" in d.vraag for d in first):
        spare[2].vraag = rng.choice(VRAAG[spare[2].traject]) + rng.choice(VRAAG_NEWLINE)
    if not any(d.quirks for d in first):
        d = spare[3]
        d.show_traject = d.traject.lower()
        d.quirks = [(f"Traject '{d.show_traject}'", d.a.date())]
    for d in dossiers:
        assert d.vraag.encode("cp1252") and d.show_traject.encode("cp1252")
    return sorted(dossiers, key=lambda d: d.nr)


# ---------------------------------------------------------------------------------------------- planted rows

class Plant:
    __slots__ = ("yq", "d", "changes", "col", "value", "rule", "kind")


def plan_bad_rows(rng, dossiers):
    """One row per rule, each in its own snapshot; the dossier is valid in the snapshots before and after.
    Returns the plants, or None when this world lacks a candidate."""
    used = set()

    def pick(cond):
        cands = [d for d in dossiers if d.nr not in used and not d.unpad and not d.quirks and cond(d)]
        if not cands:
            return None
        d = rng.choice(cands)
        used.add(d.nr)
        return d

    def plant(yq, d, changes, col, value, rule, kind):
        p = Plant()
        p.yq, p.d, p.changes, p.col, p.value, p.rule, p.kind = yq, d, changes, col, value, rule, kind
        d.kind = kind
        return p

    out = []
    # 2019-Q3 (Windows-1252): an unknown Traject for a Financiën dossier of the first half year
    yq = (2019, 3)
    d = pick(lambda d: d.traject == FIN and d.a.date() <= date(2019, 6, 30))
    if d is None:
        return None
    out.append(plant(yq, d, {C_TRAJECT: "Schuldhulp"}, "Traject", "Schuldhulp",
                     f"Traject 'Schuldhulp' is unknown (should be {FIN})", "unknown_traject"))
    # 2020-Q2 (Windows-1252): We All for a 34-year-old registered before April 2020
    yq = (2020, 2)
    d = pick(lambda d: d.age == 34 and d.traject != WE_ALL and date(2019, 10, 1) <= d.a.date() <= date(2020, 3, 31))
    if d is None:
        return None
    out.append(plant(yq, d, {C_TRAJECT: WE_ALL}, "Traject", WE_ALL,
                     f"{WE_ALL} is for ages 18-27; Leeftijd is 34 (Traject should be {d.traject})", "we_all_age"))
    # 2021-Q2: Afgesloten op after the quarter's end (June typed as July) for a dossier open at 2021-Q1's end
    yq = (2021, 2)
    d = pick(lambda d: d.a.date() <= date(2021, 3, 31) and d.closed is not None
             and date(2021, 6, 1) <= d.closed <= date(2021, 6, 30))
    if d is None:
        return None
    wrong = fmt_date(d.closed.replace(month=7))
    out.append(plant(yq, d, {C_AFGESLOTEN: wrong}, "Afgesloten op", wrong,
                     f"Afgesloten op {wrong} is after the snapshot's last day 30-06-2021 (should be "
                     f"{fmt_date(d.closed)}; the month typed as 07)", "after_end"))
    # 2022-Q2: an Aanmelding on 31 April (the day of 1, 11, 21 or 30 April typed as 31), a new dossier
    yq = (2022, 2)
    d = pick(lambda d: d.a.year == 2022 and d.a.month == 4 and d.a.day in (1, 11, 21, 30))
    if d is None:
        return None
    wrong = f"31-04-2022 {d.a:%H:%M}"
    out.append(plant(yq, d, {C_AANMELDING: wrong}, "Aanmelding", wrong,
                     f"Aanmelding {wrong} does not exist: April has 30 days (should be {fmt_dt(d.a, False)})",
                     "nonexistent"))
    # 2023-Q4: Afgesloten op before Aanmelding (the year typed as 2022) for a dossier of 2023 closed in 2023-Q4
    yq = (2023, 4)
    d = pick(lambda d: date(2023, 1, 1) <= d.a.date() <= date(2023, 9, 30) and d.closed is not None
             and q_of(d.closed) == yq and not (d.closed.month == 2 and d.closed.day == 29))
    if d is None:
        return None
    wrong = fmt_date(d.closed.replace(year=2022))
    out.append(plant(yq, d, {C_AFGESLOTEN: wrong}, "Afgesloten op", wrong,
                     f"Afgesloten op {wrong} is before Aanmelding {fmt_dt(d.a, False)} (should be "
                     f"{fmt_date(d.closed)}; the year typed as 2022)", "closed_before"))
    # 2024-Q3: Resultaat without Afgesloten op, for a dossier open at 2024-Q2's end and closed in 2024-Q3
    yq = (2024, 3)
    d = pick(lambda d: d.a.date() <= date(2024, 6, 30) and d.closed is not None and q_of(d.closed) == yq)
    if d is None:
        return None
    out.append(plant(yq, d, {C_AFGESLOTEN: ""}, "Resultaat", d.result,
                     f"Resultaat '{d.result}' without Afgesloten op (should be closed on {fmt_date(d.closed)})",
                     "result_open"))
    # 2024-Q4: Eerste contact before Aanmelding (October typed as September) for a dossier registered at the
    # end of 2024-Q3 and first contacted in 2024-Q4: not yet contacted in the 2024-Q3 snapshot
    yq = (2024, 4)
    d = pick(lambda d: q_of(d.a.date()) == (2024, 3) and q_of(d.c.date()) == yq)
    if d is None:
        return None
    wrong = f"{d.c:%d}-09-2024 {d.c:%H:%M}"
    out.append(plant(yq, d, {C_CONTACT: wrong}, "Eerste contact", wrong,
                     f"Eerste contact {wrong} is before Aanmelding {fmt_dt(d.a, False)} (should be "
                     f"{fmt_dt(d.c, False)}; the month typed as 09)", "contact_before"))
    return out


# ---------------------------------------------------------------------------------------------- world

class World:
    pass


def realistic(w):
    """Checks the world against the brief; returns a reason or None."""
    per_q = Counter(q_of(d.a.date()) for d in w.dossiers)
    counts = [per_q[yq] for yq in QUARTERS]
    if not all(40 <= n <= 90 for n in counts):
        return f"registrations per quarter {counts}"
    years = [sum(counts[i:i + 4]) for i in range(0, len(counts), 4)]
    if not all(x < y for x, y in zip(years, years[1:])) or counts[0] > 52 or counts[-1] < 76:
        return f"registrations not growing {counts}"
    first = [d for d in w.dossiers if q_of(d.a.date()) == QUARTERS[0]]
    for what, cond in (("';'", lambda v: ";" in v), ("'\"'", lambda v: '"' in v), ("line break", lambda v: "\n" in v)):
        if not any(cond(d.vraag) for d in first):
            return f"no Hulpvraag with {what} in the first file"
    if not any(d.traject == FIN for d in first):
        return "no Financiën in the first file"
    if not any(d.quirks for d in first):
        return "no valid quirk in the first file"
    off = [d for d in w.dossiers if not office(d.a)]
    on = [d for d in w.dossiers if office(d.a)]
    mins = lambda ds: sorted((d.c - d.a).total_seconds() / 60 for d in ds)
    if not percentile_inc(mins(on), Fraction(1, 2)) * 3 < percentile_inc(mins(off), Fraction(1, 2)):
        return "evening and weekend registrations not clearly slower"
    if not Fraction(sum(1 for m in mins(on) if m <= 240), len(on)) >= Fraction(80, 100):
        return "office hours: fewer than 80% within 4 hours"
    last = q_last(LAST_Q)
    if not any(d.c.date() > last for d in w.dossiers):
        return "the last file has no dossier that is not yet contacted"
    # every summary period has first contacts in every weekday and dagdeel
    for label, lo, hi, _ in SUMMARY_PERIODS:
        cs = [d for d in w.dossiers if lo <= d.c.date() <= hi]
        if {d.a.weekday() for d in cs} != set(range(7)) or {dagdeel(d.a) for d in cs} != {n for n, _, _ in DAGDELEN}:
            return f"{label}: a weekday or dagdeel without first contacts"
    return None


def generate(seed):
    for attempt in range(1000):
        w = World()
        w.seed, w.attempt = seed, attempt
        w.dossiers = build_register(random.Random(f"alamal-register-{seed}-{attempt}"))
        why = realistic(w)
        if why:
            continue
        w.plants = plan_bad_rows(random.Random(f"alamal-plants-{seed}-{attempt}"), w.dossiers)
        if w.plants is None:
            continue
        break
    else:
        sys.exit("no world satisfies the checks")
    files = {}
    for yq in QUARTERS:
        end = q_last(yq)
        mods = {p.d.nr: p for p in w.plants if p.yq == yq}
        rows = []
        for d in w.dossiers:
            if d.a.date() > end:
                continue
            f = d.fields(end)
            p = mods.get(d.nr)
            if p is not None:
                for col, value in p.changes.items():
                    f[col] = value
            rows.append((f, d, p))
        text = "\r\n".join([";".join(HEADER)] + [";".join(csv_field(x) for x in f) for f, _, _ in rows]) + "\r\n"
        data = (b"\xef\xbb\xbf" + text.encode("utf-8")) if encoding_of(yq) == "utf-8-sig" else text.encode("cp1252")
        files[f"alamal_{q_name(yq)}.csv"] = (data, rows)
    w.results = check(w, files)
    return w, files


# ---------------------------------------------------------------------------------------------- reader

def parse_dt(s):
    """'d-m-yyyy h:mm' (padded or not) -> (datetime or None, error)."""
    m = DT_RE.match(s.strip())
    if not m:
        return None, "not dd-mm-yyyy hh:mm"
    day, month, year, hour, minute = map(int, m.groups())
    try:
        return datetime(year, month, day, hour, minute), None
    except ValueError:
        return None, "date or time does not exist"


def parse_date(s):
    m = DATE_RE.match(s.strip())
    if not m:
        return None, "not dd-mm-yyyy"
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))), None
    except ValueError:
        return None, "date does not exist"


def read_snapshot(data, end):
    """Returns {encoding, read, valid [(line, dossier, state)], rejected [(line, dossier text, [(column, value, rule)])]}.
    `line` is the physical line on which the record starts, the header being line 1."""
    text, enc = decode_export(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    header = next(reader)
    assert header == HEADER, header
    tracks = {fold(t): t for t in TRAJECTEN}
    results = {fold(r): r for r in RESULTATEN}
    valid, rejected, seen, n = [], [], {}, 0
    prev_end = reader.line_num
    for f in reader:
        line, prev_end = prev_end + 1, reader.line_num
        n += 1
        assert len(f) == len(HEADER), (line, f)
        errs = []
        nr = f[C_DOSSIER].strip().upper()
        if not DOSSIER_RE.match(nr):
            errs.append(("Dossier", f[C_DOSSIER], "not AA-yyyy-nnnn"))
        elif nr in seen:
            errs.append(("Dossier", f[C_DOSSIER], f"appears twice (first at line {seen[nr]})"))
        seen.setdefault(nr, line)
        a, why = parse_dt(f[C_AANMELDING])
        if a is None:
            errs.append(("Aanmelding", f[C_AANMELDING], why if f[C_AANMELDING].strip() else "empty"))
        elif a.date() > end:
            errs.append(("Aanmelding", f[C_AANMELDING], "after the snapshot's last day"))
        c = None
        if f[C_CONTACT].strip():
            c, why = parse_dt(f[C_CONTACT])
            if c is None:
                errs.append(("Eerste contact", f[C_CONTACT], why))
            elif c.date() > end:
                errs.append(("Eerste contact", f[C_CONTACT], "after the snapshot's last day"))
            elif a is not None and c < a:
                errs.append(("Eerste contact", f[C_CONTACT], "before Aanmelding"))
        age = int(f[C_LEEFTIJD].strip()) if AGE_RE.match(f[C_LEEFTIJD].strip()) else None
        if age is None or not AGES[0] <= age <= AGES[1]:
            errs.append(("Leeftijd", f[C_LEEFTIJD], f"not a whole number {AGES[0]}-{AGES[1]}"))
            age = None
        track = tracks.get(fold(f[C_TRAJECT]))
        if track is None:
            errs.append(("Traject", f[C_TRAJECT], "unknown value"))
        elif track == WE_ALL and age is not None and not WE_ALL_AGES[0] <= age <= WE_ALL_AGES[1]:
            errs.append(("Traject", f[C_TRAJECT], f"{WE_ALL} only for ages 18-27, Leeftijd {age}"))
        closed = None
        if f[C_AFGESLOTEN].strip():
            closed, why = parse_date(f[C_AFGESLOTEN])
            if closed is None:
                errs.append(("Afgesloten op", f[C_AFGESLOTEN], why))
            elif closed > end:
                errs.append(("Afgesloten op", f[C_AFGESLOTEN], "after the snapshot's last day"))
            elif a is not None and closed < a.date():
                errs.append(("Afgesloten op", f[C_AFGESLOTEN], "before Aanmelding"))
        result = None
        if f[C_RESULTAAT].strip():
            result = results.get(fold(f[C_RESULTAAT]))
            if result is None:
                errs.append(("Resultaat", f[C_RESULTAAT], "unknown value"))
            elif not f[C_AFGESLOTEN].strip():
                errs.append(("Resultaat", f[C_RESULTAAT], "given while Afgesloten op is empty"))
        elif f[C_AFGESLOTEN].strip():
            errs.append(("Resultaat", f[C_RESULTAAT], "empty while Afgesloten op is given"))
        if errs:
            rejected.append((line, f[C_DOSSIER], errs))
            continue
        valid.append((line, nr, (a, c, age, track, closed, result)))
    return {"encoding": enc, "read": n, "valid": valid, "rejected": rejected, "lines": text.count("\n"),
            "text": text}


# ---------------------------------------------------------------------------------------------- check

def check(w, files):
    res = {"files": {}, "states": {}}
    state = {}   # dossier -> (state, file name it comes from): the newest valid row up to this snapshot
    by_nr = {d.nr: d for d in w.dossiers}
    planted_by_q = {p.yq: p for p in w.plants}
    assert len(planted_by_q) == len(w.plants)
    for yq in QUARTERS:
        name = f"alamal_{q_name(yq)}.csv"
        end = q_last(yq)
        data, rows = files[name]
        r = read_snapshot(data, end)
        enc = encoding_of(yq)
        assert r["encoding"] == enc, (name, r["encoding"])
        assert (data.startswith(b"\xef\xbb\xbf")) == (enc == "utf-8-sig"), name
        assert "Financiën".encode("cp1252" if enc == "cp1252" else "utf-8") in data and "Financiën" in r["text"], name
        # CRLF line ends; the only bare LFs are line breaks inside a quoted Hulpvraag
        inner = sum(f[C_VRAAG].count("\n") for f, _, _ in rows)
        assert data.count(b"\r\n") == len(rows) + 1 and data.count(b"\n") == len(rows) + 1 + inner, name
        assert data.endswith(b"\r\n") and b"\r\r" not in data, name
        assert r["read"] == len(rows), name
        # exactly the planted row is rejected, by exactly one rule, in the planted column
        p = planted_by_q.get(yq)
        want = [] if p is None else [i for i, (f, d, pp) in enumerate(rows) if pp is p]
        lines = [ln for ln, _, _ in r["rejected"]]
        starts = []
        ln = 2
        for f, d, pp in rows:
            starts.append(ln)
            ln += 1 + f[C_VRAAG].count("\n")
        assert lines == [starts[i] for i in want], (name, r["rejected"], want)
        for ln, nr, errs in r["rejected"]:
            assert len(errs) == 1 and errs[0][0] == p.col and errs[0][1] == p.value, (name, ln, errs)
        # every valid row is the modelled dossier in its state at the quarter's end
        assert len(r["valid"]) == len(rows) - len(want)
        for ln, nr, st in r["valid"]:
            d = by_nr[nr]
            assert st == d.state(end), (name, nr, st, d.state(end))
            assert d.a.date() <= end
        # nothing dated after the quarter's end; not yet contacted only for recent registrations
        for f, d, pp in rows:
            if pp is None and not f[C_CONTACT]:
                assert (datetime.combine(end, time(23, 59)) - d.a).total_seconds() / 60 < MAX_RESPONSE, (name, d.nr)
        # a rejected dossier is valid in the neighbouring snapshots that hold it
        for ln, nr, errs in r["rejected"]:
            nr = nr.strip().upper()
            qi = QUARTERS.index(yq)
            for other in QUARTERS[max(0, qi - 1):qi] + QUARTERS[qi + 1:qi + 2]:
                if by_nr[nr].a.date() <= q_last(other):
                    orows = files[f"alamal_{q_name(other)}.csv"][1]
                    assert any(dd.nr == nr and pp is None for _, dd, pp in orows), (name, nr, other)
        for ln, nr, st in r["valid"]:
            state[nr] = (st, name)
        res["states"][yq] = dict(state)
        res["files"][name] = {"read": r["read"], "lines": r["lines"], "rejected": r["rejected"], "encoding": enc,
                              "bytes": len(data), "valid": len(r["valid"])}
    return res


# ---------------------------------------------------------------------------------------------- figures

def response_stats(mins):
    if not mins:
        return {"n": 0}
    return {"n": len(mins), "med": percentile_inc(mins, Fraction(1, 2)), "p90": percentile_inc(mins, Fraction(9, 10)),
            "in24": pct(sum(1 for m in mins if m <= 1440), len(mins)), "in4": pct(sum(1 for m in mins if m <= 240), len(mins)),
            "max": max(mins)}


def figures(res, first, last, yq):
    """The definitions of the brief / METRICS.md, from the snapshot of quarter yq (rejected dossiers in their
    newest earlier valid state)."""
    rows = [st for st, _ in res["states"][yq].values()]
    f = {}
    reg = [s for s in rows if first <= s[0].date() <= last]
    f["Aanmeldingen"] = len(reg)
    f["Aanmeldingen per Traject"] = Counter(s[3] for s in reg)
    cont = [s for s in rows if s[1] is not None and first <= s[1].date() <= last]
    mins = lambda ss: [int((s[1] - s[0]).total_seconds()) // 60 for s in ss]
    f["Eerste contacten"] = len(cont)
    f["Reactietijd"] = response_stats(mins(cont))
    f["Weekdag"] = {wd: response_stats(mins([s for s in cont if s[0].weekday() == i])) for i, wd in enumerate(WEEKDAGEN)}
    f["Dagdeel"] = {n: response_stats(mins([s for s in cont if dagdeel(s[0]) == n])) for n, _, _ in DAGDELEN}
    run = [s for s in rows if s[0].date() <= last and (s[4] is None or s[4] > last)]
    f["Lopende dossiers"] = len(run)
    f["Lopende per Traject"] = Counter(s[3] for s in run)
    closed = [s for s in rows if s[4] is not None and first <= s[4] <= last]
    f["Afgesloten"] = len(closed)
    f["Afgesloten per Resultaat"] = Counter(s[5] for s in closed)
    return f


def print_summary(w, files):
    res = w.results
    out = []
    p = out.append
    figs = [(label, figures(res, first, last, yq), yq) for label, first, last, yq in SUMMARY_PERIODS]
    p(f"Seed {w.seed} (attempt {w.attempt}). Figures from the valid rows only (a row with any error is rejected "
      "whole). Each period uses the snapshot of the quarter it ends in (the year 2024: alamal_2024-Q4.csv), never a "
      "later one; a dossier rejected in that snapshot counts in its state in the newest earlier snapshot that had "
      "it valid. Hours with one decimal and percentages with one decimal, rounded half away from zero; "
      "medians and P90 are PERCENTILE.INC of whole minutes; '-' = no first contacts in that group.")
    p("")
    p("| figuur | " + " | ".join(lbl for lbl, _, _ in figs) + " |")
    p("| --- |" + " ---: |" * len(figs))
    row = lambda name, get: p(f"| {name} | " + " | ".join(str(get(f)) for _, f, _ in figs) + " |")
    h = lambda st, key: hours(st[key]) if st["n"] else "-"
    row("snapshot used", lambda f: "")
    out[-1] = "| snapshot used | " + " | ".join(f"alamal_{q_name(yq)}.csv" for _, _, yq in figs) + " |"
    row("Aanmeldingen", lambda f: f["Aanmeldingen"])
    for t in TRAJECTEN:
        row(f"Aanmeldingen, Traject {t}", lambda f: f["Aanmeldingen per Traject"][t])
    row("Eerste contacten", lambda f: f["Eerste contacten"])
    row("Reactietijd mediaan (uur)", lambda f: h(f["Reactietijd"], "med"))
    row("Reactietijd P90 (uur)", lambda f: h(f["Reactietijd"], "p90"))
    row("Reactietijd binnen 24 uur", lambda f: f["Reactietijd"].get("in24", "-"))
    row("Reactietijd binnen 4 uur", lambda f: f["Reactietijd"].get("in4", "-"))
    row("Reactietijd langste (uur)", lambda f: h(f["Reactietijd"], "max"))
    for wd in WEEKDAGEN:
        row(f"Reactietijd mediaan, Aanmelding op {wd} (uur; eerste contacten)",
            lambda f: f"{h(f['Weekdag'][wd], 'med')} ({f['Weekdag'][wd]['n']})")
    for n, a, b in DAGDELEN:
        row(f"Reactietijd mediaan, Aanmelding in de {n} {a:02d}:00-{b - 1:02d}:59 (uur; eerste contacten)",
            lambda f: f"{h(f['Dagdeel'][n], 'med')} ({f['Dagdeel'][n]['n']})")
    row("Lopende dossiers (at the period's last day)", lambda f: f["Lopende dossiers"])
    for t in TRAJECTEN:
        row(f"Lopende dossiers, Traject {t}", lambda f: f["Lopende per Traject"][t])
    row("Afgesloten", lambda f: f["Afgesloten"])
    for r in RESULTATEN:
        row(f"Afgesloten, Resultaat {r}", lambda f: f["Afgesloten per Resultaat"][r])
    p("")
    p("Response times in exact minutes, before the conversion to hours (a value marked * lies exactly halfway "
      "between two tenths of an hour and is rounded up, away from zero):")
    p("")
    p("| minutes | " + " | ".join(lbl for lbl, _, _ in figs) + " |")
    p("| --- |" + " ---: |" * len(figs))
    mark = lambda v: minutes_text(v) + (" *" if is_tie(v) else "")
    mrow = lambda name, get: p(f"| {name} | " + " | ".join(get(f) for _, f, _ in figs) + " |")
    mrow("mediaan", lambda f: mark(f["Reactietijd"]["med"]))
    mrow("P90", lambda f: mark(f["Reactietijd"]["p90"]))
    mrow("langste", lambda f: mark(f["Reactietijd"]["max"]))
    for wd in WEEKDAGEN:
        mrow(f"mediaan, {wd}", lambda f: mark(f["Weekdag"][wd]["med"]) if f["Weekdag"][wd]["n"] else "-")
    for n, _, _ in DAGDELEN:
        mrow(f"mediaan, {n}", lambda f: mark(f["Dagdeel"][n]["med"]) if f["Dagdeel"][n]["n"] else "-")
    p("")
    p("Per quarter (the trend; each quarter from its own snapshot, same rules):")
    p("")
    p("| quarter | Aanmeldingen | We All | Financiën | Eerste contacten | mediaan (uur) | P90 (uur) | binnen 4 uur | "
      "binnen 24 uur | langste (uur) | Lopende dossiers | Afgesloten |")
    p("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for yq in QUARTERS:
        f = figures(res, q_first(yq), q_last(yq), yq)
        rt = f["Reactietijd"]
        p(f"| {q_name(yq)} | {f['Aanmeldingen']} | {f['Aanmeldingen per Traject'][WE_ALL]} | "
          f"{f['Aanmeldingen per Traject'][FIN]} | {f['Eerste contacten']} | {h(rt, 'med')} | {h(rt, 'p90')} | "
          f"{rt.get('in4', '-')} | {rt.get('in24', '-')} | {h(rt, 'max')} | {f['Lopende dossiers']} | {f['Afgesloten']} |")
    p("")
    p("### Files")
    p("")
    p("| file | encoding | bytes | physical lines | rows read | rejected | valid |")
    p("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for yq in QUARTERS:
        name = f"alamal_{q_name(yq)}.csv"
        r = res["files"][name]
        enc = "Windows-1252, no BOM" if r["encoding"] == "cp1252" else "UTF-8 with BOM"
        p(f"| {name} | {enc} | {r['bytes']} | {r['lines']} | {r['read']} | {len(r['rejected'])} | {r['valid']} |")
    p("")
    p("### Planted bad rows")
    p("")
    p("Line numbers are physical lines on which the row starts, the header being line 1 (a line break inside a "
      "quoted Hulpvraag makes a row span two lines). Each row breaks exactly one rule.")
    p("")
    p("| file | line | Dossier | column | value | rule |")
    p("| --- | ---: | --- | --- | --- | --- |")
    for pl in w.plants:
        name = f"alamal_{q_name(pl.yq)}.csv"
        ln = res["files"][name]["rejected"][0][0]
        p(f"| {name} | {ln} | {pl.d.nr} | {pl.col} | `{pl.value}` | {pl.rule} |")
    p("")
    p("### Rejected dossiers: the state used instead")
    p("")
    for pl in w.plants:
        name = f"alamal_{q_name(pl.yq)}.csv"
        st = res["states"][pl.yq].get(pl.d.nr)
        if st is None:
            p(f"- {pl.d.nr} in {name}: no earlier snapshot holds it (registered {fmt_dt(pl.d.a, False)}), so it "
              f"counts nowhere in the figures of {q_name(pl.yq)}; valid from the next snapshot.")
            continue
        (a, c, age, track, closed, result), src = st
        desc = (f"Traject {track}, Leeftijd {age}, Eerste contact {fmt_dt(c, False) if c else 'empty'}, "
                f"{'Afgesloten op ' + fmt_date(closed) + ' ' + result if closed else 'open'}")
        p(f"- {pl.d.nr} in {name}: counts as in {src} ({desc}); valid again in the next snapshot"
          + (" (none: last file)." if pl.yq == LAST_Q else "."))
    p("")
    p("### Valid quirks")
    p("")
    last_rows = files[f"alamal_{q_name(LAST_Q)}.csv"][1]
    unpad = sum(1 for f, d, pp in last_rows if d.unpad)
    p(f"- Unpadded dates and times (`5-3-2023 9:07`, `5-3-2023`) in all three date columns of {unpad} of the "
      f"{len(last_rows)} dossiers ({pct(unpad, len(last_rows))}).")
    for what, cond in (("a `;`", lambda v: ";" in v), ("a doubled `\"`", lambda v: '"' in v),
                       ("a line break", lambda v: "\n" in v)):
        ds = [d.nr for f, d, pp in last_rows if cond(d.vraag)]
        first_file = {}
        for yq in QUARTERS:
            for f, d, pp in files[f"alamal_{q_name(yq)}.csv"][1]:
                if cond(d.vraag):
                    first_file.setdefault(yq, d.nr)
        p(f"- Hulpvraag with {what} (quoted field): {len(ds)} dossiers, the first {ds[0]} "
          f"(from alamal_{q_name(min(first_file))}.csv).")
    empty = [(q_name(yq), sum(1 for f, d, pp in files[f"alamal_{q_name(yq)}.csv"][1] if not f[C_CONTACT]))
             for yq in QUARTERS]
    p("- Eerste contact empty (not yet contacted, registered in the last days of the quarter), per file: "
      + ", ".join(f"{q} {n}" for q, n in empty) + ".")
    for f, d, pp in last_rows:
        for what, day in d.quirks:
            p(f"- {d.nr}: {what} (in every file from alamal_{q_name(q_of(day))}.csv)")
    print("\n".join(out))


def main():
    run_generator("Generate Stichting Al Amal Utrecht sample exports (deterministic).", DEFAULT_SEED, "alamal", generate, print_summary)


if __name__ == "__main__":
    main()
