#!/usr/bin/env python3
"""Seeded, deterministic generator of the Alliantie Vrijwillige Schuldhulp Almere sample exports (EXPORTS.md
section 3).

Models the alliance of Humanitas, SchuldHulpMaatje, the Leger des Heils and Ocan (Organisatie Caribische
Nederlanders), who signed their covenant on Monday 4 March 2024. The first walk-in hours are that day:
the spreekuur in the library (Bibliotheek Stad, Monday afternoon, held together), the Financieel Huis in
Haven (every Thursday morning, 09:00-12:00), a church in Buiten (Tuesday evening), the Leger des Heils'
inloophuis (Wednesday and Friday morning) and, from 7 September 2024, a mosque in Stad (Saturday afternoon),
to reach Moroccan and Turkish Dutch. Ocan's ambassador leads Caribbean Dutch to the spreekuren. Visits
grow each quarter; the mosque and the Ocan ambassador bring a growing share. After each conversation the
volunteer fills in an online form; the coordinators download its new rows each quarter. Volunteers are
few and hard to keep: they start from 2022, some stop within a year, most get trained on one of the
alliance's training Saturdays, and coordinators delete some who left from their list.

Files, in SampleData/alliantie/:
  spreekuren_2024-Q1.csv .. spreekuren_2025-Q2.csv  the form's downloads, one per quarter: comma, UTF-8 without
      BOM, LF. Each file after the first starts with the rows of the last 9-11 days of the previous quarter,
      byte for byte as the previous file has them (the downloads overlap).
  vrijwilligers_2024-06-28.csv, _2024-12-20.csv, _2025-06-27.csv  three downloads of the full volunteer list:
      semicolon, UTF-8 with BOM, CRLF, dates dd-mm-yyyy.

Usage:
  python3 SampleData/generate_alliantie.py            # writes SampleData/alliantie/*.csv
  python3 SampleData/generate_alliantie.py --summary  # prints the expected figures and the planted rows; writes nothing

Same command, same bytes: only random.Random(seed) instances with string seeds, never the clock, global
random or unordered iteration. Python 3 standard library only. Before writing (and before --summary) the
generator reads every file back with its own small reader and stops unless exactly the planted rows are
rejected (each by exactly one rule, in the planted column), the union of the downloads equals the generated
visits, and the volunteer state is the intended one. The expected figures are computed from what that
reader keeps, by the definitions in the README section (and METRICS.md). Volunteer codes and visits are
made up; there are no names or full postcodes in the files.
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

from generator_support import parse_nl_date, run_generator, q_first, q_last, q_name, q_of, quarters as calendar_quarters

DEFAULT_SEED = 2024  # the year of the covenant

HERE = os.path.dirname(os.path.abspath(__file__))
COVENANT = date(2024, 3, 4)          # Monday: covenant signed, first spreekuur
FIRST_Q, LAST_Q = (2024, 1), (2025, 2)
LAST_DAY = date(2025, 6, 30)
SUMMARY_PERIODS = [("2024-Q4", date(2024, 10, 1), date(2024, 12, 31)),
                   ("2025-Q2", date(2025, 4, 1), date(2025, 6, 30)),
                   ("2025-Q1", date(2025, 1, 1), date(2025, 3, 31)),
                   ("2024", date(2024, 1, 1), date(2024, 12, 31))]

SPREEKUREN_HEADER = ["Tijdstempel", "Locatie", "Organisatie", "Postcode", "Eerste bezoek", "Onderwerpen", "Bereikt via",
                     "Doorverwezen naar", "Vrijwilliger"]
LISTS_HEADER = ["Vrijwilliger", "Organisatie", "Gestart", "Gestopt", "Training afgerond"]

BIB, FH, KERK, MOSKEE, LDH_HUIS = ("Bibliotheek Stad", "Financieel Huis Haven", "Kerk Buiten", "Moskee Stad",
                                   "Inloophuis Leger des Heils")
LOCATIES = [BIB, FH, KERK, MOSKEE, LDH_HUIS]
ORGS = {"HUM": "Humanitas", "SHM": "SchuldHulpMaatje", "LDH": "Leger des Heils", "OCA": "Ocan"}
ORG_CODES = list(ORGS)
ORGANISATIES = [ORGS[c] for c in ORG_CODES]
TOPICS = ["Potjescheck", "Schulden", "Toeslagen", "Belastingdienst", "Formulieren", "Budgetteren", "Overig"]
TOPIC_WEIGHTS = [18, 30, 20, 14, 16, 14, 6]
ROUTES = ["Ocan-ambassadeur", "Moskee", "Kerk", "School", "Sportvereniging", "Bibliotheek", "Huisarts", "Mond-tot-mond",
          "Overig"]
REFERRALS = ["Geen", "Schuldhulpverlening gemeente", "Budgetbeheer", "Maatje", "Wijkteam"]
REFERRAL_WEIGHTS = [35, 15, 30, 20]  # among the referred (not Geen)
YESNO = ["Ja", "Nee"]

# Weekly slots: location -> [(weekday, start, end)], first day, visits per session (2024-Q2 level), team size.
SLOTS = {
    BIB: ([(0, time(13, 0), time(16, 0))], date(2024, 3, 4), 6.0, (2, 3)),
    FH: ([(3, time(9, 0), time(12, 0))], date(2024, 3, 7), 7.0, (2, 3)),
    KERK: ([(1, time(19, 0), time(21, 0))], date(2024, 3, 5), 2.8, (1, 2)),
    MOSKEE: ([(5, time(13, 0), time(16, 0))], date(2024, 9, 7), 2.0, (1, 2)),
    LDH_HUIS: ([(2, time(10, 0), time(12, 30)), (4, time(10, 0), time(12, 30))], date(2024, 3, 6), 2.6, (1, 2)),
}
# Who holds which spreekuur: allowed organisations per location.
LOC_ORGS = {BIB: ["HUM", "SHM", "OCA"], FH: ["HUM", "SHM", "OCA"], KERK: ["SHM", "HUM"], MOSKEE: ["HUM", "SHM"],
            LDH_HUIS: ["LDH"]}
# A volunteer's own spreekuur ("home"), weights per organisation; the mosque only for those starting from May 2024.
HOME_WEIGHTS = {"HUM": [(BIB, 35), (FH, 45), (KERK, 10), (MOSKEE, 25)],
                "SHM": [(BIB, 40), (KERK, 40), (FH, 10), (MOSKEE, 25)],
                "LDH": [(LDH_HUIS, 1)],
                "OCA": [(BIB, 50), (FH, 50)]}
CLOSED = {date(2024, 4, 1), date(2024, 5, 9), date(2024, 5, 20), date(2024, 12, 25), date(2024, 12, 26),
          date(2024, 12, 31), date(2025, 1, 1), date(2025, 4, 21), date(2025, 4, 26), date(2025, 5, 5),
          date(2025, 5, 29), date(2025, 6, 7), date(2025, 6, 9)}
GROWTH = [1.0, 1.0, 1.12, 1.22, 1.34, 1.46]  # per quarter index 0 = 2024-Q1

# PC4s whose households clearly lead (the Postcode Preventie Aanpak); others weigh 1. The location's own
# stadsdeel weighs three times as much.
PC4_LEAD = {"1324": 10, "1335": 8, "1315": 7, "1354": 6, "1363": 4, "1312": 4, "1333": 3, "1325": 3}
LOC_STADSDEEL = {BIB: "Almere Stad", FH: "Almere Haven", KERK: "Almere Buiten", MOSKEE: "Almere Stad",
                 LDH_HUIS: "Almere Stad"}

# Volunteers: starts per organisation and year (2025: January to mid-June).
START_PLAN = {"HUM": {2022: 6, 2023: 4, 2024: 4, 2025: 2}, "SHM": {2022: 5, 2023: 4, 2024: 4, 2025: 2},
              "LDH": {2022: 3, 2023: 2, 2024: 2, 2025: 1}, "OCA": {2024: 3, 2025: 1}}
LIST_DATES = [date(2024, 6, 28), date(2024, 12, 20), date(2025, 6, 27)]
LIST_NAMES = [f"vrijwilligers_{d:%Y-%m-%d}.csv" for d in LIST_DATES]

CODE_RE = re.compile(r"^V-(HUM|SHM|LDH|OCA)-\d{2}$")
TS_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$")
PC4_RE = re.compile(r"^[1-9]\d{3}$")


# ---------------------------------------------------------------------------------------------- calendar

def quarters(first=FIRST_Q, last=LAST_Q):
    return calendar_quarters(first, last)


QUARTERS = list(quarters())


def q_index(d):
    return QUARTERS.index(q_of(d))


def add_months(d, n):
    """d plus n months (n may be negative), keeping the day of the month; a day the month lacks becomes its
    last day (29-02-2024 minus 12 months = 28-02-2023)."""
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(d.day, last))


def weekday_between(rng, a, b):
    while True:
        d = a + timedelta(days=rng.randint(0, (b - a).days))
        if d.weekday() < 5:
            return d


def second_saturday(y, m):
    d = date(y, m, 1)
    d += timedelta(days=(5 - d.weekday()) % 7)
    return d + timedelta(days=7)


TRAINING_DAYS = ([second_saturday(2022, m) for m in (3, 6, 10)] + [second_saturday(2023, m) for m in (1, 4, 9, 11)] +
                 [second_saturday(2024, m) for m in (2, 4, 6, 9, 11)] + [second_saturday(2025, m) for m in (2, 4, 6)])


def nl_date(d):
    return f"{d:%d-%m-%Y}"


def fold(s):
    return s.strip().casefold()


# ---------------------------------------------------------------------------------------------- numbers

def round_half_away(v, places):
    v = Fraction(v)
    scale = 10 ** places
    n = math.floor(abs(v) * scale + Fraction(1, 2))
    return Fraction(n if v >= 0 else -n, scale)


def pct(part, whole):
    """Percentage with one decimal, rounded half away from zero; '-' when there is nothing to divide by."""
    if whole == 0:
        return "-"
    r = round_half_away(Fraction(100 * part, whole), 1)
    whole_part = math.floor(r)
    return f"{whole_part}.{round((r - whole_part) * 10)}%"


def poisson(rng, lam):
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def weighted_sample(rng, items, weights, k):
    items, weights, out = list(items), list(weights), []
    for _ in range(min(k, len(items))):
        i = rng.choices(range(len(items)), weights)[0]
        out.append(items.pop(i))
        weights.pop(i)
    return out


# ---------------------------------------------------------------------------------------------- volunteers

class Vol:
    __slots__ = ("org", "num", "code", "start", "stop", "training", "home", "fate")

    def active(self, d):
        return self.start <= d and (self.stop is None or self.stop > d)


def build_volunteers(rng):
    """Everyone who ever volunteered, per organisation numbered in order of start (V-HUM-01, ...)."""
    vols = []
    for org in ORG_CODES:
        mine = []
        for year, n in START_PLAN[org].items():
            if year < 2025:
                n = max(1, n + rng.choice([-1, 0, 0, 1]))
            a, b = (date(year, 1, 3), date(year, 12, 20)) if year < 2025 else (date(2025, 1, 6), date(2025, 6, 20))
            for i in range(n):
                v = Vol()
                v.org = org
                if org == "OCA" and year == 2024 and i == 0:
                    v.start = weekday_between(rng, date(2024, 1, 15), date(2024, 2, 28))  # Ocan joins before the covenant
                else:
                    v.start = weekday_between(rng, a, b)
                r = rng.random()
                if r < 0.24:
                    v.stop = v.start + timedelta(days=rng.randint(45, 330))
                elif r < 0.46:
                    v.stop = v.start + timedelta(days=rng.randint(366, 1000))
                else:
                    v.stop = None
                if v.stop is not None:
                    while v.stop.weekday() >= 5:
                        v.stop += timedelta(days=1)
                    if v.stop > LIST_DATES[-1]:
                        v.stop = None  # leaves after the last list: not in the data
                v.training = None
                if rng.random() < 0.88:
                    days = [t for t in TRAINING_DAYS if t >= v.start + timedelta(days=14)]
                    if days:
                        t = days[0] if rng.random() < 0.7 or len(days) == 1 else days[1]
                        if (v.stop is None or t < v.stop) and t <= LIST_DATES[-1]:
                            v.training = t
                homes = [(loc, w) for loc, w in HOME_WEIGHTS[org] if loc != MOSKEE or v.start >= date(2024, 5, 1)]
                v.home = rng.choices([h for h, _ in homes], [w for _, w in homes])[0]
                v.fate = "stays"
                mine.append(v)
        mine.sort(key=lambda v: v.start)  # stable: equal starts keep drawing order
        for i, v in enumerate(mine, 1):
            v.num, v.code = i, f"V-{org}-{i:02d}"
        vols += mine
    return vols


def plan_lists(w):
    """Decides who is deleted from which list and plants the two bad rows. False if this world lacks candidates."""
    rng = w.rng
    L0, L1, L2 = LIST_DATES
    vols = w.vols

    def pick(cands, n=1):
        cands = sorted(cands, key=lambda v: v.code)
        if len(cands) < n:
            return None
        return sorted(rng.sample(cands, n), key=lambda v: v.code)

    free = lambda v: v.fate == "stays"
    # (d) left before the alliance's spreekuren began and deleted before the first download: in no file at all
    gone = pick([v for v in vols if free(v) and v.stop is not None and v.stop < COVENANT and v.org != "OCA"], 2)
    if not gone:
        return False
    for v in gone:
        v.fate = "invisible"
    # (a) left before the first list: there with Gestopt, deleted from the later lists
    a = pick([v for v in vols if free(v) and v.stop is not None and v.stop <= L0], 2)
    if not a:
        return False
    for v in a:
        v.fate = "deleted_after_0"
    # (b) a Humanitas volunteer who left between the first and second list: Gestopt in the second, deleted from
    # the third. The coordinator gave that code to a new Humanitas volunteer in the second list (duplicate).
    b = pick([v for v in vols if free(v) and v.org == "HUM" and v.stop is not None and L0 < v.stop <= L1 - timedelta(days=14)
              and v.start <= L0])
    if not b:
        return False
    b = b[0]
    # the new one is the last Humanitas volunteer to start before the second list (so the next free number is theirs)
    new = pick([v for v in vols if free(v) and v.org == "HUM" and b.stop < v.start <= L1 - timedelta(days=3)
                and not any(x.org == "HUM" and v.start < x.start <= L1 for x in vols)])
    if not new:
        return False
    new = new[0]
    b.fate = "deleted_after_1"
    new.fate = "dup_code"
    w.dup = (b, new)
    # (c) active in the first list, left before the second and deleted from it: Gestopt never written
    c = pick([v for v in vols if free(v) and v.start <= L0 and v.stop is not None and L0 < v.stop <= L1 and v.org != "LDH"])
    if not c:
        return False
    c = c[0]
    c.fate = "deleted_silently"
    w.silent = c
    # Gestopt before Gestart in the last list: the year of a stop in 2025-Q2 typed as 2024
    e = pick([v for v in vols if free(v) and L0 < v.start <= L1 and v.stop is not None
              and date(2025, 4, 1) <= v.stop <= L2 and v.stop.replace(year=2024) < v.start])
    if not e:
        return False
    e = e[0]
    e.fate = "stop_typo"
    w.typo = e
    # a lower-case Organisatie in the second list (valid)
    lc = pick([v for v in vols if free(v) and v.org == "SHM" and v.start <= L1])
    if not lc:
        return False
    w.lowercase_org = lc[0]
    return True


def list_rows(w, k):
    """Rows of volunteer list k: [(fields, volunteer, planted error or None)], in the coordinators' order
    (by organisation, then code; a row added by mistake under an existing code at the end of its block)."""
    L = LIST_DATES[k]
    out = []
    for org in ORG_CODES:
        block = []
        for v in sorted((v for v in w.vols if v.org == org), key=lambda v: v.num):
            if v.fate == "invisible" or v.start > L:
                continue
            if (v.fate == "deleted_after_0" and k >= 1) or (v.fate == "deleted_silently" and k >= 1) or \
                    (v.fate == "deleted_after_1" and k >= 2):
                continue
            if v.fate == "dup_code" and k == 1:
                continue  # written below, under the wrong code
            stop = v.stop if v.stop is not None and v.stop <= L else None
            training = v.training if v.training is not None and v.training <= L else None
            organisatie = ORGS[org]
            if k == 1 and v is w.lowercase_org:
                organisatie = organisatie.lower()
            bad = None
            stop_text = nl_date(stop) if stop else ""
            if v.fate == "stop_typo" and k == 2:
                wrong = stop.replace(year=2024)
                stop_text = nl_date(wrong)
                bad = ("Gestopt", stop_text, f"Gestopt {stop_text} is before Gestart {nl_date(v.start)} "
                                             f"(should be {nl_date(stop)}; the year typed as 2024)")
            block.append(([v.code, organisatie, nl_date(v.start), stop_text, nl_date(training) if training else ""], v, bad))
        if org == "HUM" and k == 1:
            b, new = w.dup
            training = new.training if new.training is not None and new.training <= L else None
            block.append(([b.code, ORGS[org], nl_date(new.start), "", nl_date(training) if training else ""], new,
                          ("Vrijwilliger", b.code, f"Vrijwilliger {b.code} appears twice: a new volunteer (started "
                                                   f"{nl_date(new.start)}) entered under the code of one who left on "
                                                   f"{nl_date(b.stop)}; the first row loads, this one is rejected "
                                                   f"(the new volunteer is {new.code} in the next list)")))
        out += block
    return out


def list_bytes(rows):
    lines = [";".join(LISTS_HEADER)] + [";".join(f) for f, _, _ in rows]
    return b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------- visits

class Visit:
    __slots__ = ("ts", "loc", "org", "pc", "eerste", "topics", "via", "door", "vol", "show", "bad", "pair", "quirk")

    def canonical(self):
        return (self.ts, self.loc, self.org, self.pc, self.eerste, tuple(self.topics), self.via, self.door, self.vol)

    def fields(self):
        f = {"Tijdstempel": f"{self.ts:%Y-%m-%d %H:%M:%S}", "Locatie": self.loc, "Organisatie": self.org,
             "Postcode": self.pc, "Eerste bezoek": self.eerste, "Onderwerpen": ";".join(self.topics),
             "Bereikt via": self.via, "Doorverwezen naar": self.door, "Vrijwilliger": self.vol}
        f.update(self.show)
        return [f[h] for h in SPREEKUREN_HEADER]


def csv_field(s):
    if any(ch in s for ch in ';,"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def row_text(v):
    return ",".join(csv_field(x) for x in v.fields())


def sessions():
    """Every spreekuur held: (day, location, start, end), in date order."""
    out = []
    d = COVENANT
    while d <= LAST_DAY:
        for loc in LOCATIES:
            slots, first, _, _ = SLOTS[loc]
            for wd, a, b in slots:
                if d.weekday() == wd and d >= first and d not in CLOSED:
                    out.append((d, loc, a, b))
        d += timedelta(days=1)
    return out


def visits_per_session(loc, d):
    _, first, base, _ = SLOTS[loc]
    if loc == MOSKEE:
        months = (d.year - first.year) * 12 + d.month - first.month
        mean = min(6.5, base + 0.45 * months)
    else:
        mean = base * GROWTH[q_index(d)]
    if (d.month, d.day) >= (7, 15) and (d.month, d.day) <= (8, 25):
        mean *= 0.6   # summer
    if (d.month == 12 and d.day >= 20) or (d.month == 1 and d.day <= 5):
        mean *= 0.6   # Christmas
    if d < COVENANT + timedelta(days=14):
        mean *= 0.7   # the first two weeks: not yet known
    return mean


def route_weights(loc, org, d):
    qi = q_index(d)
    w = {"Ocan-ambassadeur": 2 + 3 * qi, "Moskee": 1 + (2 * qi if d >= SLOTS[MOSKEE][1] else 0), "Kerk": 8,
         "School": 5 + qi, "Sportvereniging": 2 + qi, "Bibliotheek": 12, "Huisarts": 8, "Mond-tot-mond": 24, "Overig": 6}
    if loc == BIB:
        w["Bibliotheek"] += 25
    if loc == KERK:
        w["Kerk"] += 30
    if loc == MOSKEE:
        w["Moskee"] += 70
    if loc == LDH_HUIS:
        w["Mond-tot-mond"] += 10
        w["Overig"] += 5
    if org == "OCA":
        w["Ocan-ambassadeur"] += 25 + 5 * qi
    return [w[r] for r in ROUTES]


def build_visits(rng, vols, pc4s):
    out, cancelled = [], []
    for d, loc, a, b in sessions():
        cands = [v for v in vols if v.org in LOC_ORGS[loc] and v.active(d)]
        if not cands:
            cancelled.append((d, loc))
            continue
        lo, hi = SLOTS[loc][3]
        team = weighted_sample(rng, cands, [12 if v.home == loc else 1 for v in cands], rng.randint(lo, hi))
        n = poisson(rng, visits_per_session(loc, d))
        span = (datetime.combine(d, b) - datetime.combine(d, a)).seconds
        secs = sorted(rng.sample(range(300, span), n))   # the first form about five minutes in
        pc_w = [w * (3 if sd == LOC_STADSDEEL[loc] else 1) for _, sd, w in pc4s]
        for s in secs:
            v = Visit()
            v.ts = datetime.combine(d, a) + timedelta(seconds=s)
            vol = rng.choice(team)
            v.vol, v.org, v.loc = vol.code, ORGS[vol.org], loc
            v.pc = rng.choices([p for p, _, _ in pc4s], pc_w)[0]
            v.eerste = "Ja" if rng.random() < 0.68 - 0.04 * q_index(d) else "Nee"
            k = rng.choices([1, 2, 3], [45, 38, 17])[0]
            chosen = weighted_sample(rng, TOPICS, TOPIC_WEIGHTS, k)
            v.topics = [t for t in TOPICS if t in chosen]   # the form lists checked boxes in its own order
            v.via = rng.choices(ROUTES, route_weights(loc, vol.org, d))[0]
            p_geen = 0.36 if "Schulden" in v.topics else 0.6
            v.door = "Geen" if rng.random() < p_geen else rng.choices(REFERRALS[1:], REFERRAL_WEIGHTS)[0]
            v.show, v.bad, v.pair, v.quirk = {}, None, None, None
            out.append(v)
    return out, cancelled


def load_pc4s():
    with open(os.path.join(HERE, "postcodes_almere.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == ["PC4", "Stadsdeel"], rows[0]
    return [(pc, sd, PC4_LEAD.get(pc, 1)) for pc, sd in rows[1:]]


# ---------------------------------------------------------------------------------------------- world

class World:
    pass


def build_world(seed, attempt):
    w = World()
    w.seed, w.attempt = seed, attempt
    w.rng = random.Random(f"alliantie-{seed}-{attempt}")
    w.vols = build_volunteers(random.Random(f"vrijwilligers-{seed}-{attempt}"))
    if not plan_lists(w):
        return None
    w.visits, w.cancelled = build_visits(random.Random(f"bezoeken-{seed}-{attempt}"), w.vols, load_pc4s())
    return w


def realistic(w):
    """Checks the world against the brief; returns a reason or None."""
    visible = [v for v in w.vols if v.fate != "invisible"]
    if not 30 <= len(visible) <= 60:
        return f"{len(visible)} volunteers"
    if w.cancelled:
        return f"{len(w.cancelled)} sessions without a volunteer"
    for yq in QUARTERS:
        e = q_last(yq)
        act = Counter(v.org for v in w.vols if v.active(e))
        if act["HUM"] < 5 or act["SHM"] < 5 or act["LDH"] < 2 or not 1 <= act["OCA"] <= 4:
            return f"{q_name(yq)}: active {dict(act)}"
    per_q = Counter(q_of(v.ts.date()) for v in w.visits)
    counts = [per_q[yq] for yq in QUARTERS]
    if not all(x < y for x, y in zip(counts[1:], counts[2:])) or not 200 <= counts[1] <= 320 or counts[-1] > 600:
        return f"visits per quarter {counts}"
    mosque = Counter(q_of(v.ts.date()) for v in w.visits if v.loc == MOSKEE)
    m = [mosque[yq] for yq in QUARTERS[2:]]
    if not all(x < y for x, y in zip(m, m[1:])):
        return f"mosque visits {m}"
    share = []
    for yq in QUARTERS[1:]:
        vs = [v for v in w.visits if q_of(v.ts.date()) == yq]
        share.append(Fraction(sum(1 for v in vs if v.via in ("Moskee", "Ocan-ambassadeur")), len(vs)))
    if not all(x < y for x, y in zip(share, share[1:])):
        return "Moskee + Ocan-ambassadeur share not growing"
    ocan = [sum(1 for v in w.visits if q_of(v.ts.date()) == yq and v.via == "Ocan-ambassadeur") for yq in QUARTERS[1:]]
    if not all(x < y for x, y in zip(ocan, ocan[1:])):
        return f"Ocan-ambassadeur visits {ocan}"
    geen = Fraction(sum(1 for v in w.visits if v.door == "Geen"), len(w.visits))
    if not Fraction(45, 100) <= geen <= Fraction(55, 100):
        return f"Geen share {float(geen):.3f}"
    return None


def plant_visits(w):
    """Equal pairs, valid quirks and bad rows. False when this world has no fitting candidates."""
    rng = w.rng
    w.overlap_days = {yq: rng.choice([9, 10, 11]) for yq in QUARTERS[:-1]}   # days of yq repeated in the next file
    used = set()

    def safe(v):  # outside every overlap window, so a quirk or bad row is in exactly one file
        d, yq = v.ts.date(), q_of(v.ts.date())
        return id(v) not in used and (yq not in w.overlap_days or d <= q_last(yq) - timedelta(days=14))

    def pick(cond, allow_overlap=False):
        cands = [v for v in w.visits if cond(v) and (safe(v) if not allow_overlap else id(v) not in used)]
        if not cands:
            return None
        v = rng.choice(cands)   # w.visits is in a fixed order
        used.add(id(v))
        return v

    in_q = lambda v, yq: q_of(v.ts.date()) == yq
    # genuinely equal visits: two people at one desk, the form sent twice in the same second
    pairs = []
    a = pick(lambda v: in_q(v, (2024, 3)) and v.ts.date() >= date(2024, 9, 26), allow_overlap=True)
    b = pick(lambda v: in_q(v, (2025, 1)) and v.ts.month == 2)
    if not a or not b:
        return False
    for v in (a, b):
        twin = Visit()
        for s in Visit.__slots__:
            setattr(twin, s, getattr(v, s))
        twin.show = dict(v.show)
        v.pair = twin.pair = v.ts
        w.visits.insert(w.visits.index(v) + 1, twin)
        used.add(id(twin))
        pairs.append(v)
    w.pairs = pairs
    # valid quirks: other case, spaces
    quirks = [
        ((2024, 2), lambda v: v.org == "Humanitas", {"Organisatie": "humanitas"}, "Organisatie 'humanitas'"),
        ((2024, 3), lambda v: v.topics == ["Potjescheck", "Schulden"], {"Onderwerpen": "potjescheck ; Schulden"},
         "Onderwerpen 'potjescheck ; Schulden'"),
        ((2024, 4), lambda v: v.loc == MOSKEE, {"Locatie": " Moskee Stad "}, "Locatie ' Moskee Stad ' (spaces)"),
        ((2025, 1), lambda v: v.via == "Ocan-ambassadeur", {"Bereikt via": "ocan-ambassadeur"},
         "Bereikt via 'ocan-ambassadeur'"),
        ((2025, 1), lambda v: v.eerste == "Ja" and v.door == "Geen", {"Eerste bezoek": "ja", "Doorverwezen naar": "Geen "},
         "Eerste bezoek 'ja', Doorverwezen naar 'Geen ' (trailing space)"),
        ((2025, 2), lambda v: v.topics == ["Toeslagen", "Formulieren"], {"Onderwerpen": "Toeslagen;Formulieren;toeslagen"},
         "Onderwerpen 'Toeslagen;Formulieren;toeslagen' (a topic named twice: counts once)"),
    ]
    for yq, cond, show, what in quirks:
        v = pick(lambda v: in_q(v, yq) and cond(v))
        if not v:
            return False
        v.show, v.quirk = show, what
    # bad rows, each rejected by exactly one rule
    bad = [
        ((2024, 2), lambda v: v.loc == BIB, "Locatie", lambda v: "Bibliotheek Haven", "Locatie 'Bibliotheek Haven' is unknown"),
        ((2024, 3), lambda v: v.topics == ["Schulden"], "Onderwerpen", lambda v: "Schulden;Huur",
         "Onderwerpen 'Schulden;Huur': topic 'Huur' is unknown"),
        ((2024, 4), lambda v: v.loc != LDH_HUIS, "Organisatie", lambda v: "Rode Kruis", "Organisatie 'Rode Kruis' is unknown"),
        ((2024, 4), lambda v: v.pc.startswith("131"), "Postcode", lambda v: "131", "Postcode '131' is not four digits"),
        ((2025, 1), lambda v: v.ts.month == 2 and v.ts.day >= 20 and v.loc == FH, "Tijdstempel",
         lambda v: f"{v.ts:%Y-%m}-30 {v.ts:%H:%M:%S}", "Tijdstempel: 30 February does not exist"),
        ((2025, 2), lambda v: v.pc == "1311", "Postcode", lambda v: "1311AB", "Postcode '1311AB' is not four digits"),
    ]
    w.bad = []
    for yq, cond, col, value, what in bad:
        v = pick(lambda v: in_q(v, yq) and cond(v))
        if not v:
            return False
        v.show = {col: value(v)}
        v.bad = (col, value(v), what)
        w.bad.append(v)
    return True


def generate(seed):
    for attempt in range(300):
        w = build_world(seed, attempt)
        if w is None:
            continue
        why = realistic(w)
        if why:
            continue
        if not plant_visits(w):
            continue
        if not retention_ok(w):
            continue
        break
    else:
        sys.exit("no world satisfies the checks")
    files = {}
    prev_tail = []
    for i, yq in enumerate(QUARTERS):
        own = [v for v in w.visits if q_of(v.ts.date()) == yq]
        lines = [(row_text(v), v, True) for v in own]
        rows = [(t, v, False) for t, v, _ in prev_tail] + lines
        text = ",".join(SPREEKUREN_HEADER) + "\n" + "".join(t + "\n" for t, _, _ in rows)
        files[f"spreekuren_{q_name(yq)}.csv"] = (text.encode("utf-8"), rows)
        if yq in w.overlap_days:
            cut = q_last(yq) - timedelta(days=w.overlap_days[yq] - 1)
            prev_tail = [(t, v, own_) for t, v, own_ in lines if v.ts.date() >= cut]
    for k, name in enumerate(LIST_NAMES):
        rows = list_rows(w, k)
        files[name] = (list_bytes(rows), rows)
    w.results = check(w, files)
    return w, files


def retention_ok(w):
    """The retention cohorts of the summary periods are not empty or trivial (judged on the model)."""
    for _, _, last in SUMMARY_PERIODS:
        lo, hi = add_months(last, -24), add_months(last, -12)
        cohort = [v for v in w.vols if v.fate != "invisible" and lo < v.start <= hi]
        kept = [v for v in cohort if v.stop is None or v.stop > add_months(v.start, 12)]
        if len(cohort) < 5 or not Fraction(4, 10) <= Fraction(len(kept), len(cohort)) <= Fraction(95, 100):
            return False
    return True


# ---------------------------------------------------------------------------------------------- reader

def parse_ts(s):
    """'yyyy-mm-dd hh:mm:ss' -> (datetime or None, error)."""
    m = TS_RE.match(s.strip())
    if not m:
        return None, "not yyyy-mm-dd hh:mm:ss"
    try:
        return datetime(*map(int, m.groups())), None
    except ValueError:
        return None, "date or time does not exist"


def read_spreekuren(data):
    """Returns (rows read, valid [(line, key, visit dict)], rejected [(line, [(column, value, rule)])])."""
    assert not data.startswith(b"\xef\xbb\xbf"), "spreekuren: BOM"
    assert b"\r" not in data and data.endswith(b"\n"), "spreekuren: line ends"
    text = data.decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    assert header == SPREEKUREN_HEADER, header
    vocab = lambda labels: {fold(x): x for x in labels}
    locs, orgs, topics, routes, refs, yn = (vocab(LOCATIES), vocab(ORGANISATIES), vocab(TOPICS), vocab(ROUTES),
                                            vocab(REFERRALS), vocab(YESNO))
    valid, rejected, n = [], [], 0
    for f in reader:
        line = reader.line_num
        n += 1
        assert len(f) == 9, (line, f)
        errs = []
        ts, why = parse_ts(f[0])
        if ts is None:
            errs.append(("Tijdstempel", f[0], why))
        for col, i, voc in (("Locatie", 1, locs), ("Organisatie", 2, orgs), ("Eerste bezoek", 4, yn),
                            ("Bereikt via", 6, routes), ("Doorverwezen naar", 7, refs)):
            if fold(f[i]) not in voc:
                errs.append((col, f[i], "unknown value"))
        if not PC4_RE.match(f[3].strip()):
            errs.append(("Postcode", f[3], "not four digits"))
        named = [fold(t) for t in f[5].split(";") if t.strip()]
        unknown = [t for t in named if t not in topics]
        if not named:
            errs.append(("Onderwerpen", f[5], "empty"))
        elif unknown:
            errs.append(("Onderwerpen", f[5], f"unknown topic '{unknown[0]}'"))
        if not f[8].strip():
            errs.append(("Vrijwilliger", f[8], "empty"))
        if errs:
            rejected.append((line, errs))
            continue
        key = tuple(fold(x) for x in f)
        valid.append((line, key, {
            "ts": ts, "day": ts.date(), "loc": locs[fold(f[1])], "org": orgs[fold(f[2])], "pc": f[3].strip(),
            "eerste": yn[fold(f[4])], "topics": tuple(t for t in TOPICS if fold(t) in named), "via": routes[fold(f[6])],
            "door": refs[fold(f[7])], "vol": f[8].strip()}))
    return n, valid, rejected


def read_list(data):
    """Returns (rows read, valid [(line, code, row dict)], rejected [(line, [(column, value, rule)])])."""
    assert data.startswith(b"\xef\xbb\xbf"), "list: no BOM"
    assert data.count(b"\n") == data.count(b"\r\n") and data.endswith(b"\r\n"), "list: line ends"
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";")
    assert next(reader) == LISTS_HEADER
    orgs = {fold(x): x for x in ORGANISATIES}
    valid, rejected, seen, n = [], [], {}, 0
    for f in reader:
        line = reader.line_num
        n += 1
        assert len(f) == 5, (line, f)
        errs = []
        code = f[0].strip()
        if not CODE_RE.match(code.upper()):
            errs.append(("Vrijwilliger", f[0], "not a volunteer code"))
        elif fold(code) in seen:
            errs.append(("Vrijwilliger", f[0], f"duplicate code (first at line {seen[fold(code)]})"))
        if fold(f[1]) not in orgs:
            errs.append(("Organisatie", f[1], "unknown value"))
        start = parse_nl_date(f[2])
        if start is None:
            errs.append(("Gestart", f[2], "not a date"))
        stop = parse_nl_date(f[3]) if f[3].strip() else None
        if f[3].strip() and stop is None:
            errs.append(("Gestopt", f[3], "not a date"))
        elif stop is not None and start is not None and stop < start:
            errs.append(("Gestopt", f[3], f"before Gestart {f[2]}"))
        trained = parse_nl_date(f[4]) if f[4].strip() else None
        if f[4].strip() and trained is None:
            errs.append(("Training afgerond", f[4], "not a date"))
        if errs:
            rejected.append((line, errs))
            continue
        seen[fold(code)] = line
        valid.append((line, code.upper(), {"org": orgs[fold(f[1])], "start": start, "stop": stop, "trained": trained}))
    return n, valid, rejected


# ---------------------------------------------------------------------------------------------- check

def union_visits(per_file, identity):
    """Every identity counted as often as the most any one file holds it."""
    best, example = {}, {}
    for name, valid in per_file:
        occ = Counter()
        for line, key, rec in valid:
            k = identity(key, rec)
            occ[k] += 1
            example.setdefault(k, rec)
            best[k] = max(best.get(k, 0), occ[k])
    return [example[k] for k in best for _ in range(best[k])]


def check(w, files):
    res = {"files": {}, "lists": {}}
    per_file = []
    prev_ids = set()
    for yq in QUARTERS:
        name = f"spreekuren_{q_name(yq)}.csv"
        data, rows = files[name]
        n, valid, rejected = read_spreekuren(data)
        assert n == len(rows)
        planted = [(i + 2, v.bad) for i, (t, v, own) in enumerate(rows) if v.bad]
        assert [ln for ln, _ in rejected] == [ln for ln, _ in planted], (name, rejected, planted)
        for (ln, errs), (_, bad) in zip(rejected, planted):
            assert len(errs) == 1 and errs[0][0] == bad[0] and errs[0][1] == bad[1], (name, ln, errs, bad)
        # identity with occurrence within this file
        occ, ids = Counter(), []
        for line, key, rec in valid:
            occ[key] += 1
            ids.append((key, occ[key]))
        again = sum(1 for i in ids if i in prev_ids)
        repeated = [v for t, v, own in rows if not own]
        assert again == len(repeated), (name, again, len(repeated))
        assert all(q_of(v.ts.date()) != yq for v in repeated) and all(q_of(v.ts.date()) == yq for t, v, own in rows if own)
        if per_file:   # the repeated rows are the previous file's last rows, byte for byte
            prev_lines = files[per_file[-1][0]][0].decode("utf-8").split("\n")[1:-1]
            mine = data.decode("utf-8").split("\n")[1:-1]
            assert prev_lines[len(prev_lines) - len(repeated):] == mine[:len(repeated)], name
        prev_ids = set(ids)
        per_file.append((name, valid))
        res["files"][name] = {"read": n, "rejected": rejected, "again": again,
                              "first": min(v.ts for t, v, own in rows).date(), "last": max(v.ts for t, v, own in rows).date()}
    visits = union_visits(per_file, lambda key, rec: key)
    # the other reading of "identity": canonical values (topics as a set) instead of the folded text
    canon = union_visits(per_file, lambda key, rec: (rec["ts"], rec["loc"], rec["org"], rec["pc"], rec["eerste"],
                                                     rec["topics"], rec["via"], rec["door"], fold(rec["vol"])))
    assert len(canon) == len(visits)
    want = Counter(v.canonical() for v in w.visits if not v.bad)
    got = Counter((r["ts"], r["loc"], r["org"], r["pc"], r["eerste"], r["topics"], r["via"], r["door"], r["vol"]) for r in visits)
    assert want == got, "the union of the downloads is not the generated visits"
    # the schedule
    for r in visits:
        d, t = r["ts"].date(), r["ts"].time()
        assert d >= COVENANT and any(d.weekday() == wd and a <= t < b for wd, a, b in SLOTS[r["loc"]][0]), r
        assert r["loc"] != MOSKEE or d >= SLOTS[MOSKEE][1]
    res["visits"] = visits

    # volunteer lists
    state, prev_codes = {}, []
    for k, name in enumerate(LIST_NAMES):
        data, rows = files[name]
        n, valid, rejected = read_list(data)
        planted = [(i + 2, bad) for i, (f, v, bad) in enumerate(rows) if bad]
        assert [ln for ln, _ in rejected] == [ln for ln, _ in planted], (name, rejected, planted)
        for (ln, errs), (_, bad) in zip(rejected, planted):
            assert len(errs) == 1 and errs[0][0] == bad[0] and errs[0][1] == bad[1], (name, ln, errs, bad)
        codes = [c for _, c, _ in valid]
        missing = [c for c in prev_codes if c not in codes]
        for line, code, rec in valid:
            state[code] = dict(rec, source=name)
        res["lists"][name] = {"read": n, "rejected": rejected, "missing": missing}
        prev_codes = codes
    # the state is what the brief says it must be
    byc = {v.code: v for v in w.vols}
    for v in w.vols:
        if v.fate == "invisible":
            assert v.code not in state
            continue
        s = state[v.code]
        if v.fate == "deleted_silently":
            assert s["stop"] is None and s["source"] == LIST_NAMES[0] and v.stop is not None
        elif v.fate == "stop_typo":
            assert s["stop"] is None and s["source"] == LIST_NAMES[1]
        else:
            assert (s["org"], s["start"], s["stop"], s["trained"]) == (ORGS[v.org], v.start, v.stop, v.training), v.code
    b, new = w.dup
    assert state[b.code]["source"] == LIST_NAMES[1] and state[b.code]["start"] == b.start
    # every volunteer in a visit is in the lists, of that organisation, and was active that day
    orgs_of = {c: s["org"] for c, s in state.items()}
    for r in visits:
        assert orgs_of[r["vol"]] == r["org"] and byc[r["vol"]].active(r["day"]), r
    res["state"] = state
    return res


# ---------------------------------------------------------------------------------------------- figures

def figures(res, first, last):
    """The definitions of the brief / METRICS.md, from the rows the reader keeps."""
    vs = [r for r in res["visits"] if first <= r["day"] <= last]
    f = {"Bezoeken": len(vs)}
    f["Locatie"] = Counter(r["loc"] for r in vs)
    f["Organisatie"] = Counter(r["org"] for r in vs)
    f["Bereikt via"] = Counter(r["via"] for r in vs)
    f["Eerste bezoeken"] = sum(1 for r in vs if r["eerste"] == "Ja")
    f["Onderwerpen"] = Counter(t for r in vs for t in set(r["topics"]))
    referred = [r for r in vs if r["door"] != "Geen"]
    f["Doorverwezen"] = pct(len(referred), len(vs))
    f["Doorverwezen naar"] = Counter(r["door"] for r in referred)
    f["Postcodes"] = sorted(Counter(r["pc"] for r in vs).items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    vols = list(res["state"].values())
    active = [s for s in vols if s["start"] <= last and (s["stop"] is None or s["stop"] > last)]
    f["Vrijwilligers actief"] = len(active)
    f["Vrijwilligers gestart"] = sum(1 for s in vols if first <= s["start"] <= last)
    f["Vrijwilligers gestopt"] = sum(1 for s in vols if s["stop"] is not None and first <= s["stop"] <= last)
    trained = [s for s in active if s["trained"] is not None and s["trained"] <= last]
    f["Vrijwilligers getraind"] = (pct(len(trained), len(active)), len(trained), len(active))
    lo, hi = add_months(last, -24), add_months(last, -12)
    cohort = [s for s in vols if lo < s["start"] <= hi]
    kept = [s for s in cohort if s["stop"] is None or s["stop"] > add_months(s["start"], 12)]
    f["Behoud"] = (pct(len(kept), len(cohort)), len(kept), len(cohort), lo, hi)
    return f


def print_summary(w, files):
    res = w.results
    out = []
    p = out.append
    figs = [(label, first, last, figures(res, first, last)) for label, first, last in SUMMARY_PERIODS]
    p(f"Seed {w.seed} (attempt {w.attempt}). Figures from the valid rows only (a row with any error is rejected whole). "
      "Visits: the union of the six spreekuren files, a row delivered again by a later file counted once, equal rows "
      "within one file each counted. Volunteers: per code the row of the newest list that holds it validly.")
    p("")
    p("| figuur | " + " | ".join(lbl for lbl, _, _, _ in figs) + " |")
    p("| --- |" + " ---: |" * len(figs))
    row = lambda name, get: p(f"| {name} | " + " | ".join(str(get(f)) for _, _, _, f in figs) + " |")
    row("Bezoeken", lambda f: f["Bezoeken"])
    for x in LOCATIES:
        row(f"Bezoeken, Locatie {x}", lambda f: f["Locatie"][x])
    for x in ORGANISATIES:
        row(f"Bezoeken, Organisatie {x}", lambda f: f["Organisatie"][x])
    for x in ROUTES:
        row(f"Bezoeken, Bereikt via {x}", lambda f: f["Bereikt via"][x])
    row("Eerste bezoeken", lambda f: f["Eerste bezoeken"])
    for x in TOPICS:
        row(f"Onderwerpen, {x}", lambda f: f["Onderwerpen"][x])
    row("Doorverwezen, Totaal", lambda f: f["Doorverwezen"])
    for x in REFERRALS[1:]:
        row(f"Doorverwezen naar {x}", lambda f: f["Doorverwezen naar"][x])
    row("Vrijwilligers actief", lambda f: f["Vrijwilligers actief"])
    row("Vrijwilligers gestart", lambda f: f["Vrijwilligers gestart"])
    row("Vrijwilligers gestopt", lambda f: f["Vrijwilligers gestopt"])
    row("Vrijwilligers getraind", lambda f: f"{f['Vrijwilligers getraind'][0]} ({f['Vrijwilligers getraind'][1]} of "
                                            f"{f['Vrijwilligers getraind'][2]})")
    row("Behoud na 12 maanden", lambda f: f"{f['Behoud'][0]} ({f['Behoud'][1]} of {f['Behoud'][2]})")
    row("Behoud na 12 maanden, cohort", lambda f: f["Behoud"][2])
    row("cohort: Gestart after .. on or before", lambda f: f"{nl_date(f['Behoud'][3])} .. {nl_date(f['Behoud'][4])}")
    p("")
    p("Postcodes (top 10: visits per PC4, highest first, ties by PC4 ascending):")
    p("")
    p("| # | " + " | ".join(lbl for lbl, _, _, _ in figs) + " |")
    p("| ---: |" + " --- |" * len(figs))
    for i in range(10):
        p(f"| {i + 1} | " + " | ".join(f"{f['Postcodes'][i][0]}: {f['Postcodes'][i][1]}" if i < len(f["Postcodes"]) else ""
                                     for _, _, _, f in figs) + " |")
    p("")
    p("Per quarter (the trend; same rules):")
    p("")
    p("| quarter | Bezoeken | Eerste bezoeken | Moskee Stad | Bereikt via Moskee | Bereikt via Ocan-ambassadeur | "
      "Moskee + Ocan-ambassadeur | Doorverwezen |")
    p("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for yq in QUARTERS:
        f = figures(res, q_first(yq), q_last(yq))
        both = f["Bereikt via"]["Moskee"] + f["Bereikt via"]["Ocan-ambassadeur"]
        p(f"| {q_name(yq)} | {f['Bezoeken']} | {f['Eerste bezoeken']} | {f['Locatie'][MOSKEE]} | "
          f"{f['Bereikt via']['Moskee']} | {f['Bereikt via']['Ocan-ambassadeur']} | {both} ({pct(both, f['Bezoeken'])}) | "
          f"{f['Doorverwezen']} |")
    p(f"| sinds start | {len(res['visits'])} | | | | | | |")
    p("")
    p("### Files")
    p("")
    p("| file | rows read | rejected | already delivered by the previous file | Tijdstempel from .. to |")
    p("| --- | ---: | ---: | ---: | --- |")
    for yq in QUARTERS:
        name = f"spreekuren_{q_name(yq)}.csv"
        r = res["files"][name]
        p(f"| {name} | {r['read']} | {len(r['rejected'])} | {r['again']} | {nl_date(r['first'])} .. {nl_date(r['last'])} |")
    for name in LIST_NAMES:
        r = res["lists"][name]
        gone = ", ".join(r["missing"]) if r["missing"] else "none"
        p(f"| {name} | {r['read']} | {len(r['rejected'])} | (full list; codes of the previous list with no valid row here: {gone}) | |")
    p("")
    p("### Planted bad rows")
    p("")
    p("Line numbers are physical lines, the header being line 1. Each row breaks exactly one rule.")
    p("")
    p("| file | line | column | value | rule |")
    p("| --- | ---: | --- | --- | --- |")
    for name in [f"spreekuren_{q_name(yq)}.csv" for yq in QUARTERS] + LIST_NAMES:
        data, rows = files[name]
        for i, r in enumerate(rows):
            v, bad = (r[1], r[1].bad) if name.startswith("spreekuren") else (r[1], r[2])
            if bad and (name.startswith("vrijwilligers") or r[2]):
                p(f"| {name} | {i + 2} | {bad[0]} | `{bad[1]}` | {bad[2]} |")
    p("")
    p("### Valid quirks")
    p("")
    for yq in QUARTERS:
        name = f"spreekuren_{q_name(yq)}.csv"
        for i, (t, v, own) in enumerate(files[name][1]):
            if v.quirk and own:
                p(f"- {name} line {i + 2}: {v.quirk}")
    for v in w.pairs:
        where = []
        for yq in QUARTERS:
            name = f"spreekuren_{q_name(yq)}.csv"
            lines = [str(i + 2) for i, (t, x, own) in enumerate(files[name][1]) if x.pair == v.pair]
            if lines:
                where.append(f"{name} lines {' and '.join(lines)}")
        p(f"- two equal visits ({v.ts:%Y-%m-%d %H:%M:%S}, {v.loc}, {v.vol}), both count"
          + (" (2 visits, not 4)" if len(where) > 1 else "") + ": " + "; ".join(where))
    p(f"- {LIST_NAMES[1]} line {[i + 2 for i, (f, v, b) in enumerate(files[LIST_NAMES[1]][1]) if v is w.lowercase_org][0]}: "
      f"Organisatie '{ORGS['SHM'].lower()}' (valid)")
    p("")
    p("### Volunteer state used for the figures")
    p("")
    s = res["state"]
    b, new = w.dup
    p(f"- {w.silent.code} ({ORGS[w.silent.org]}) left on {nl_date(w.silent.stop)} and was deleted from "
      f"{LIST_NAMES[1]} without a Gestopt ever written: by the rule the code keeps the state of {LIST_NAMES[0]} and counts "
      f"as active in every period from its start.")
    p(f"- {w.typo.code} ({ORGS[w.typo.org]}) left on {nl_date(w.typo.stop)}; the row in {LIST_NAMES[2]} is rejected "
      f"(Gestopt typed as {nl_date(w.typo.stop.replace(year=2024))}), so the state is the row of {LIST_NAMES[1]}: "
      f"active, not stopped.")
    p(f"- {b.code}: the first row in {LIST_NAMES[1]} (left on {nl_date(b.stop)}) loads; the code is missing from "
      f"{LIST_NAMES[2]} and keeps that state. The new volunteer entered under that code is {new.code} from {LIST_NAMES[2]} "
      f"(Gestart {nl_date(new.start)}).")
    gaps = sorted(v.code for v in w.vols if v.fate == "invisible")
    p(f"- Codes never in any list (left before March 2024, deleted before the first download): {', '.join(gaps)}.")
    p("")
    p("| Vrijwilliger | Organisatie | Gestart | Gestopt | Training afgerond | state from |")
    p("| --- | --- | --- | --- | --- | --- |")
    order = {c: i for i, c in enumerate(ORG_CODES)}
    for code in sorted(s, key=lambda c: (order[c[2:5]], c)):
        r = s[code]
        p(f"| {code} | {r['org']} | {nl_date(r['start'])} | {nl_date(r['stop']) if r['stop'] else ''} | "
          f"{nl_date(r['trained']) if r['trained'] else ''} | {r['source']} |")
    print("\n".join(out))


def main():
    run_generator("Generate Alliantie Vrijwillige Schuldhulp sample exports (deterministic).", DEFAULT_SEED, "alliantie", generate, print_summary)


if __name__ == "__main__":
    main()
