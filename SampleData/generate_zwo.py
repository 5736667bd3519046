#!/usr/bin/env python3
"""Seeded, deterministic generator of the ZWO De Rank sample exports (EXPORTS.md section 4).

Models the ZWO group of church De Rank (Almere) raising money for its yearly project Alo Mik! (Roma
families in Tirana, plan EUR 52.245,00) in the seasons 2018-2019 and 2019-2020 (1 September - 31 August):
Sunday collections, gifts to the ZWO bank account, the sponsor bike ride of 14-09-2019, the church moving
collection money to the ZWO account in lump sums, bank costs, and the ZWO transferring the money to the
foundation Alo Mik! in instalments. Covid: online services from 15-03-2020 to 30-06-2020. In June 2020 the
ZWO moved its account from ING to the Rabobank.

Usage:
  python3 SampleData/generate_zwo.py              # writes SampleData/zwo/*.csv
  python3 SampleData/generate_zwo.py --summary    # prints the expected figures and the planted rows; writes nothing

Same command, same bytes: only random.Random(seed) instances (string seeds, hashed with SHA-512 by
Python), never the clock, global random or unordered iteration. Python 3 standard library only.
Before writing (and before --summary) the generator reads every file back with its own small reader and
stops unless exactly the planted rows are rejected, the overlapping bank exports de-duplicate to exactly the
generated transactions, and a plain text rule classifies the bank gifts exactly as intended.
All names and account numbers are fictional.
"""

import argparse
import csv
import io
import os
import re
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

from generator_support import write_files
import random

DEFAULT_SEED = 2004  # the year Alo Mik! started
PLAN = 5224500  # cents
SEASONS = [("2018-2019", date(2018, 9, 1), date(2019, 8, 31)),
           ("2019-2020", date(2019, 9, 1), date(2020, 8, 31))]
AS_OF = [("2018-2019", date(2019, 1, 31)), ("2019-2020", date(2020, 1, 31))]
TARGET = {"2018-2019": (0.97, 1.03), "2019-2020": (0.84, 0.92)}  # raised / plan, accepted range

OWN_ING = "NL12INGB0001234567"
OWN_RABO = "NL34RABO0123456789"
MOVE_DAY = date(2020, 5, 29)  # ING balance moved to the Rabobank; the ING account is closed
RIDE_DATE = date(2019, 9, 14)
COVID_START, COVID_END = date(2020, 3, 15), date(2020, 6, 30)
FIRST_MONTH, LAST_MONTH = (2018, 9), (2020, 8)

SPECIAL = {  # date -> service
    date(2018, 11, 7): "Dankdag", date(2018, 12, 24): "Kerstnachtdienst", date(2018, 12, 25): "Kerstmorgen",
    date(2019, 3, 13): "Biddag", date(2019, 4, 19): "Goede Vrijdag", date(2019, 4, 21): "Paasmorgen",
    date(2019, 6, 9): "Pinksteren",
    date(2019, 11, 6): "Dankdag", date(2019, 12, 24): "Kerstnachtdienst", date(2019, 12, 25): "Kerstmorgen",
    date(2020, 3, 11): "Biddag", date(2020, 4, 10): "Goede Vrijdag", date(2020, 4, 12): "Paasmorgen",
    date(2020, 5, 31): "Pinksteren",
}
NOODHULP_SUNDAYS = {date(2018, 10, 14), date(2019, 3, 24), date(2019, 9, 8), date(2020, 8, 16)}
DOELEN = ["ZWO Alo Mik!", "Kerk", "Diaconie", "ZWO Noodhulp", "Kerk in Actie"]
ALO = "ZWO Alo Mik!"

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]

# Bank gift descriptions for Alo Mik!, with weights. All match ALO_RULE below; see the README.
ALO_DESCS = [("o.v.v. Alo Mik!", 10), ("ovv alo mik", 8), ("Alo Mik", 12), ("alomik", 6), ("ALO-MIK Tirana", 3),
             ("Gift Alo Mik!", 8), ("voor Albanië (Alo Mik)", 3), ("Alo! Mik", 3), ("Allo Mik", 2),
             ("alo mik project", 3), ("ZWO Alo-Mik", 4), ("Jaarproject ZWO Tirana", 3), ("gift alo mik", 4),
             ("Alo Mik!", 6), ("bijdrage Alo Mik", 3), ("ovv Alo Mik Tirana", 2), ("AloMik", 2)]
ALO_XMAS = [("kerstgift Alo Mik!", 3), ("Kerstgift alomik", 2), ("kerstgift voor Alo Mik Tirana", 1)]
REGULAR_DESCS = ["periodieke gift Alo Mik", "maandelijkse gift alomik", "Alo Mik", "ovv alo mik", "ZWO Alo-Mik",
                 "Alo Mik!", "maandgift Alo Mik", "gift alo mik", "Jaarproject ZWO Tirana", "o.v.v. Alo Mik!"]
OTHER_DESCS = [("Gift ZWO noodhulp", 4), ("Kerk in Actie Syrië", 3), ("Voedselbank", 3), ("gift voedselbank Almere", 1),
               ("ZWO noodhulp", 2)]
# One plain rule that reproduces the intended classification (checked below): Alo Mik! named in the
# description ("Alo Mik" with any doubling of l, any punctuation between, or "Tirana"), a credit ("Bij"),
# not from the church (lump sums of collection money) and not the sponsor ride's deposit.
ALO_RULE = re.compile(r"al+o\W*mik|tirana", re.IGNORECASE)

FIRST = ["Jan", "Pieter", "Gerda", "Anneke", "Willem", "Hendrik", "Johanna", "Marieke", "Kees", "Bert", "Ria",
         "Henk", "Ineke", "Joost", "Sanne", "Femke", "Daan", "Thijs", "Lotte", "Esther", "Ruth", "Marten",
         "Sjoerd", "Wietske", "Gert-Jan", "Arie", "Dirk", "Margreet", "Corrie", "Teun", "Hanneke", "Bas",
         "Ellen", "Rob", "Fatma", "Kwame", "Samira", "Priya", "Marije", "Lieke", "Roel", "Niels", "Tineke",
         "Klaas", "Jolanda", "Wim", "Geert", "Aaltje", "Bram", "Ilse", "Zoë", "Renée", "Jeroen", "Annemiek",
         "Gijs", "Hilde", "Jacob", "Mirjam", "Rutger", "Tamara", "Wouter", "Yvonne", "Gerrit", "Dineke", "Aad",
         "Elif", "Ebru", "Joyce", "Rachel", "Stefan", "Noa", "Levi", "Sem", "Jesse", "Ruben", "Anna", "Lisa"]
LAST = ["de Boer", "Postma", "Bakker", "Visser", "Smit", "Meijer", "de Vries", "van Dijk", "Mulder", "de Groot",
        "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Kramer",
        "van der Meer", "Hoekstra", "Veenstra", "Koster", "Prins", "Huisman", "Kuipers", "van der Wal", "Jansen",
        "Schouten", "Yilmaz", "Boateng", "Ramdin", "Koopman", "Veldkamp", "Wiersma", "Zwart", "Timmer", "Bosma",
        "van den Berg", "Terpstra", "Hofman", "Kok", "de Haan", "Scholten", "Sijtsma", "Bouma", "Nijenhuis",
        "Kaya", "Mensah", "Doorn", "Verhoef", "van Wijk", "Lageveen", "Hazeleger", "Boersma", "Pool", "Reitsma",
        "Westerhof", "Oosterveld", "Bleeker", "Steenbergen", "van Essen", "Tuinstra", "Ruiter"]


# ---------------------------------------------------------------------------------------------------
# Small helpers.

def nl(cents, sign=False):
    """Dutch notation with thousands separators: 1.234,56 / -2.500,00 / +25,00 (sign=True)."""
    neg = cents < 0
    e, c = divmod(abs(cents), 100)
    s = f"{e:,}".replace(",", ".") + f",{c:02d}"
    return ("-" if neg else ("+" if sign else "")) + s


def iban(bank, r):
    bban = bank + "".join(str(r.randrange(10)) for _ in range(10))
    num = int("".join(str(int(ch, 36)) for ch in bban + "NL00"))
    return f"NL{98 - num % 97:02d}{bban}"


def months():
    y, m = FIRST_MONTH
    while (y, m) <= LAST_MONTH:
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def month_end(y, m):
    return (date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)) - timedelta(days=1)


BANK_HOLIDAYS = {date(2018, 12, 25), date(2018, 12, 26), date(2019, 1, 1), date(2019, 4, 19), date(2019, 4, 22),
                 date(2019, 5, 1)}


def weekday_on_or_after(d, limit=None):
    """Booking day in 2018-2019 (no instant payments yet): weekend -> Monday, or Friday at a month's end."""
    if d >= date(2019, 9, 1):
        return d
    n = d
    while n.weekday() >= 5 or n in BANK_HOLIDAYS:
        n += timedelta(days=1)
    if limit is not None and n > limit:
        n = d
        while n.weekday() >= 5 or n in BANK_HOLIDAYS:
            n -= timedelta(days=1)
    return n


def tri(r, lo, hi, mode):
    return int(round(r.triangular(lo, hi, mode) * 100))


def pct(cents):
    return Decimal(cents * 100) / Decimal(PLAN)


def pct_text(cents):
    return str(pct(cents).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)).replace(".", ",") + "%"


def pick(r, weighted):
    tot = sum(w for _, w in weighted)
    x = r.random() * tot
    for v, w in weighted:
        x -= w
        if x < 0:
            return v
    return weighted[-1][0]


# ---------------------------------------------------------------------------------------------------
# People and accounts.

class Person:
    def __init__(self, first, last, bank, acct, style):
        self.first, self.last, self.iban = first, last, acct
        self.bank = bank
        ini = first[0] + "."
        if style == 0:
            self.bankname = f"{ini} {last}"
        elif style == 1:
            self.bankname = f"{first[0]} {last}".upper()
        elif style == 2:
            self.bankname = ("HR " if len(first) % 2 else "MW ") + f"{first[0]} {last}".upper()
        elif style == 3:
            self.bankname = f"{ini} {last} en/of {LAST[(len(first) * 7) % len(LAST)][0]}. {last}"
        elif style == 4:
            self.bankname = "FAM " + last.upper()
        else:
            self.bankname = f"{first} {last}"

    @property
    def full(self):
        return f"{self.first} {self.last}"


def make_people(r, n):
    used, out = set(), []
    while len(out) < n:
        f, l = r.choice(FIRST), r.choice(LAST)
        if (f, l) in used:
            continue
        used.add((f, l))
        bank = pick(r, [("INGB", 40), ("RABO", 35), ("ABNA", 20), ("SNSB", 3), ("TRIO", 2)])
        out.append(Person(f, l, bank, iban(bank, r), pick(r, [(0, 35), (1, 20), (2, 15), (3, 10), (4, 8), (5, 12)])))
    return out


BIC = {"INGB": "INGBNL2A", "RABO": "RABONL2U", "ABNA": "ABNANL2A", "SNSB": "SNSBNL2A", "TRIO": "TRIONL2U"}


class Org:
    def __init__(self, name, bank, acct):
        self.bankname, self.bank, self.iban = name, bank, acct


# ---------------------------------------------------------------------------------------------------
# Collections.

class Coll:
    def __init__(self, d, dienst, doel, cents):
        self.d, self.dienst, self.doel, self.cents = d, dienst, doel, cents
        self.bad = None  # (column, written text, what)


def sundays_of(y, m):
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    out = []
    while d.month == m:
        out.append(d)
        d += timedelta(days=7)
    return out


def make_collections(r):
    out = []
    for y, m in months():
        sus = sundays_of(y, m)
        zwo_idx = {1} if m in (7, 8) else ({0, 4} if (y, m) == (2019, 9) else {0, 2})
        for i, su in enumerate(sus):
            if su in SPECIAL:  # Paasmorgen, Pinksteren on a Sunday
                continue
            if COVID_START <= su <= COVID_END:
                if r.random() < 0.45 and i != 0:
                    continue
                doel = ALO if i == 0 else r.choice(["Kerk", "Diaconie", "Kerk"])
                out.append(Coll(su, "Online dienst", doel, tri(r, 60, 260, 140)))
                continue
            if su > COVID_END:  # services again, few people, one (partly digital) collection
                if su in NOODHULP_SUNDAYS:
                    doel = "ZWO Noodhulp"
                else:
                    doel = ALO if i == 1 else r.choice(["Kerk", "Diaconie"])
                out.append(Coll(su, "Ochtenddienst", doel, tri(r, 120, 380, 220)))
                continue
            if i in zwo_idx:
                pair = ["Diaconie", ALO] if r.random() < 0.8 else ["Kerk", ALO]
            elif su in NOODHULP_SUNDAYS:
                pair = ["Diaconie", "ZWO Noodhulp"]
            elif i == 3:
                pair = ["Diaconie", "Kerk in Actie"]
            else:
                pair = ["Diaconie", "Kerk"] if r.random() < 0.65 else ["Kerk"]
            for doel in pair:
                out.append(Coll(su, "Ochtenddienst", doel, coll_amount(r, doel)))
            if m not in (7, 8) and i in (1, 3) and r.random() < 0.85:
                out.append(Coll(su, "Avonddienst", r.choice(["Kerk", "Diaconie"]), tri(r, 60, 200, 110)))
        for d in sorted(SPECIAL):
            if (d.year, d.month) != (y, m):
                continue
            s = SPECIAL[d]
            online = COVID_START <= d <= COVID_END
            dienst = "Online dienst" if online else s
            f = 0.45 if online else 1.0
            if s == "Dankdag":
                cs = [(ALO, tri(r, 500, 950, 700))]
            elif s == "Kerstnachtdienst":
                cs = [(ALO, tri(r, 900, 1650, 1250))]
            elif s == "Kerstmorgen":
                cs = [("Diaconie", tri(r, 400, 800, 550)), (ALO, tri(r, 700, 1300, 950))]
            elif s == "Biddag":
                cs = [("Kerk", tri(r, 220, 480, 330))]
            elif s == "Goede Vrijdag":
                cs = [("Diaconie", tri(r, 120, 320, 200))]
            elif s == "Paasmorgen":
                cs = [("Kerk in Actie", tri(r, 350, 700, 480)), ("Kerk", tri(r, 300, 650, 450))]
            else:  # Pinksteren
                cs = [("Kerk in Actie", tri(r, 250, 600, 400)), ("Kerk", tri(r, 250, 550, 380))]
            if online:
                cs = cs[:1]
            for doel, c in cs:
                out.append(Coll(d, dienst, doel, int(c * f)))
    order = {"Ochtenddienst": 0, "Paasmorgen": 0, "Pinksteren": 0, "Kerstmorgen": 0, "Online dienst": 0,
             "Goede Vrijdag": 1, "Biddag": 1, "Dankdag": 1, "Avonddienst": 2, "Kerstnachtdienst": 2}
    out.sort(key=lambda c: (c.d, order[c.dienst]))
    return out


def coll_amount(r, doel):
    lo, hi, mode = {"Kerk": (220, 520, 340), "Diaconie": (160, 450, 280), ALO: (150, 600, 360),
                    "Kerk in Actie": (180, 480, 300), "ZWO Noodhulp": (300, 900, 520)}[doel]
    return tri(r, lo, hi, mode)


# ---------------------------------------------------------------------------------------------------
# Sponsor ride.

class Rider:
    def __init__(self, name, km, per_km, vast, received):
        self.name, self.km, self.per_km, self.vast, self.received = name, km, per_km, vast, received
        self.bad = None

    @property
    def pledged(self):
        return self.km * (self.per_km or 0) + (self.vast or 0)


def make_ride(r, people):
    n = r.randint(34, 42)
    riders = []
    for p in r.sample(people, n):
        km = pick(r, [(25, 20), (50, 40), (75, 20), (100, 20)])
        per = pick(r, [(None, 20), (25, 8), (50, 15), (75, 8), (100, 20), (150, 10), (200, 10), (250, 5),
                       (300, 4)])
        vast = pick(r, [(None, 30), (1000, 6), (1500, 5), (2000, 10), (2500, 15), (5000, 18), (7500, 6),
                        (10000, 7), (15000, 3)])
        if per is None and vast is None:
            vast = 2500
        rd = Rider(p.full, km, per, vast, 0)
        if r.random() < 0.85:
            rd.received = rd.pledged
        else:
            rd.received = (rd.pledged * r.choice([50, 60, 75, 80, 90]) // 100) // 500 * 500
        riders.append(rd)
    for rd in r.sample(riders, r.randint(2, 3)):  # still outstanding
        rd.received = 0
    return riders  # in order of registration


# ---------------------------------------------------------------------------------------------------
# Bank transactions.

class Tx:
    _n = 0

    def __init__(self, bank, d, cp, afbij, cents, desc, kind, r, code=None, mut=None, meded=None):
        Tx._n += 1
        self.id = Tx._n
        self.bank, self.d, self.cp, self.afbij, self.cents, self.desc, self.kind = bank, d, cp, afbij, cents, desc, kind
        self.order = r.random()  # position within the day
        self.code, self.mut, self.meded = code, mut, meded
        self.tag = ""
        self.tag_late = False  # Tag only in a later export
        self.alo_part = 0  # for lump sums: the ZWO Alo Mik! collections in it
        self.other_part = 0
        self.volgnr = None
        self.saldo = None
        self.pair = None  # name of a genuinely equal pair
        self.ref = ""

    @property
    def signed(self):
        return self.cents if self.afbij == "Bij" else -self.cents


INTENDED_ALO = {"alo_gift", "alo_activity"}  # counted as bank gifts for Alo Mik!


def ing_fields(t):
    """Code, Mutatiesoort and Mededelingen as ING writes them."""
    if t.code:
        return t.code, t.mut, t.meded
    if t.kind == "costs":
        return "DV", "Diversen", t.meded
    cp = t.cp
    if t.afbij == "Af" or cp.bank == "INGB":
        code, mut = "GT", "Online bankieren"
    else:
        code, mut = "OV", "Overschrijving"
    parts = [f"Naam: {cp.bankname}"]
    if t.desc:
        parts.append(f"Omschrijving: {t.desc}")
    parts.append(f"IBAN: {cp.iban}")
    if t.ref:
        parts.append(f"Kenmerk: {t.ref}")
    return code, mut, " ".join(parts)


class World:
    pass


def build(seed, attempt):
    Tx._n = 0
    R = lambda part: random.Random(f"zwo-{seed}-{attempt}-{part}")  # noqa: E731
    w = World()
    w.seed = seed
    rp = R("people")
    people = make_people(rp, 150)
    w.people = people
    church = Org("Protestantse Gemeente De Rank", "RABO", iban("RABO", rp))
    alomik = Org("Stichting Alo Mik!", "RABO", iban("RABO", rp))
    kia = Org("Kerk in Actie", "INGB", iban("INGB", rp))
    voedselbank = Org("Stichting Voedselbank Almere", "ABNA", iban("ABNA", rp))
    drukkerij = Org("Drukkerij Almere B.V.", "ABNA", iban("ABNA", rp))
    w.church, w.alomik = church, alomik
    organiser = people[3]

    w.colls = make_collections(R("collectes"))
    w.riders = make_ride(R("ride"), people[10:])
    r = R("bank")
    txs = []

    def bank_of(d):
        return "RABO" if d > MOVE_DAY else "ING"

    def add(d, cp, afbij, cents, desc, kind, **kw):
        t = Tx(bank_of(d), d, cp, afbij, cents, desc, kind, r, **kw)
        txs.append(t)
        return t

    # Regular givers (standing orders), month by month; a few months without a description.
    regular = []
    for i, p in enumerate(people[20:31]):
        amt = r.choice([2500, 2500, 3000, 4000, 5000, 5000, 7500, 10000])
        start = (2018, 9) if i < 8 else (2019, r.choice([9, 10, 11]))
        stop = (2020, 8) if i not in (2, 5) else ((2019, 12) if i == 2 else (2020, 3))
        regular.append((p, amt, r.choice([1, 2, 5, 15, 24, 25, 28]), REGULAR_DESCS[i % len(REGULAR_DESCS)],
                        start, stop))
    noref = {(0, (2018, 12)), (4, (2019, 6)), (1, (2019, 10)), (6, (2020, 2)), (8, (2020, 7))}
    for gi, (p, amt, day, desc, start, stop) in enumerate(regular):
        for y, m in months():
            if not (start <= (y, m) <= stop):
                continue
            d = weekday_on_or_after(date(y, m, min(day, month_end(y, m).day)), month_end(y, m))
            if (gi, (y, m)) in noref:
                add(d, p, "Bij", amt, "", "alo_noref")
            else:
                add(d, p, "Bij", amt, desc, "alo_gift")

    # Incidental gifts for Alo Mik!.
    def gift_amount():
        x = r.random()
        if x < 0.33:
            a = r.choice([10, 15, 20, 20, 25, 25, 25, 30, 35, 40, 50]) * 100
            return a + (r.choice([50, 0, 0, 0, 22, 95]) if r.random() < 0.12 else 0)
        if x < 0.71:
            return r.choice([50, 50, 60, 75, 75, 100, 100, 100, 125, 150]) * 100
        return r.choice([150, 175, 200, 200, 250, 250]) * 100

    givers = people[31:150]
    givers[0].first, givers[0].bankname = "Zoë", f"Zoë {givers[0].last}"  # a latin-1 letter in the first export
    # A few very large gifts per season (EUR 1.500-2.500), on random days.
    very_big = set()
    for (a, b), k in (((date(2018, 9, 1), date(2019, 8, 31)), 3), ((date(2019, 9, 1), date(2020, 8, 31)), 2)):
        while k:
            d = a + timedelta(days=r.randrange((b - a).days + 1))
            if d not in very_big:
                very_big.add(d)
                k -= 1
    for d in sorted(very_big):
        add(weekday_on_or_after(d, month_end(d.year, d.month)), r.choice(givers), "Bij",
            r.choice([1500, 2000, 2500]) * 100, pick(r, ALO_DESCS), "alo_gift")
    for y, m in months():
        s1 = (y, m) <= (2019, 8)
        n = r.randint(6, 9) if s1 else r.randint(6, 8)
        nbig = r.randint(1, 3) if s1 else r.randint(1, 2)
        if m == 12:
            n += r.randint(8, 10)
            nbig += 1
        last = month_end(y, m)
        for i in range(n + nbig):
            d = weekday_on_or_after(date(y, m, r.randint(1, last.day)), last)
            desc = pick(r, ALO_XMAS if m == 12 and r.random() < 0.4 else ALO_DESCS)
            if r.random() < 0.08:
                desc = desc.upper() if r.random() < 0.5 else desc.lower()
            a = gift_amount() if i < n else r.choice([500, 500, 750, 1000, 1000]) * 100
            add(d, r.choice(givers), "Bij", a, desc, "alo_gift")
        if (y, m) in ((2020, 4), (2020, 5), (2020, 6)):  # Covid: some give by bank what they would have given in church
            for _ in range(r.randint(3, 5)):
                d = date(y, m, r.randint(1, last.day))
                su = d - timedelta(days=(d.weekday() + 1) % 7)  # the Sunday before (or that day)
                # (never the word "collecte": that marks the church's collection money)
                desc = r.choice(["gift Alo Mik, online kerkdienst", "alo mik (kerkdienst thuis)",
                                 f"Alo Mik zondag {su.day} {MONTHS_NL[su.month - 1]}"])
                add(d, r.choice(givers), "Bij", r.choice([1000, 1500, 2000, 2500, 5000]), desc, "alo_gift")
        # Gifts for other ZWO causes.
        for _ in range(r.randint(1, 4)):
            d = weekday_on_or_after(date(y, m, r.randint(1, last.day)), last)
            desc = pick(r, OTHER_DESCS)
            if (y, m) in ((2019, 3), (2019, 4)) and r.random() < 0.5:
                desc = "noodhulp Mozambique"
            add(d, r.choice(givers), "Bij", r.choice([1000, 2000, 2500, 5000, 5000, 10000]), desc, "other_gift")

    # Before the season (only in bank_2018-09.csv): two early gifts for the new project.
    add(date(2018, 8, 27), givers[0], "Bij", 5000, "Alo Mik", "alo_gift")
    add(date(2018, 8, 30), givers[1], "Bij", 2500, "voor Albanië (Alo Mik)", "alo_gift")
    # Season edges: the last and first day of a season.
    add(date(2019, 8, 30), givers[2], "Bij", 10000, "o.v.v. Alo Mik!", "alo_gift")
    add(date(2019, 9, 1), givers[3], "Bij", 4000, "Alo Mik", "alo_gift")
    add(date(2020, 8, 31), givers[4], "Bij", 2000, "alomik", "alo_gift")

    # ZWO activities whose money is deposited by a member (Alo Mik! money that is in no other file).
    add(date(2018, 12, 17), people[5], "Bij", tri(r, 520, 760, 640), "opbrengst verkoop kerststukjes Alo Mik",
        "alo_activity")
    add(date(2019, 3, 25), people[6], "Bij", tri(r, 1150, 1600, 1380), "opbrengst benefietmaaltijd Alo Mik!",
        "alo_activity")
    add(date(2019, 11, 25), people[5], "Bij", tri(r, 800, 1100, 950), "Albanese avond opbrengst alomik",
        "alo_activity")

    # Genuinely equal gifts: same person, day, amount and description, in an overlap window.
    for d, p, a, desc, name in [(date(2018, 11, 28), givers[7], 5000, "Gift Alo Mik!", "A"),
                                (date(2019, 12, 27), givers[8], 2500, "alo mik", "B")]:
        for _ in range(2):
            add(d, p, "Bij", a, desc, "alo_gift").pair = name

    # Descriptions with the separator or a quote in them.
    add(date(2018, 10, 10), givers[9], "Bij", 3500, 'Alo Mik, namens fam. ' + givers[9].last, "alo_gift")
    add(date(2019, 2, 6), givers[10], "Bij", 2000, 'gift "Alo Mik!"', "alo_gift")
    add(date(2019, 10, 16), givers[11], "Bij", 5000, "Alo Mik; kerk De Rank", "alo_gift")

    # Planted bad rows (mid-month, so each appears in one export only).
    w.bad_bank = {}
    t = add(date(2019, 2, 13), givers[12], "Bij", 3500, "Alo Mik", "alo_gift")
    w.bad_bank[t.id] = ("bank_2019-02.csv", "Datum", "20190231",
                        "Datum '20190231' is not a date (transaction of 13-02-2019, gift Alo Mik! EUR 35,00)")
    t = add(date(2019, 4, 16), givers[13], "Bij", 2000, "ovv alo mik", "alo_gift")
    w.bad_bank[t.id] = ("bank_2019-04.csv", "Code", None,
                        "8 cells instead of 9: the Code cell is missing (16-04-2019, gift Alo Mik! EUR 20,00)")
    t = add(date(2019, 11, 14), givers[14], "Bij", 1250, "alomik", "alo_gift")
    w.bad_bank[t.id] = ("bank_2019-11.csv", "Bedrag", "12,5,0",
                        "Bedrag (EUR) '12,5,0' is not an amount (14-11-2019, gift Alo Mik! EUR 12,50)")

    # A Tag added by the treasurer after the first download (overlap 2020-01 / 2020-02).
    t = add(date(2020, 1, 28), givers[15], "Bij", 7500, "Alo Mik!", "alo_gift")
    t.tag, t.tag_late = "alomik", True

    # Sponsor ride: refreshments by card, the money deposited in one sum.
    add(date(2019, 9, 13), Org("AH Almere Stad ALMERE", "", ""), "Af", 4783, "", "expense", code="BA",
        mut="Betaalautomaat", meded="Pasvolgnr: 003 13-09-2019 17:42 Transactie: 7F2K9Q Term: 3Q81C4")
    ride_sum = sum(x.received for x in w.riders)
    dd = r.choice([date(2019, 10, 28), date(2019, 10, 29), date(2019, 10, 30)])
    add(dd, organiser, "Bij", ride_sum, "opbrengst sponsorfietstocht 2019", "ride")
    w.ride_deposit = (dd, ride_sum)
    add(date(2019, 3, 23), Org("AH Almere Stad ALMERE", "", ""), "Af", 11237, "", "expense", code="BA",
        mut="Betaalautomaat", meded="Pasvolgnr: 003 23-03-2019 10:12 Transactie: 4M8P2R Term: 3Q81C4")
    add(date(2018, 9, 10), drukkerij, "Af", 8640, "folders jaarproject Alo Mik!", "expense")
    # Quarterly direct debit of the printer (newsletter).
    for d in [date(2018, 10, 22), date(2019, 1, 21), date(2019, 4, 23), date(2019, 7, 22), date(2019, 10, 21),
              date(2020, 1, 20), date(2020, 4, 20)]:
        a = tri(r, 45, 90, 60)
        inv = f"{d.year}-{r.randint(1000, 9999)}"
        add(d, drukkerij, "Af", a, "", "expense", code="IC", mut="Incasso",
            meded=f"Naam: {drukkerij.bankname} Omschrijving: Factuur {inv} drukwerk ZWO-nieuwsbrief "
                  f"IBAN: {drukkerij.iban} Kenmerk: {inv} Machtiging ID: DRA-00417 "
                  f"Incassant ID: NL61ZZZ391827460000 Doorlopende incasso")

    # Lump sums of collection money from the church (ZWO Alo Mik! + ZWO Noodhulp collections).
    zwo_month = {}
    for c in w.colls:
        if c.doel in (ALO, "ZWO Noodhulp"):
            k = (c.d.year, c.d.month)
            a, o = zwo_month.get(k, (0, 0))
            zwo_month[k] = (a + c.cents, o) if c.doel == ALO else (a, o + c.cents)
    lumps = [((2018, 8), "collecte ZWO augustus", None), ((2018, 9), "collecte ZWO september", None),
             ((2018, 10), "collectegeld ZWO Alo Mik! okt/nov", [(2018, 10), (2018, 11)]),
             ((2018, 12), "Afdracht collectes ZWO", None), ((2019, 1), "collecte ZWO januari", None),
             ((2019, 2), "collecte ZWO februari", None), ((2019, 3), "Afdracht collectes ZWO maart", None),
             ((2019, 4), "collecte ZWO april", None), ((2019, 5), "collecte ZWO mei", None),
             ((2019, 6), "Afdracht collectes ZWO juni/juli", [(2019, 6), (2019, 7)]),
             ((2019, 8), "collecte ZWO augustus", None), ((2019, 9), "collecte ZWO september", None),
             ((2019, 10), "Afdracht collectes ZWO", None), ((2019, 11), "collecte ZWO november", None),
             ((2019, 12), "collectegeld ZWO Alo Mik! december", None), ((2020, 1), "collecte ZWO januari", None),
             ((2020, 2), "Afdracht collectes ZWO", [(2020, 2), (2020, 3), (2020, 4)]),
             ((2020, 5), "Afdracht collectes ZWO mei t/m juli", [(2020, 5), (2020, 6), (2020, 7)])]
    for (y, m), desc, span in lumps:
        span = span or [(y, m)]
        a = sum(zwo_month.get(k, (0, 0))[0] for k in span)
        o = sum(zwo_month.get(k, (0, 0))[1] for k in span)
        if (y, m) == (2018, 8):
            a = tri(r, 300, 700, 500)
        ly, lm = span[-1]
        ly, lm = (ly + 1, 1) if lm == 12 else (ly, lm + 1)
        d = weekday_on_or_after(date(ly, lm, r.randint(4, 19)))
        cp = church if r.random() < 0.6 else Org("PG Almere De Rank", church.bank, church.iban)
        t = add(d, cp, "Bij", a + o, desc, "lump")
        t.alo_part, t.other_part = a, o
        t.ref = f"{d.year}{r.randint(100000, 999999)}"

    # Quarterly forwarding of the money for other causes; instalments to Alo Mik!.
    def alo_in(upto):
        s = 0
        for t in txs:
            if t.d <= upto and t.afbij == "Bij" and t.kind in ("alo_gift", "alo_noref", "alo_activity", "ride"):
                s += t.cents
            elif t.d <= upto and t.kind == "lump":
                s += t.alo_part
        return s

    def other_in(a, b):
        s = 0
        for t in txs:
            if a <= t.d <= b and t.kind == "other_gift":
                s += t.cents
            elif a <= t.d <= b and t.kind == "lump":
                s += t.other_part
        return s

    prev = date(2018, 8, 1)
    for d, label in [(date(2018, 10, 8), "3e kw 2018"), (date(2019, 1, 14), "4e kw 2018"),
                     (date(2019, 4, 8), "1e kw 2019"), (date(2019, 7, 8), "2e kw 2019"),
                     (date(2019, 10, 14), "3e kw 2019"), (date(2020, 1, 13), "4e kw 2019"),
                     (date(2020, 4, 14), "1e kw 2020"), (date(2020, 7, 13), "2e kw 2020")]:
        a = other_in(prev, d - timedelta(days=1))
        prev = d
        if a > 0:
            t = add(d, kia, "Af", a, f"ZWO De Rank noodhulp en Kerk in Actie {label}", "forward_other")
            t.tag = "noodhulp"
    transferred = 0
    w.transfers = []
    for d, n in [(date(2018, 11, 19), "1e"), (date(2019, 2, 18), "2e"), (date(2019, 5, 20), "3e"),
                 (date(2019, 8, 26), "4e"), (date(2019, 11, 18), "1e"), (date(2020, 2, 17), "2e"),
                 (date(2020, 5, 18), "3e"), (date(2020, 8, 24), "4e")]:
        sa = date(2018, 9, 1) if d < date(2019, 9, 1) else date(2019, 9, 1)
        season_tr = sum(t.cents for t in w.transfers if t.d >= sa)
        # What is in the bank, and at most what came in this season: the treasurer keeps a small reserve.
        avail = min(alo_in(d) - transferred, alo_in(d) - alo_in(sa - timedelta(days=1)) - season_tr)
        amt = min(1500000, (avail - 100000) // 50000 * 50000)
        if amt < 500000:
            return None
        slot = " (slottermijn)" if n == "4e" else ""
        t = add(d, alomik, "Af", amt, f"Overmaking projectgeld Alo Mik! {n} termijn{slot}", "transfer_alo")
        t.tag = "termijn"
        transferred += amt
        w.transfers.append(t)

    # Bank costs, charged at the start of the month for the month before.
    for y, m in months():
        py, pm = (y - 1, 12) if m == 1 else (y, m - 1)
        d = weekday_on_or_after(date(y, m, 1) + timedelta(days=r.randint(0, 2)))
        n = sum(1 for t in txs if (t.d.year, t.d.month) == (py, pm))
        if (y, m) <= (2020, 5):
            a = (685 if y == 2018 else 745) + min(n, 40) * 5
            per = f"Periode {date(py, pm, 1):%d-%m-%Y} t/m {month_end(py, pm):%d-%m-%Y}"
            add(d, Org("Kosten OranjePakket", "", ""), "Af", a, "", "costs", meded=per).tag = "kosten"
        if (y, m) in ((2020, 7), (2020, 8)):
            add(d, Org("", "", ""), "Af", 925 + min(n, 40) * 4, "Kosten Rabo Basis Zakelijk", "costs_rabo")
    add(MOVE_DAY, Org("Kosten OranjePakket", "", ""), "Af", 745 + 20 * 5, "", "costs",
        meded=f"Periode 01-05-2020 t/m {MOVE_DAY:%d-%m-%Y} (opheffing)").tag = "kosten"

    # Opening balance; then the account moves: the ING balance goes to the new Rabobank account.
    w.opening = tri(r, 1500, 2600, 1900)
    txs.sort(key=lambda t: (t.d, t.order))
    ing = [t for t in txs if t.bank == "ING"]
    bal = w.opening
    for t in ing:
        bal += t.signed
    zwo_rabo = Org("ZWO De Rank", "RABO", OWN_RABO)
    zwo_ing = Org("ZWO GROEP PROT GEM ALMERE", "INGB", OWN_ING)
    mv = Tx("ING", MOVE_DAY, zwo_rabo, "Af", bal, "Opheffing rekening, saldo naar nieuwe rekening ZWO", "own", r)
    mv.order = 2.0
    mv2 = Tx("RABO", MOVE_DAY, zwo_ing, "Bij", bal, "Opheffing rekening, saldo naar nieuwe rekening ZWO", "own", r)
    txs += [mv, mv2]
    txs.sort(key=lambda t: (t.d, t.order))
    for bank, start in (("ING", w.opening), ("RABO", 0)):
        bal = start
        seq = 0
        for t in txs:
            if t.bank != bank:
                continue
            bal += t.signed
            if bal < 0:
                return None
            t.saldo = bal
            if bank == "RABO":
                seq += 1
                t.volgnr = f"{seq:018d}"
    # Codes for the Rabobank rows.
    for t in txs:
        if t.bank == "RABO":
            t.code = {"Bij": r.choice(["cb", "cb", "cb", "bg"]), "Af": "tb"}[t.afbij] if t.kind not in (
                "costs_rabo",) else "db"
    # Tags in the newer ING layout.
    for t in txs:
        if t.kind == "alo_gift" and not t.tag and r.random() < 0.15:
            t.tag = "alomik"
    w.txs = txs
    w.transferred = transferred
    return w


# ---------------------------------------------------------------------------------------------------
# Rendering.

BOM = b"\xef\xbb\xbf"
HDR_A = ["Datum", "Naam / Omschrijving", "Rekening", "Tegenrekening", "Code", "Af Bij", "Bedrag (EUR)",
         "MutatieSoort", "Mededelingen"]
HDR_B = ["Datum", "Naam / Omschrijving", "Rekening", "Tegenrekening", "Code", "Af Bij", "Bedrag (EUR)",
         "Mutatiesoort", "Mededelingen", "Saldo na mutatie", "Tag"]
HDR_R = ["IBAN/BBAN", "Munt", "BIC", "Volgnr", "Datum", "Rentedatum", "Bedrag", "Saldo na trn",
         "Tegenrekening IBAN/BBAN", "Naam tegenpartij", "Naam uiteindelijke partij", "Naam initiërende partij",
         "BIC tegenpartij", "Code", "Batch ID", "Transactiereferentie", "Machtigingskenmerk", "Incassant ID",
         "Betalingskenmerk", "Omschrijving-1", "Omschrijving-2", "Omschrijving-3", "Reden retour",
         "Oorspr bedrag", "Oorspr munt", "Koers"]


def q(s):
    return '"' + s.replace('"', '""') + '"'


def xl(s, sep=";"):
    if sep in s or '"' in s or "\n" in s:
        return q(s)
    return s


def layout(y, m):
    if (y, m) <= (2019, 8):
        return "a"
    if (y, m) <= (2020, 5):
        return "b"
    return "r"


def bank_files(w):
    """name -> (bytes, [(line, tx id or None, valid)]) for every monthly bank export."""
    rw = random.Random(f"zwo-{w.seed}-windows")
    out = {}
    for y, m in months():
        k = rw.randint(7, 10)
        start = date(y, m, 1) - timedelta(days=k)
        end = month_end(y, m)
        lay = layout(y, m)
        name = f"bank_{y:04d}-{m:02d}.csv"
        bank = "RABO" if lay == "r" else "ING"
        sel = [t for t in w.txs if t.bank == bank and start <= t.d <= end]
        later = (y, m) > (2020, 1)  # late tag visible from the 2020-02 export on
        rows = []
        for t in sel:
            if lay in "ab":
                code, mut, meded = ing_fields(t)
                f = [t.d.strftime("%Y%m%d"), t.cp.bankname, OWN_ING, t.cp.iban, code, t.afbij, nl(t.cents), mut,
                     meded]
                if lay == "b":
                    f += [nl(t.saldo), t.tag if (not t.tag_late or later) else ""]
            else:
                cp = t.cp
                f = [OWN_RABO, "EUR", "RABONL2U", t.volgnr, t.d.isoformat(), t.d.isoformat(), nl(t.signed, True),
                     nl(t.saldo, True), cp.iban, cp.bankname, "", "", BIC.get(cp.bank, ""), t.code, "",
                     "NOTPROVIDED" if t.afbij == "Bij" and cp.bank == "RABO" and t.id % 3 == 0 else "", "", "",
                     "", t.desc, "", "", "", "", "", ""]
                if t.kind == "costs_rabo":
                    py, pm = (t.d.year, t.d.month - 1)
                    f[20] = f"Periode {date(py, pm, 1):%d-%m-%Y} t/m {month_end(py, pm):%d-%m-%Y}"
                if t.kind == "lump":
                    f[18] = t.ref
            bad = w.bad_bank.get(t.id)
            valid = True
            if bad and bad[0] == name:
                valid = False
                col = bad[1]
                hdr = HDR_A if lay == "a" else HDR_B
                if bad[2] is None:
                    del f[hdr.index(col)]
                else:
                    f[hdr.index(col if col != "Bedrag" else "Bedrag (EUR)")] = bad[2]
            elif bad:
                raise SystemExit(f"planted bad transaction {t.id} appears in {name}")
            rows.append((t, f, valid))
        if lay in "ab":
            rows.reverse()  # ING: newest first
        sep = "," if lay in "ar" else ";"
        hdr = {"a": HDR_A, "b": HDR_B, "r": HDR_R}[lay]
        lines = [sep.join(q(h) for h in hdr)]
        index = []
        for t, f, valid in rows:
            lines.append(sep.join(q(x) for x in f))
            index.append((len(lines), t.id, valid))
        nlc = "\n" if lay == "r" else "\r\n"
        text = nlc.join(lines) + nlc
        data = text.encode("latin-1") if lay == "a" else text.encode("utf-8")
        out[name] = (data, index, (start, end), lay)
    return out


def collect_files(w):
    out = {}
    for name, a, b in SEASONS:
        rows = [c for c in w.colls if a <= c.d <= b]
        old = name == "2018-2019"
        lines = ["Datum;Dienst;Doel;Bedrag"]
        index = []
        total = 0
        for c in rows:
            ds = f"{c.d.day}-{c.d.month}-{c.d.year}" if old else c.d.strftime("%d-%m-%Y")  # Excel: d-m-jjjj
            f = [ds, c.dienst, c.doel, "€ " + nl(c.cents)]
            if c.bad:
                f[["Datum", "Dienst", "Doel", "Bedrag"].index(c.bad[0])] = c.bad[1]
            if not (c.bad and c.bad[0] == "Bedrag"):
                total += c.cents
            lines.append(";".join(xl(x) for x in f))
            index.append((len(lines), c))
        if old:
            lines += ["", f"Totaal;;;€ {nl(total)}"]
        text = "\r\n".join(lines) + "\r\n"
        data = text.encode("cp1252") if old else BOM + text.encode("utf-8")
        out[f"collectes_{name}.csv"] = (data, index)
    return out


def ride_file(w):
    lines = ["Datum;Deelnemer;Afstand (km);Per km;Vast bedrag;Ontvangen"]
    index = []
    for rd in w.riders:
        f = [RIDE_DATE.strftime("%d-%m-%Y"), rd.name, str(rd.km), nl(rd.per_km) if rd.per_km else "",
             nl(rd.vast) if rd.vast else "", nl(rd.received)]
        if rd.bad:
            f[2] = rd.bad
        lines.append(";".join(xl(x) for x in f))
        index.append((len(lines), rd))
    return BOM + ("\r\n".join(lines) + "\r\n").encode("utf-8"), index


BEGROTING = [("Huur wijkcentrum Tirana", 960000), ("Salaris lerares", 1248000),
             ("Salaris maatschappelijk werker", 936000), ("Schoolmaterialen en kleding", 425000),
             ("Voedselpakketten winter", 390000), ("Huiswerkbegeleiding", 432000), ("Medische zorg", 283500),
             ("Ouderprogramma (hygiëne, budgettering)", 240000), ("Zomerkamp kinderen", 190000),
             ("Reiskosten begeleiders", 120000)]


def begroting_file():
    assert sum(a for _, a in BEGROTING) == PLAN
    lines = ["Post;Bedrag"] + [f"{p};{nl(a)}" for p, a in BEGROTING] + [f"Totaal;{nl(PLAN)}"]
    return BOM + ("\r\n".join(lines) + "\r\n").encode("utf-8")


def plant_other_bad_rows(w, seed):
    """Collections and ride: the planted rows (picked deterministically)."""
    r = random.Random(f"zwo-{seed}-plants")
    alo1 = [c for c in w.colls if c.doel == ALO and c.dienst == "Ochtenddienst"
            and date(2019, 3, 1) <= c.d <= date(2019, 3, 31)]
    c = alo1[0]
    c.bad = ("Bedrag", "€ 12,3,4", f"Bedrag '€ 12,3,4' is not an amount (ZWO Alo Mik!, really € {nl(c.cents)})")
    ev = [x for x in w.colls if x.dienst == "Avonddienst" and date(2019, 1, 1) <= x.d]
    c = ev[0]
    c.bad = ("Doel", "", f"Doel empty (Avonddienst, € {nl(c.cents)})")
    # 29-09-2019 written as 31-09-2019 (a ZWO Sunday, see make_collections).
    c = [x for x in w.colls if x.d == date(2019, 9, 29) and x.doel == ALO][0]
    c.bad = ("Datum", "31-09-2019", f"Datum '31-09-2019' is not a date (ZWO Alo Mik! of 29-09-2019, € {nl(c.cents)})")
    rd = [x for x in w.riders if x.km == 50 and x.received > 0]
    rd = rd[len(rd) // 2]
    rd.bad = "vijftig"


# ---------------------------------------------------------------------------------------------------
# An independent reader: checks the files and computes the expected figures from the valid rows.

RE_NL = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})*|\d+),\d{2}$")


def amount(s):
    s = s.strip().replace("€", "").strip()
    if not RE_NL.match(s):
        return None
    neg = s.startswith("-")
    s = s.lstrip("+-").replace(".", "").replace(",", "")
    return -int(s) if neg else int(s)


def pdate(s, fmt):
    try:
        if fmt == "ymd":
            if not re.fullmatch(r"\d{8}", s):
                return None
            return date(int(s[:4]), int(s[4:6]), int(s[6:]))
        if fmt == "iso":
            return date.fromisoformat(s)
        m = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", s)
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None
    except ValueError:
        return None


def decode(data):
    if data.startswith(BOM):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "cp1252"


def sniff_rows(text):
    first = text.split("\n", 1)[0]
    sep = ";" if first.count(";") > first.count(",") else ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))


def read_bank(name, data):
    """Valid rows as (key, record) and rejected (line, reason). Key: a transaction's identity."""
    text, enc = decode(data)
    rows = sniff_rows(text)
    hdr = rows[0]
    lay = {tuple(HDR_A): "a", tuple(HDR_B): "b", tuple(HDR_R): "r"}[tuple(hdr)]
    valid, bad = [], []
    for i, f in enumerate(rows[1:], start=2):
        if len(f) != len(hdr):
            bad.append((i, f"{len(f)} cells instead of {len(hdr)}"))
            continue
        g = dict(zip(hdr, f))
        if lay == "r":
            d, a = pdate(g["Datum"], "iso"), amount(g["Bedrag"])
            if d is None or a is None:
                bad.append((i, "date/amount"))
                continue
            desc = " ".join(x for x in (g["Omschrijving-1"], g["Omschrijving-2"], g["Omschrijving-3"]) if x)
            rec = dict(d=d, cents=abs(a), afbij="Bij" if a > 0 else "Af", cp=g["Tegenrekening IBAN/BBAN"],
                       name=g["Naam tegenpartij"], desc=desc)
            key = (g["IBAN/BBAN"], g["Volgnr"])
        else:
            d, a = pdate(g["Datum"], "ymd"), amount(g["Bedrag (EUR)"])
            if d is None or a is None or g["Af Bij"] not in ("Af", "Bij"):
                bad.append((i, "date/amount"))
                continue
            rec = dict(d=d, cents=a, afbij=g["Af Bij"], cp=g["Tegenrekening"], name=g["Naam / Omschrijving"],
                       desc=g["Mededelingen"])
            # Saldo and Tag are left out: the older layout has neither (the two layouts overlap in
            # 22..31-08-2019), and the Tag is the treasurer's label, which can change between downloads.
            key = tuple(g[h] for h in HDR_A[:7]) + (g[HDR_A[7]] if lay == "a" else g[HDR_B[7]], g["Mededelingen"])
        valid.append((i, key, rec))
    return lay, enc, valid, bad


def dedupe(per_file):
    """Identical rows within one export are distinct transactions: count each key max(count per export)."""
    best, recs = {}, {}
    for name, valid in per_file:
        cnt = Counter(k for _, k, _ in valid)
        for _, k, rec in valid:
            recs[k] = rec
        for k, n in cnt.items():
            best[k] = max(best.get(k, 0), n)
    return best, recs


def check_and_figure(w, files):
    """Read every file back; verify plants, de-duplication and classification; return the figures."""
    problems = []
    # Bank.
    per_file = []
    truth_valid = set()
    appearances = 0
    rows_total = 0
    rejected = []
    for name in sorted(n for n in files if n.startswith("bank_")):
        data, index, window, lay = files[name]
        lay2, enc, valid, bad = read_bank(name, data)
        want_enc = {"a": "cp1252", "b": "utf-8", "r": "utf-8"}[lay]  # latin-1 bytes decode as cp1252 here
        if lay == "a" and data.isascii():
            want_enc = "utf-8"  # nothing outside ASCII this month
        if lay2 != lay or enc != want_enc:
            problems.append(f"{name}: layout {lay2}/{enc}")
        rows_total += len(index)
        want_bad = sorted(line for line, _, ok in index if not ok)
        if sorted(line for line, _ in bad) != want_bad:
            problems.append(f"{name}: rejected {bad}, planted {want_bad}")
        rejected += [(name, line, reason) for line, reason in bad]
        per_file.append((name, valid))
        for line, tid, ok in index:
            if ok:
                truth_valid.add(tid)
                appearances += 1
    best, recs = dedupe(per_file)
    unique = sum(best.values())
    if unique != len(truth_valid):
        problems.append(f"de-duplication gives {unique} transactions, generated {len(truth_valid)}")
    # Classification by the text rule against the intended kinds.
    byid = {t.id: t for t in w.txs}
    rule_alo = Counter()
    for k, n in best.items():
        rec = recs[k]
        if (rec["afbij"] == "Bij" and ALO_RULE.search(rec["desc"]) and rec["cp"] != w.church.iban
                and "sponsorfietstocht" not in rec["desc"].casefold()):
            rule_alo[(rec["d"], rec["cents"])] += n
    intended = Counter((byid[i].d, byid[i].cents) for i in truth_valid if byid[i].kind in INTENDED_ALO)
    if rule_alo != intended:
        problems.append(f"text rule and intended classification differ: {(rule_alo - intended)} / "
                        f"{(intended - rule_alo)}")
    rule_tr = sorted((rec["d"], rec["cents"]) for k, rec in recs.items()
                     if rec["afbij"] == "Af" and rec["cp"] == w.alomik.iban)
    if rule_tr != sorted((t.d, t.cents) for t in w.transfers):
        problems.append("transfers to Alo Mik! differ")
    # Running balances (newer ING layout and Rabobank) in date order.
    for name in sorted(n for n in files if n.startswith("bank_")):
        data, index, window, lay = files[name]
        if lay == "a":
            continue
        text, _ = decode(data)
        rows = sniff_rows(text)[1:]
        if lay == "b":
            rows = [r for r in rows if len(r) == 11][::-1]
            prev = None
            for r in rows:
                a, s = amount(r[6]), amount(r[9])
                if a is None:  # the planted amount: trust the balances around it
                    prev = s
                    continue
                if prev is not None and prev + (a if r[5] == "Bij" else -a) != s:
                    problems.append(f"{name}: saldo not running at {r[0]}")
                prev = s
        else:
            prev = None
            for r in rows:
                a, s = amount(r[6]), amount(r[7])
                if prev is not None and prev + a != s:
                    problems.append(f"{name}: saldo not running at {r[3]}")
                prev = s
    # Collections.
    coll = []
    for name in sorted(n for n in files if n.startswith("collectes_")):
        data, index = files[name]
        text, enc = decode(data)
        if enc != ("cp1252" if "2018" in name else "utf-8-sig"):
            problems.append(f"{name}: encoding {enc}")
        rows = sniff_rows(text)
        planted = sorted(line for line, c in index if c.bad)
        got = []
        for i, f in enumerate(rows[1:], start=2):
            if not f or not any(f) or f[0] == "Totaal":
                continue
            d, a = pdate(f[0], "dmy"), amount(f[3])
            if d is None or a is None or f[2].strip().casefold() not in {x.casefold() for x in DOELEN}:
                got.append(i)
                rejected.append((name, i, "collection"))
                continue
            coll.append((d, f[2], a))
        if got != planted:
            problems.append(f"{name}: rejected {got}, planted {planted}")
    # Ride.
    data, index = files["sponsorfietstocht_2019.csv"]
    text, _ = decode(data)
    ride = []
    for i, f in enumerate(sniff_rows(text)[1:], start=2):
        if not f[2].isdigit():
            rejected.append(("sponsorfietstocht_2019.csv", i, "Afstand"))
            continue
        km, per, vast, rec = int(f[2]), amount(f[3]) if f[3] else 0, amount(f[4]) if f[4] else 0, amount(f[5])
        ride.append((pdate(f[0], "dmy"), km * per + vast, rec))
    if problems:
        raise SystemExit("self-check failed:\n  " + "\n  ".join(problems))

    # Figures (from the valid rows; bank classification as intended).
    fig = {}
    valid_tx = [byid[i] for i in sorted(truth_valid)]

    def figures(a, b):
        c = sum(x for d, doel, x in coll if a <= d <= b and doel == ALO)
        g = sum(t.cents for t in valid_tx if a <= t.d <= b and t.kind in INTENDED_ALO)
        rr = sum(rec for d, _, rec in ride if a <= d <= b)
        tr = sum(t.cents for t in valid_tx if a <= t.d <= b and t.kind == "transfer_alo")
        nr = [t for t in valid_tx if a <= t.d <= b and t.kind == "alo_noref"]
        total = c + g + rr
        sa, sb = [(x, y) for _, x, y in SEASONS if x <= a <= y][0]
        prog = (Decimal(total) * ((sb - sa).days + 1) / ((b - sa).days + 1)).quantize(Decimal(1), ROUND_HALF_UP)
        return dict(coll=c, gifts=g, ride=rr, total=total, transferred=tr, noref=(len(nr), sum(t.cents for t in nr)),
                    prognosis=int(prog), elapsed=(b - sa).days + 1, season_days=(sb - sa).days + 1)

    for name, a, b in SEASONS:
        fig[name] = figures(a, b)
        fig[name]["months"] = []
        for y, m in months():
            ms, me = date(y, m, 1), month_end(y, m)
            if a <= ms <= b:
                fig[name]["months"].append((f"{y}-{m:02d}", figures(ms, me)))
    for name, d in AS_OF:
        a = [s for s in SEASONS if s[0] == name][0][1]
        fig[f"asof-{name}"] = figures(a, d)
    fig["bank_rows"] = rows_total
    fig["bank_valid"] = appearances
    fig["bank_unique"] = unique
    fig["bank_dupes"] = appearances - unique
    fig["rejected"] = rejected
    fig["ride_pledged"] = sum(p for _, p, _ in ride)
    fig["ride_received"] = sum(x for _, _, x in ride)
    fig["ride_valid"] = len(ride)
    fig["ride_zero"] = sum(1 for _, p, x in ride if x == 0)
    fig["ride_short"] = sum(1 for _, p, x in ride if 0 < x < p)
    fig["valid_tx"] = valid_tx
    return fig


# ---------------------------------------------------------------------------------------------------

def generate(seed):
    for attempt in range(200):
        w = build(seed, attempt)
        if w is None:
            continue
        plant_other_bad_rows(w, seed)
        files = bank_files(w)
        files.update(collect_files(w))
        data, idx = ride_file(w)
        files["sponsorfietstocht_2019.csv"] = (data, idx)
        files["begroting_alomik.csv"] = (begroting_file(), [])
        fig = check_and_figure(w, files)
        ok = all(TARGET[s][0] <= fig[s]["total"] / PLAN <= TARGET[s][1] for s, _, _ in SEASONS)
        ok = ok and all(0.85 * fig[s]["total"] <= fig[s]["transferred"] < fig[s]["total"] for s, _, _ in SEASONS)
        if ok:
            w.attempt = attempt
            return w, files, fig
    raise SystemExit("no attempt met the targets")


def print_summary(seed, w, files, fig):
    P = print
    P(f"Seed {seed} (attempt {w.attempt}); plan € {nl(PLAN)}. Figures from the valid rows only; bank gifts "
      "classified as the generator intended (see below).")
    P()
    P("| season | collecties ZWO Alo Mik! | giften bank | sponsorfietstocht | totaal | % van plan | "
      "overgemaakt | nog over te maken | giften zonder kenmerk (niet meegeteld) |")
    P("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for key, label in [("2018-2019", "2018-2019"), ("asof-2018-2019", "2018-2019 t/m 31-01-2019"),
                       ("2019-2020", "2019-2020"), ("asof-2019-2020", "2019-2020 t/m 31-01-2020")]:
        f = fig[key]
        P(f"| {label} | {nl(f['coll'])} | {nl(f['gifts'])} | {nl(f['ride'])} | {nl(f['total'])} | "
          f"{pct_text(f['total'])} | {nl(f['transferred'])} | {nl(f['total'] - f['transferred'])} | "
          f"{f['noref'][0]} (€ {nl(f['noref'][1])}) |")
    P()
    P("Prognose (raised so far / days elapsed x days in the season, 1 September and the report date both counted, "
      "rounded half up to cents):")
    P()
    for key, label in [("asof-2018-2019", "2018-2019 t/m 31-01-2019"), ("asof-2019-2020", "2019-2020 t/m 31-01-2020"),
                       ("2018-2019", "2018-2019 (whole season)"), ("2019-2020", "2019-2020 (whole season)")]:
        f = fig[key]
        P(f"- {label}: {nl(f['total'])} / {f['elapsed']} x {f['season_days']} = {nl(f['prognosis'])}")
    P()
    for s, _, _ in SEASONS:
        P(f"Verloop {s} (raised per month = collecties + giften + fietstocht; plan to date = 52.245,00 x days "
          f"from 1 September to the month's last day, both included / days in the season, rounded to cents):")
        P()
        P("| month | collecties | giften | fietstocht | raised | cumulative | plan to date |")
        P("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        cum = 0
        sa, sb = [(a, b) for n, a, b in SEASONS if n == s][0]
        for mname, f in fig[s]["months"]:
            cum += f["total"]
            me = month_end(int(mname[:4]), int(mname[5:]))
            even = (Decimal(PLAN) * ((me - sa).days + 1) / ((sb - sa).days + 1)).quantize(Decimal(1), ROUND_HALF_UP)
            P(f"| {mname} | {nl(f['coll'])} | {nl(f['gifts'])} | {nl(f['ride'])} | {nl(f['total'])} | {nl(cum)} | "
              f"{nl(int(even))} |")
        P()
    P(f"Transfers to Stichting Alo Mik! (Af): " + "; ".join(f"{t.d:%d-%m-%Y} € {nl(t.cents)}" for t in w.transfers))
    P()
    P(f"Sponsorfietstocht 14-09-2019 (valid rows: {fig['ride_valid']} of {len(w.riders)}): pledged € "
      f"{nl(fig['ride_pledged'])}, received € {nl(fig['ride_received'])}, outstanding € "
      f"{nl(fig['ride_pledged'] - fig['ride_received'])} ({fig['ride_short']} paid less, {fig['ride_zero']} paid "
      f"nothing yet). Deposited {w.ride_deposit[0]:%d-%m-%Y}: € {nl(w.ride_deposit[1])} = Ontvangen of all "
      f"{len(w.riders)} rows, the rejected row included.")
    P()
    P(f"Bank exports: {len([n for n in files if n.startswith('bank_')])} files, {fig['bank_rows']} transaction rows, "
      f"{fig['bank_rows'] - fig['bank_valid']} rejected, {fig['bank_valid']} valid; {fig['bank_unique']} unique "
      f"transactions, {fig['bank_dupes']} duplicated appearances (overlaps).")
    vt = fig["valid_tx"]
    P()
    P("Unique valid bank transactions by intended class (date in the season):")
    P()
    P("| class | 2018-2019 | 2019-2020 | outside (Aug 2018) |")
    P("| --- | --- | --- | --- |")
    classes = [("alo_gift", "Bij: gift for Alo Mik! (counted)"),
               ("alo_activity", "Bij: ZWO activity for Alo Mik! (counted as a gift)"),
               ("alo_noref", "Bij: regular giver, no description (NOT counted)"),
               ("other_gift", "Bij: gift for another ZWO cause"),
               ("lump", "Bij: collection money from the church (excluded)"),
               ("ride", "Bij: sponsor ride deposit (excluded)"),
               ("own", "Bij/Af: balance moved ING -> Rabobank (own accounts)"),
               ("transfer_alo", "Af: transfer to Stichting Alo Mik! (Overgemaakt)"),
               ("forward_other", "Af: forwarded to Kerk in Actie"),
               ("expense", "Af: printing, shopping (not a transfer)"),
               ("costs", "Af: bank costs ING"), ("costs_rabo", "Af: bank costs Rabobank")]
    for k, label in classes:
        cells = []
        for a, b in [(SEASONS[0][1], SEASONS[0][2]), (SEASONS[1][1], SEASONS[1][2]), (date(2018, 8, 1), date(2018, 8, 31))]:
            ts = [t for t in vt if t.kind == k and a <= t.d <= b]
            cells.append(f"{len(ts)} / € {nl(sum(t.cents for t in ts))}")
        P(f"| {label} | " + " | ".join(cells) + " |")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="Generate ZWO De Rank sample exports (deterministic).")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    ap.add_argument("--summary", action="store_true", help="print the expected figures; write nothing")
    ap.add_argument("--dir", default=os.path.join(here, "zwo"), help="output directory (default: zwo/ beside this script)")
    args = ap.parse_args()
    w, files, fig = generate(args.seed)
    if args.summary:
        print_summary(args.seed, w, files, fig)
        print()
        print("Planted bad rows:")
        print()
        print("| file | line | what |")
        print("| --- | ---: | --- |")
        for name in sorted(files):
            val = files[name]
            if name.startswith("bank_"):
                for line, tid, ok in val[1]:
                    if not ok:
                        print(f"| {name} | {line} | {w.bad_bank[tid][3]} |")
            elif name.startswith("collectes_"):
                for line, c in val[1]:
                    if c.bad:
                        print(f"| {name} | {line} | {c.bad[2]} |")
            elif name.startswith("sponsor"):
                for line, rd in val[1]:
                    if rd.bad:
                        print(f"| {name} | {line} | Afstand (km) '{rd.bad}' is not a number ({rd.name}, 50 km, "
                              f"Ontvangen {nl(rd.received)}) |")
        print()
        print("Genuinely equal gifts (both rows count, in each export that holds them):")
        print()
        byid = {t.id: t for t in w.txs}
        for pair in ("A", "B"):
            ids = {t.id for t in w.txs if t.pair == pair}
            t = byid[min(ids)]
            where = []
            for name in sorted(n for n in files if n.startswith("bank_")):
                lines = [str(line) for line, tid, ok in files[name][1] if tid in ids]
                if lines:
                    where.append(f"{name} lines {' and '.join(lines)}")
            print(f"- {t.d:%d-%m-%Y} {t.cp.bankname}, € {nl(t.cents)} '{t.desc}' twice: " + "; ".join(where))
        late = [t for t in w.txs if t.tag_late][0]
        where = []
        for name in sorted(n for n in files if n.startswith("bank_")):
            lines = [str(line) for line, tid, ok in files[name][1] if tid == late.id]
            if lines:
                where.append(f"{name} line {lines[0]}")
        print()
        print(f"Tag added between downloads: {late.d:%d-%m-%Y} {late.cp.bankname} € {nl(late.cents)}: " +
              "; ".join(where) + " (Tag empty in the first, 'alomik' in the second; one transaction)")
        return
    total = write_files(args.dir, {name: value[0] for name, value in files.items()})
    print(f"wrote {len(files)} files ({total / 1e3:.0f} kB) to {args.dir}")


if __name__ == "__main__":
    main()
