#!/usr/bin/env python3
"""Seeded, deterministic generator of the Activeringscentra Almere sample exports (EXPORTS.md section 2).

Models the three activation centres of Almere (Haven / De Hoven, Buiten / Bouwmeesterbuurt, Stad /
Stedenwijk): people on benefits far from the labour market ("medewerkers") start, go through the four steps
(1 Onderzoek, 2 Training, 3 Aan de slag, 4 Uitstroom) and leave after 3-24 months, to volunteer work, a
re-integration track, paid work or education (positive outflow), or they drop out, move or leave for another
reason. Meanwhile they do jobs ("klussen") for the neighbourhood on request of the integrale wijkaanpak,
the shopkeepers, resident groups, the housing corporation or the community centre.

One workbook per quarter, `activering/activeringscentra_<yyyy>-Q<n>.xlsx`, 2019-Q1 .. 2024-Q4:
  Deelnemers  full snapshot as of the quarter's last day (everyone who started on or before that day)
  Klussen     the jobs done in that quarter only (new rows; a few repeated in the next workbook)

Usage:
  python3 SampleData/generate_activering.py            # writes SampleData/activering/*.xlsx
  python3 SampleData/generate_activering.py --summary  # prints the expected figures and the planted rows; writes nothing

Same command, same bytes: only random.Random(seed) instances (string seeds), never the clock or global
random. The workbooks are written by openpyxl, then post-processed the way Excel itself writes them:
openpyxl 3.1 writes strings inline (t="inlineStr"), so they are moved into a shared-string table
(xl/sharedStrings.xml, t="s"); the explicit t="n" on numbers is dropped; docProps/core.xml carries fixed
times (the quarter's last day) and the zip entries are rewritten in sorted order with a fixed timestamp.
Before writing (and before --summary) every workbook is read back with openpyxl and validated; the
generator stops unless exactly the planted rows are rejected and the figures from the read-back rows equal
the figures of the model. All ids are fictional; nothing here is personal data.
"""

import argparse
import datetime as dt
import io
import os
import random
import re
import sys
import zipfile
from collections import Counter, defaultdict
from datetime import date, timedelta
from fractions import Fraction
import math

import openpyxl
from openpyxl.styles import Font, PatternFill
from openpyxl.writer.excel import ExcelWriter

from generator_support import next_q, q_first, q_last, q_name, q_of, quarters as calendar_quarters, write_files

DEFAULT_SEED = 36  # Almere's area code

CENTRES = {  # code -> (Centrum value, neighbourhood, opened, base starts a quarter, stay median days, P(positive))
    "H": ("Haven (De Hoven)", "De Hoven", date(2017, 1, 9), 8, 270, 0.57),
    "B": ("Buiten (Bouwmeesterbuurt)", "Bouwmeesterbuurt", date(2017, 5, 1), 7, 265, 0.49),
    "S": ("Stad (Stedenwijk)", "Stedenwijk", date(2017, 9, 4), 9, 290, 0.53),
}
CODES = ["H", "B", "S"]
CENTRUM_CODE = {v[0]: k for k, v in CENTRES.items()}
STAPPEN = ["1 Onderzoek", "2 Training", "3 Aan de slag", "4 Uitstroom"]
POSITIVE = ["Vrijwilligerswerk", "Re-integratietraject", "Betaald werk", "Opleiding"]
NEGATIVE = ["Uitval", "Verhuisd", "Overig"]
DESTINATIONS = POSITIVE + NEGATIVE
POS_WEIGHTS = [45, 30, 12, 13]
NEG_WEIGHTS = [60, 20, 20]
AANVRAGERS = ["Integrale wijkaanpak", "Winkeliersoverleg", "Bewonersgroep De Hoven", "Bewonersgroep Stedenwijk",
              "Woningcorporatie", "Buurthuis"]

FIRST_Q, LAST_Q = (2019, 1), (2024, 4)
SUMMARY_Q = [(2022, 4), (2024, 4)]
COVID_Q = (2020, 2)
COVID_PAUSE = (date(2020, 3, 16), date(2020, 6, 30))
OVERLAP_AFTER = [(2019, 4), (2021, 2), (2022, 3), (2024, 3)]  # last klussen of these quarters repeated in the next
TEXT_DATES_Q = (2021, 3)       # a few Startdatum cells pasted as text
SWAPPED_Q = (2023, 1)          # Klussen sheet first
TRAILING_Q = (2022, 4)         # formatted empty rows below Deelnemers
TRAILING_ROWS = 30

DEELNEMERS_HEADER = ["Deelnemer-ID", "Centrum", "Startdatum", "Stap", "Einddatum", "Uitstroom naar"]
KLUSSEN_HEADER = ["Datum", "Centrum", "Klus", "Aanvrager", "Uren"]
DATE_FMT_D = "dd-mm-yyyy"   # Deelnemers
DATE_FMT_K = "d-m-yyyy"     # Klussen

# Jobs: (text, aanvragers it plausibly comes from, weight). {wijk} is the centre's neighbourhood.
KLUSSEN_COMMON = [
    ("Koffieochtend buurthuis", ["Buurthuis"], 6),
    ("Boodschappen voor buurtbewoners", ["Integrale wijkaanpak", "Buurthuis"], 5),
    ("Snoeien plantsoen", ["Woningcorporatie", "Integrale wijkaanpak"], 4),
    ("Fietsen repareren", ["Buurthuis", "Integrale wijkaanpak"], 4),
    ("Zwerfafval prikken {wijk}", ["Integrale wijkaanpak", "Woningcorporatie", "BEWONERS"], 5),
    ("Opruimen speeltuin {wijk}", ["BEWONERS", "Woningcorporatie"], 4),
    ("Bingo voor de buurt", ["Buurthuis", "BEWONERS"], 3),
    ("Naailes voor buurtbewoners", ["Buurthuis"], 3),
    ("Flyers bezorgen buurtactiviteit", ["Buurthuis", "Integrale wijkaanpak", "BEWONERS"], 3),
    ("Helpen bij buurtfeest", ["BEWONERS", "Buurthuis"], 2),
    ("Schilderen hekwerk portiekflat", ["Woningcorporatie"], 2),
    ("Gastvrouw ontmoetingsplek", ["Buurthuis", "Integrale wijkaanpak"], 3),
    ("Taalcafé ondersteunen", ["Buurthuis"], 2),
    ("Website activeringscentrum bijwerken", ["Integrale wijkaanpak"], 1),
]
KLUSSEN_EXTRA = {
    "H": [("Koopstroomonderzoek centrum Haven", ["Winkeliersoverleg"], 3),
          ("Gastvrouw Wierdenhok", ["Bewonersgroep De Hoven", "Buurthuis"], 4),
          ("Plan kinderboerderij Haven", ["Integrale wijkaanpak", "Bewonersgroep De Hoven"], 1),
          ("Etalages versieren winkelcentrum", ["Winkeliersoverleg"], 2)],
    "B": [("Moestuin Bouwmeesterbuurt", ["Woningcorporatie", "Integrale wijkaanpak"], 3),
          ("Welkomstpakket nieuwe bewoners", ["Woningcorporatie"], 2)],
    "S": [("Onderzoek ontmoetingsplekken Stedenwijk", ["Integrale wijkaanpak", "Bewonersgroep Stedenwijk"], 3),
          ("Rode Kruispost: handtekeningen ophalen", ["Bewonersgroep Stedenwijk"], 1),
          ("Opruimen winkelstraat Stedenwijk", ["Winkeliersoverleg", "Integrale wijkaanpak"], 2)],
}
BEWONERS = {"H": "Bewonersgroep De Hoven", "B": "Integrale wijkaanpak", "S": "Bewonersgroep Stedenwijk"}
UREN = [(1, 2), (1.5, 3), (2, 8), (2.5, 5), (3, 8), (3.5, 3), (4, 6), (5, 2), (6, 2), (8, 1)]


# ---------------------------------------------------------------------------------------------- calendar

def quarters(first=FIRST_Q, last=LAST_Q):
    return calendar_quarters(first, last)


def weekday_between(rng, a, b):
    while True:
        d = a + timedelta(days=rng.randint(0, (b - a).days))
        if d.weekday() < 5:
            return d


def to_weekday(d):
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def nl_date(d):
    return f"{d:%d-%m-%Y}"


# ---------------------------------------------------------------------------------------------- figures

def percentile_inc(values, p):
    """Excel PERCENTILE.INC: linear interpolation between closest ranks, rank = p * (n - 1)."""
    xs = sorted(values)
    if not xs:
        return None
    r = Fraction(p) * (len(xs) - 1)
    lo = math.floor(r)
    hi = min(lo + 1, len(xs) - 1)
    v = xs[lo] + (r - lo) * (xs[hi] - xs[lo])
    return v


def fmt_num(v):
    if v is None:
        return "-"
    v = Fraction(v)
    if v.denominator == 1:
        return str(v.numerator)
    return fmt_dec(v, 1) if (v * 10).denominator == 1 else fmt_dec(v, 2)


def round_half_away(v, places):
    v = Fraction(v)
    scale = 10 ** places
    s = abs(v) * scale
    n = math.floor(s + Fraction(1, 2))
    return Fraction(n if v >= 0 else -n, scale)


def fmt_dec(v, places):
    r = round_half_away(v, places)
    sign = "-" if r < 0 else ""
    r = abs(r)
    whole = math.floor(r)
    frac = round((r - whole) * 10 ** places)
    return f"{sign}{whole}.{frac:0{places}d}" if places else f"{sign}{whole}"


def pct(part, whole):
    if whole == 0:
        return "-"
    return fmt_dec(Fraction(100 * part, whole), 1) + "%"


# ---------------------------------------------------------------------------------------------- model

class P:
    __slots__ = ("code", "num", "id", "start", "s2", "s3", "end", "dest")

    def stap_on(self, d):
        if self.end <= d:
            return STAPPEN[3]
        if d >= self.s3:
            return STAPPEN[2]
        if d >= self.s2:
            return STAPPEN[1]
        return STAPPEN[0]


class Klus:
    __slots__ = ("datum", "code", "klus", "aanvrager", "uren")

    def key(self):
        return (self.datum, self.code, self.klus, self.aanvrager, self.uren)


def build_participants(rng):
    """Quarter by quarter per centre: 4-12 starts, more when the group is small, fewer when it is full
    (the centres have room for about 20-30 medewerkers); each start gets its whole path at once."""
    people = []
    for code in CODES:
        name, wijk, opened, base, median, ppos = CENTRES[code]
        crng = random.Random(f"{rng.random()}-{code}")
        mine = []
        yq = q_of(opened)
        while yq <= LAST_Q:
            a, b = max(q_first(yq), opened), q_last(yq)
            active = sum(1 for p in mine if p.end >= a)
            if a == opened:
                n = crng.randint(10, 12)          # the first group when the centre opens
            elif yq == COVID_Q:
                n = crng.randint(1, 3)            # lockdown: hardly anyone starts
            elif yq == next_q(COVID_Q):
                n = crng.randint(4, 6)
            else:
                n = crng.randint(base - 2, base + 2)
                if active < 20:
                    n += 3
                elif active > 28:
                    n -= 3
                n = max(4, min(12, n))
            for _ in range(n):
                p = P()
                p.code, p.start = code, weekday_between(crng, a, b)
                positive = crng.random() < ppos
                if positive:
                    p.dest = crng.choices(POSITIVE, POS_WEIGHTS)[0]
                    mu = median * 1.1
                else:
                    p.dest = crng.choices(NEGATIVE, NEG_WEIGHTS)[0]
                    mu = median * (0.75 if p.dest == "Uitval" else 0.95)
                stay = int(round(math.exp(crng.gauss(math.log(mu), 0.45))))
                stay = max(92, min(728, stay))
                end = p.start + timedelta(days=stay)
                if COVID_PAUSE[0] <= end <= COVID_PAUSE[1] and crng.random() < 0.6:
                    # lockdown: outflow stalls, most who would leave now stay on a few months
                    end = min(end + timedelta(days=crng.randint(45, 120)), p.start + timedelta(days=728))
                p.end = to_weekday(end)
                p.s2 = p.start + timedelta(days=crng.randint(21, 56))
                p.s3 = p.s2 + timedelta(days=crng.randint(42, 112))
                mine.append(p)
            yq = next_q(yq)
        mine.sort(key=lambda p: p.start)   # stable: same-day starts keep their drawing order
        for i, p in enumerate(mine, 1):
            p.num, p.id = i, f"AC-{code}-{i:04d}"
        people += mine
    return people


def build_klussen(rng):
    out = []
    seen = set()
    for yq in quarters((2019, 1), LAST_Q):
        for code in CODES:
            wijk = CENTRES[code][1]
            choices = KLUSSEN_COMMON + KLUSSEN_EXTRA[code]
            n = rng.randint(10, 12) if yq == COVID_Q else rng.randint(14, 28)
            for _ in range(n):
                while True:
                    text, aanv, _w = rng.choices(choices, [c[2] for c in choices])[0]
                    k = Klus()
                    k.datum = weekday_between(rng, q_first(yq), q_last(yq))
                    k.code = code
                    k.klus = text.format(wijk=wijk)
                    a = rng.choice(aanv)
                    k.aanvrager = BEWONERS[code] if a == "BEWONERS" else a
                    k.uren = rng.choices([u for u, _ in UREN], [w for _, w in UREN])[0]
                    if k.key() not in seen:   # identity of a klus: all five fields
                        seen.add(k.key())
                        out.append(k)
                        break
    out.sort(key=lambda k: (k.datum, CODES.index(k.code), k.klus))
    return out


class World:
    pass


def build_world(seed, attempt):
    rng = random.Random(f"activering-{seed}-{attempt}")
    w = World()
    w.seed, w.attempt = seed, attempt
    w.people = build_participants(random.Random(f"people-{seed}-{attempt}"))
    w.klussen = build_klussen(random.Random(f"klussen-{seed}-{attempt}"))
    w.rng = rng
    return w


# ---------------------------------------------------------------------------------------------- planted rows

def plant(w):
    """Chooses the planted bad rows. Returns False when this world has no fitting candidates."""
    rng = w.rng
    byid = {p.id: p for p in w.people}
    w.bad_d = {}      # (yq, id) -> (changes dict, description)
    w.bad_list = []   # (first yq, last yq, id, description)

    def pick(cands):
        cands = sorted(cands, key=lambda p: p.id)
        return rng.choice(cands) if cands else None

    def add(first, last, p, changes, what):
        for yq in quarters(first, last):
            w.bad_d[(yq, p.id)] = (changes, what)
        w.bad_list.append((first, last, p.id, what))

    # 1. Centrum that does not exist: a Stad participant entered with a centre name from elsewhere
    p = pick(x for x in w.people if x.code == "S" and q_of(x.start) == (2019, 3) and x.end > q_last((2019, 4)))
    if not p:
        return False
    add((2019, 3), (2019, 4), p, {"Centrum": "Centrum Poort"},
        f"Centrum 'Centrum Poort' does not exist (should be {CENTRES['S'][0]})")
    # 2. Einddatum before Startdatum: the year typed one too low
    p = pick(x for x in w.people if q_of(x.end) == (2021, 1) and x.end.replace(year=2020) < x.start
             and x.code == "H")
    if not p:
        return False
    wrong = p.end.replace(year=2020)
    add((2021, 1), (2021, 2), p, {"Einddatum": wrong},
        f"Einddatum {nl_date(wrong)} is before Startdatum {nl_date(p.start)} (should be {nl_date(p.end)})")
    # 3. Uitstroom naar while still active: the planned destination filled in too early
    p = pick(x for x in w.people if x.code == "B" and x.start < q_first((2022, 3)) and q_of(x.end) == (2023, 1)
             and x.dest in POSITIVE)
    if not p:
        return False
    add((2022, 3), (2022, 4), p, {"Uitstroom naar": p.dest},
        f"Uitstroom naar '{p.dest}' while Einddatum is empty (still active; leaves in 2023-Q1)")
    # 4. Stap not in the list: after leaving, the coordinator typed a fifth step
    p = pick(x for x in w.people if q_of(x.end) == (2023, 2) and x.code == "S")
    if not p:
        return False
    add((2023, 2), (2023, 3), p, {"Stap": "5 Nazorg"}, "Stap '5 Nazorg' is unknown (should be 4 Uitstroom)")
    # 5. Stap without its number, for someone in step 3 throughout 2024-Q3 .. 2024-Q4
    p = pick(x for x in w.people if x.code == "H" and x.s3 < q_first((2024, 3)) and x.end > q_last((2024, 4)))
    if not p:
        return False
    add((2024, 3), (2024, 4), p, {"Stap": "Aan de slag"}, "Stap 'Aan de slag' is unknown (should be 3 Aan de slag)")
    # 6. Einddatum before Startdatum in the last snapshot (not yet corrected)
    p = pick(x for x in w.people if q_of(x.end) == (2024, 4) and x.end.replace(year=2023) < x.start
             and x.code == "S")
    if not p:
        return False
    wrong = p.end.replace(year=2023)
    add((2024, 4), (2024, 4), p, {"Einddatum": wrong},
        f"Einddatum {nl_date(wrong)} is before Startdatum {nl_date(p.start)} (should be {nl_date(p.end)})")

    # Klussen: negative Uren. One corrected by delivering the row again in the next workbook.
    w.bad_k = {}      # yq -> list of (Klus as written, description)
    w.redelivered = {}  # yq -> list of Klus (correct rows of an earlier quarter delivered again)
    w.bad_k_list = []
    for yq, redeliver in (((2020, 3), True), ((2024, 4), False)):
        cands = [k for k in w.klussen if q_of(k.datum) == yq and q_last(yq) - k.datum > timedelta(days=20)]
        k = rng.choice(cands)
        bad = Klus()
        bad.datum, bad.code, bad.klus, bad.aanvrager, bad.uren = k.datum, k.code, k.klus, k.aanvrager, -k.uren
        what = f"Uren {fmt_num(bad.uren)} is negative ({nl_date(k.datum)}, {CENTRES[k.code][0]}, {k.klus}, really {fmt_num(k.uren)})"
        if redeliver:
            what += f"; the corrected row is delivered again in activeringscentra_{q_name(next_q(yq))}.xlsx"
            w.redelivered.setdefault(next_q(yq), []).append(k)
        else:
            what += "; last workbook, not corrected: this klus is in no figure"
        w.bad_k.setdefault(yq, []).append((k, bad, what))
        w.bad_k_list.append((yq, k, bad, what))
    w.lost_klussen = {id(k) for yq, k, bad, what in w.bad_k_list if yq == LAST_Q}
    return True


# ---------------------------------------------------------------------------------------------- rows per workbook

def deelnemers_rows(w, yq):
    """The Deelnemers rows of the snapshot of quarter yq, as written (planted errors included)."""
    end = q_last(yq)
    rows = []
    for p in sorted((x for x in w.people if x.start <= end), key=lambda x: (CODES.index(x.code), x.num)):
        left = p.end <= end
        r = {"Deelnemer-ID": p.id, "Centrum": CENTRES[p.code][0], "Startdatum": p.start, "Stap": p.stap_on(end),
             "Einddatum": p.end if left else None, "Uitstroom naar": p.dest if left else None}
        if (yq, p.id) in w.bad_d:
            r.update(w.bad_d[(yq, p.id)][0])
        rows.append(r)
    return rows


def klussen_rows(w, yq):
    """The Klussen rows of workbook yq: (Klus as written, is_planted_bad)."""
    rows = []
    # repeated from the previous quarter: its last 2-3 klussen
    for pq in OVERLAP_AFTER:
        if next_q(pq) == yq:
            rows += [(k, False) for k in w.overlap[pq]]
    rows += [(k, False) for k in w.redelivered.get(yq, [])]
    bad = {id(k): b for k, b, _ in w.bad_k.get(yq, [])}
    for k in w.klussen:
        if q_of(k.datum) == yq:
            rows.append((bad[id(k)], True) if id(k) in bad else (k, False))
    rows.sort(key=lambda kb: (kb[0].datum, CODES.index(kb[0].code), kb[0].klus))
    return rows


def choose_overlaps(w):
    w.overlap = {}
    for yq in OVERLAP_AFTER:
        last = sorted((k for k in w.klussen if q_of(k.datum) == yq), key=lambda k: (k.datum, CODES.index(k.code), k.klus))
        n = w.rng.choice([2, 3])
        w.overlap[yq] = last[-n:]


# ---------------------------------------------------------------------------------------------- xlsx writing

def make_workbook(w, yq):
    wb = openpyxl.Workbook()
    stamp = dt.datetime.combine(q_last(yq), dt.time(16, 30))
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "Coördinator Activeringscentra"
    wb.properties.lastModifiedBy = "Coördinator Activeringscentra"
    wb.properties.title = f"Activeringscentra Almere {q_name(yq)}"
    ws_d = wb.active
    ws_d.title = "Deelnemers"
    ws_k = wb.create_sheet("Klussen")
    if yq == SWAPPED_Q:
        wb.move_sheet("Klussen", offset=-1)
        wb.active = 0
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDEBF7")

    def header(ws, names, widths):
        for c, (n, wd) in enumerate(zip(names, widths), 1):
            cell = ws.cell(row=1, column=c, value=n)
            cell.font = bold
            cell.fill = head_fill
            ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = wd
        ws.freeze_panes = "A2"

    header(ws_d, DEELNEMERS_HEADER, [14, 26, 12, 15, 12, 22])
    text_rows = []
    rows = deelnemers_rows(w, yq)
    text_ids = set(w.text_date_ids) if yq == TEXT_DATES_Q else set()
    for i, r in enumerate(rows, 2):
        for c, name in enumerate(DEELNEMERS_HEADER, 1):
            v = r[name]
            if name == "Startdatum" and r["Deelnemer-ID"] in text_ids:
                v = w.text_date_text[r["Deelnemer-ID"]]
                ws_d.cell(row=i, column=c, value=v)
                text_rows.append(i)
                continue
            cell = ws_d.cell(row=i, column=c, value=v)
            if name in ("Startdatum", "Einddatum"):
                cell.number_format = DATE_FMT_D      # empty Einddatum cells keep the column's date format too
    last_row = len(rows) + 1
    if yq == TRAILING_Q:
        for i in range(last_row + 1, last_row + 1 + TRAILING_ROWS):
            for c in (3, 5):
                ws_d.cell(row=i, column=c).number_format = DATE_FMT_D
    ws_d.auto_filter.ref = f"A1:F{last_row}"

    header(ws_k, KLUSSEN_HEADER, [11, 26, 40, 24, 7])
    for i, (k, _bad) in enumerate(klussen_rows(w, yq), 2):
        ws_k.cell(row=i, column=1, value=k.datum).number_format = DATE_FMT_K
        ws_k.cell(row=i, column=2, value=CENTRES[k.code][0])
        ws_k.cell(row=i, column=3, value=k.klus)
        ws_k.cell(row=i, column=4, value=k.aanvrager)
        ws_k.cell(row=i, column=5, value=k.uren)
    return wb


SST_CT = '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
SST_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
INLINE_RE = re.compile(r'<c ([^>]*?)t="inlineStr"([^>]*)><is><t( xml:space="preserve")?>(.*?)</t></is></c>', re.S)
FIXED_ZIP_TIME = (2024, 12, 31, 12, 0, 0)


def excel_like_bytes(wb, zip_time=FIXED_ZIP_TIME):
    """Saves wb without openpyxl's save_workbook (which stamps 'now' into core.xml), moves inline strings
    into a shared-string table as Excel does, drops t="n", and rewrites the zip in sorted order with fixed
    entry times. Deterministic: same workbook, same bytes."""
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
        ExcelWriter(wb, zf).save()
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    parts = {n: src.read(n) for n in src.namelist()}
    sst, index, refs = [], {}, 0

    def to_shared(m):
        nonlocal refs
        attrs, rest, preserve, text = m.group(1), m.group(2), m.group(3) or "", m.group(4)
        key = (text, preserve)
        if key not in index:
            index[key] = len(sst)
            sst.append(key)
        refs += 1
        return f'<c {attrs}t="s"{rest}><v>{index[key]}</v></c>'

    wbxml = parts["xl/workbook.xml"].decode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    # sheets in workbook order, so the shared-string table is in the order Excel would build it
    sheet_targets = []
    for rid in re.findall(r'<sheet [^>]*?r:id="(rId\d+)"', wbxml):
        rel = re.search(r'<Relationship [^>]*?Id="%s"[^>]*?/>' % rid, rels).group(0)
        tgt = re.search(r'Target="([^"]+)"', rel).group(1)
        sheet_targets.append(tgt.lstrip("/") if tgt.startswith("/") else "xl/" + tgt)
    for name in sheet_targets:
        xml = parts[name].decode()
        xml = INLINE_RE.sub(to_shared, xml)
        xml = xml.replace(' t="n"', "")
        parts[name] = xml.encode()
    if sst:
        items = "".join(f'<si><t{p}>{t}</t></si>' for t, p in sst)
        parts["xl/sharedStrings.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{refs}" '
            f'uniqueCount="{len(sst)}">{items}</sst>').encode()
        ct = parts["[Content_Types].xml"].decode()
        parts["[Content_Types].xml"] = ct.replace("</Types>", SST_CT + "</Types>").encode()
        ids = [int(x) for x in re.findall(r'Id="rId(\d+)"', rels)]
        rels = rels.replace("</Relationships>",
                            f'<Relationship Id="rId{max(ids) + 1}" Type="{SST_REL_TYPE}" Target="sharedStrings.xml"/>'
                            "</Relationships>")
        parts["xl/_rels/workbook.xml.rels"] = rels.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(parts):
            zi = zipfile.ZipInfo(name, date_time=zip_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zf.writestr(zi, parts[name])
    return out.getvalue()


# ---------------------------------------------------------------------------------------------- reading back

TEXT_DATE_RE = re.compile(r"^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$")
ID_RE = re.compile(r"^AC-[HBS]-\d{4}$")


def as_date(v):
    if isinstance(v, dt.datetime):
        return v.date() if v.time() == dt.time(0) else "time"
    if isinstance(v, date):
        return v
    if isinstance(v, str):
        m = TEXT_DATE_RE.match(v)
        if m:
            try:
                return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                return None
    return None


def fold(s):
    return s.strip().casefold() if isinstance(s, str) else s


def read_back(data):
    """Reads one workbook as `impact` should; returns (sheet order, valid Deelnemers, errors, valid Klussen,
    errors, number of text dates)."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    order = wb.sheetnames
    centres = {fold(k): k for k in CENTRUM_CODE}
    stappen = {fold(s): s for s in STAPPEN}
    dests = {fold(s): s for s in DESTINATIONS}
    aanv = {fold(s): s for s in AANVRAGERS}
    deeln, d_err, text_dates = [], [], 0
    rows = list(wb["Deelnemers"].iter_rows(values_only=True))
    assert list(rows[0]) == DEELNEMERS_HEADER, rows[0]
    for line, r in enumerate(rows[1:], 2):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in r):
            continue
        pid, cen, start, stap, end, naar = r
        errs = []
        if not isinstance(pid, str) or not ID_RE.match(pid.strip()):
            errs.append("Deelnemer-ID")
        if fold(cen) not in centres:
            errs.append("Centrum")
        if isinstance(start, str):
            text_dates += 1
        sd = as_date(start)
        if not isinstance(sd, date):
            errs.append("Startdatum")
        if fold(stap) not in stappen:
            errs.append("Stap")
        ed = None
        if end is not None:
            ed = as_date(end)
            if not isinstance(ed, date):
                errs.append("Einddatum")
            elif isinstance(sd, date) and ed < sd:
                errs.append("Einddatum<Startdatum")
        if naar is not None:
            if fold(naar) not in dests:
                errs.append("Uitstroom naar")
            if end is None:
                errs.append("Uitstroom naar zonder Einddatum")
        elif end is not None:
            errs.append("Einddatum zonder Uitstroom naar")
        if errs:
            d_err.append((line, pid, errs))
            continue
        deeln.append({"id": pid.strip(), "code": CENTRUM_CODE[centres[fold(cen)]], "start": sd,
                      "stap": stappen[fold(stap)], "end": ed, "naar": dests[fold(naar)] if naar else None})
    ids = Counter(d["id"] for d in deeln)
    assert max(ids.values()) == 1
    kl, k_err = [], []
    rows = list(wb["Klussen"].iter_rows(values_only=True))
    assert list(rows[0]) == KLUSSEN_HEADER, rows[0]
    for line, r in enumerate(rows[1:], 2):
        if all(v is None for v in r):
            continue
        datum, cen, klus, a, uren = r
        errs = []
        d = as_date(datum)
        if not isinstance(d, date):
            errs.append("Datum")
        if fold(cen) not in centres:
            errs.append("Centrum")
        if not isinstance(klus, str) or not klus.strip():
            errs.append("Klus")
        if fold(a) not in aanv:
            errs.append("Aanvrager")
        if not isinstance(uren, (int, float)) or isinstance(uren, bool) or uren <= 0:
            errs.append("Uren")
        if errs:
            k_err.append((line, errs))
            continue
        kl.append((d, CENTRUM_CODE[centres[fold(cen)]], klus.strip(), aanv[fold(a)], Fraction(uren).limit_denominator(100)))
    return order, deeln, d_err, kl, k_err, text_dates


# ---------------------------------------------------------------------------------------------- figures

def deelnemer_figures(rows, yq):
    """METRICS.md, Activeringscentra, for quarter yq from the valid rows of its own snapshot."""
    a, b = q_first(yq), q_last(yq)
    fig = {}
    for code in CODES + ["*"]:
        rs = [r for r in rows if code == "*" or r["code"] == code]
        active = [r for r in rs if r["start"] <= b and (r["end"] is None or r["end"] > b)]
        leavers = [r for r in rs if r["end"] is not None and a <= r["end"] <= b]
        days = [(r["end"] - r["start"]).days for r in leavers]
        fig[code] = {
            "active": len(active),
            "steps": Counter(r["stap"] for r in active),
            "in": sum(1 for r in rs if a <= r["start"] <= b),
            "out": len(leavers),
            "pos": sum(1 for r in leavers if r["naar"] in POSITIVE),
            "dest": Counter(r["naar"] for r in leavers),
            "median": percentile_inc(days, Fraction(1, 2)),
            "p90": percentile_inc(days, Fraction(9, 10)),
        }
    return fig


def klussen_figures(unique, first, last):
    fig = defaultdict(lambda: [0, Fraction(0)])
    for d, code, klus, a, uren in unique:
        if first <= d <= last:
            for key in (code, "*", ("A", a), ("A", "*")):
                fig[key][0] += 1
                fig[key][1] += uren
    return fig


# ---------------------------------------------------------------------------------------------- generate + check

def model_rows(w, yq):
    """The valid rows of snapshot yq according to the model (what a correct reader must end up with)."""
    out = []
    for r in deelnemers_rows(w, yq):
        if (yq, r["Deelnemer-ID"]) in w.bad_d:
            continue
        out.append({"id": r["Deelnemer-ID"], "code": r["Deelnemer-ID"][3], "start": r["Startdatum"], "stap": r["Stap"],
                    "end": r["Einddatum"], "naar": r["Uitstroom naar"]})
    return out


def realistic(w):
    """Checks the world against the brief; returns a reason or None."""
    for yq in quarters():
        e = q_last(yq)
        for code in CODES:
            n = sum(1 for p in w.people if p.code == code and p.start <= e and p.end > e)
            low = 12 if yq in (COVID_Q, next_q(COVID_Q)) else 15
            if not low <= n <= 35:
                return f"{q_name(yq)} {code}: {n} active"
    for code in CODES:
        left = [p for p in w.people if p.code == code and q_first(FIRST_Q) <= p.end <= q_last(LAST_Q)]
        share = sum(1 for p in left if p.dest in POSITIVE) / len(left)
        if not 0.45 <= share <= 0.60:
            return f"{code}: positive share {share:.3f}"
        stays = sorted((p.end - p.start).days for p in left)
        med = stays[len(stays) // 2]
        if not 240 <= med <= 310:
            return f"{code}: median stay {med}"
    shares = []
    for code in CODES:
        left = [p for p in w.people if p.code == code and q_first(FIRST_Q) <= p.end <= q_last(LAST_Q)]
        shares.append(sum(1 for p in left if p.dest in POSITIVE) / len(left))
    if max(shares) - min(shares) < 0.05:
        return "positive shares too alike"
    return None


def generate(seed):
    for attempt in range(200):
        w = build_world(seed, attempt)
        why = realistic(w)
        if why or not plant(w):
            continue
        # the quarter in the summary: at least one centre with 1-4 leavers in 2024-Q4 (valid rows)
        fig = deelnemer_figures(model_rows(w, LAST_Q), LAST_Q)
        if not any(1 <= fig[c]["out"] <= 4 for c in CODES):
            continue
        break
    else:
        sys.exit("no world satisfies the checks")
    choose_overlaps(w)
    # text dates: three participants who started in TEXT_DATES_Q, one unpadded
    cands = sorted((p for p in w.people if q_of(p.start) == TEXT_DATES_Q), key=lambda p: p.id)
    chosen = sorted(w.rng.sample(cands, 3), key=lambda p: p.id)
    w.text_date_ids = [p.id for p in chosen]
    w.text_date_text = {p.id: nl_date(p.start) for p in chosen}
    p = chosen[-1]
    w.text_date_text[p.id] = f"{p.start.day}-{p.start.month}-{p.start.year}"

    files = {}
    for yq in quarters():
        files[f"activeringscentra_{q_name(yq)}.xlsx"] = (yq, excel_like_bytes(make_workbook(w, yq)))
    check(w, files)
    return w, files


def check(w, files):
    seen_k, unique = set(), []
    for name, (yq, data) in sorted(files.items()):
        order, deeln, d_err, kl, k_err, text_dates = read_back(data)
        want_order = ["Klussen", "Deelnemers"] if yq == SWAPPED_Q else ["Deelnemers", "Klussen"]
        assert order == want_order, (name, order)
        assert text_dates == (3 if yq == TEXT_DATES_Q else 0), (name, text_dates)
        bad_ids = sorted(pid for (q, pid) in w.bad_d if q == yq)
        assert sorted(pid for _, pid, _ in d_err) == bad_ids, (name, d_err, bad_ids)
        assert len(k_err) == len(w.bad_k.get(yq, [])), (name, k_err)
        want = sorted(model_rows(w, yq), key=lambda r: r["id"])
        got = sorted(deeln, key=lambda r: r["id"])
        assert want == got, name
        for k in kl:
            if k not in seen_k:
                seen_k.add(k)
                unique.append(k)
    model = {(k.datum, k.code, k.klus, k.aanvrager, Fraction(k.uren).limit_denominator(100))
             for k in w.klussen if id(k) not in w.lost_klussen}
    assert set(unique) == model and len(unique) == len(model), "klussen do not de-duplicate to the model"
    w.unique_klussen = unique
    # the xlsx must contain what was asked: shared strings, styles, a date number format
    for name, (yq, data) in files.items():
        z = zipfile.ZipFile(io.BytesIO(data))
        names = z.namelist()
        assert "xl/sharedStrings.xml" in names and "xl/styles.xml" in names, name
        for n in names:
            if n.startswith("xl/worksheets/"):
                assert b"inlineStr" not in z.read(n), name
        assert DATE_FMT_D.encode() in z.read("xl/styles.xml"), name


# ---------------------------------------------------------------------------------------------- summary

def print_summary(w, files):
    out = []
    p = out.append
    p(f"Seed {w.seed} (attempt {w.attempt}). Figures from the valid rows only (a row with any error is rejected whole).")
    p("")
    for yq in SUMMARY_Q:
        name = f"activeringscentra_{q_name(yq)}.xlsx"
        order, deeln, d_err, kl, k_err, _ = read_back(files[name][1])
        fig = deelnemer_figures(deeln, yq)
        p(f"#### {q_name(yq)} (snapshot {name}: {len(deeln) + len(d_err)} Deelnemers rows, "
          f"{len(d_err)} rejected; {len(kl) + len(k_err)} Klussen rows, {len(k_err)} rejected)")
        p("")
        p(f"| centrum | actief {nl_date(q_last(yq))} | 1 Onderzoek | 2 Training | 3 Aan de slag | instroom | uitstroom "
          "| waarvan positief | uitstroompercentage | verblijfsduur mediaan (dagen) | P90 |")
        p("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for code in CODES + ["*"]:
            f = fig[code]
            label = CENTRES[code][0] if code != "*" else "Alle centra"
            few = " (<5 vertrokken)" if 1 <= f["out"] <= 4 else ""
            p(f"| {label} | {f['active']} | " + " | ".join(str(f["steps"][s]) for s in STAPPEN[:3]) +
              f" | {f['in']} | {f['out']} | {f['pos']} | {pct(f['pos'], f['out'])}{few} | {fmt_num(f['median'])} "
              f"| {fmt_num(f['p90'])} |")
        p("")
        p("Uitstroom naar (leavers in the quarter):")
        p("")
        p("| centrum | " + " | ".join(DESTINATIONS) + " |")
        p("| --- |" + " ---: |" * len(DESTINATIONS))
        for code in CODES + ["*"]:
            label = CENTRES[code][0] if code != "*" else "Alle centra"
            p(f"| {label} | " + " | ".join(str(fig[code]["dest"][d]) for d in DESTINATIONS) + " |")
        p("")
        kq = klussen_figures(w.unique_klussen, q_first(yq), q_last(yq))
        ky = klussen_figures(w.unique_klussen, date(yq[0], 1, 1), date(yq[0], 12, 31))
        p(f"Klussen (each klus once over all workbooks; Datum in the period):")
        p("")
        p(f"| centrum | klussen {q_name(yq)} | uren {q_name(yq)} | klussen {yq[0]} | uren {yq[0]} |")
        p("| --- | ---: | ---: | ---: | ---: |")
        for code in CODES + ["*"]:
            label = CENTRES[code][0] if code != "*" else "Alle centra"
            p(f"| {label} | {kq[code][0]} | {fmt_num(kq[code][1])} | {ky[code][0]} | {fmt_num(ky[code][1])} |")
        p("")
        p(f"| aanvrager | klussen {q_name(yq)} | uren {q_name(yq)} | klussen {yq[0]} | uren {yq[0]} |")
        p("| --- | ---: | ---: | ---: | ---: |")
        for a in AANVRAGERS + ["*"]:
            label = a if a != "*" else "Totaal"
            p(f"| {label} | {kq[('A', a)][0]} | {fmt_num(kq[('A', a)][1])} | {ky[('A', a)][0]} | {fmt_num(ky[('A', a)][1])} |")
        p("")
    # sizes and row counts
    total = sum(len(d) for _, d in files.values())
    p(f"{len(files)} workbooks, {total} bytes ({total / 1024:.0f} kB). "
      f"Unique klussen 2019-2024 (valid): {len(w.unique_klussen)}; Deelnemers rows in the last snapshot: "
      f"{len(deelnemers_rows(w, LAST_Q))}.")
    p("")
    p("### Planted bad rows")
    p("")
    p("Deelnemers. A row listed for 2021-Q1 .. 2021-Q2 is bad in both snapshots and correct from 2021-Q3. "
      "Sheet rows count the header as row 1, one per snapshot:")
    p("")
    p("| snapshots | Deelnemer-ID | sheet row | what is wrong |")
    p("| --- | --- | --- | --- |")
    for first, last, pid, what in sorted(w.bad_list):
        rows_at = []
        for yq in quarters(first, last):
            rows = deelnemers_rows(w, yq)
            line = 2 + [r["Deelnemer-ID"] for r in rows].index(pid)
            rows_at.append(f"{line}")
        span = q_name(first) if first == last else f"{q_name(first)} .. {q_name(last)}"
        p(f"| {span} | {pid} | {' / '.join(rows_at)} | {what} |")
    p("")
    p("Klussen (new rows only):")
    p("")
    p("| workbook | sheet row | what is wrong |")
    p("| --- | --- | --- |")
    for yq, k, bad, what in w.bad_k_list:
        line = 2 + [kb[0] for kb in klussen_rows(w, yq)].index(bad)
        p(f"| activeringscentra_{q_name(yq)}.xlsx | {line} | {what} |")
    p("")
    p("### Klussen in two workbooks, text dates")
    p("")
    p("Klussen delivered in two workbooks (the last ones of a quarter, again at the top of the next workbook; each counts once):")
    p("")
    for yq in OVERLAP_AFTER:
        ks = w.overlap[yq]
        p(f"- {q_name(yq)} -> {q_name(next_q(yq))}: " + "; ".join(
            f"{nl_date(k.datum)} {CENTRES[k.code][0]} '{k.klus}' ({k.aanvrager}, {fmt_num(k.uren)} uur)" for k in ks))
    for yq, ks in sorted(w.redelivered.items()):
        for k in ks:
            p(f"- corrected row in {q_name(yq)} (dated {q_name(q_of(k.datum))}, its bad version rejected there): "
              f"{nl_date(k.datum)} {CENTRES[k.code][0]} '{k.klus}' ({k.aanvrager}, {fmt_num(k.uren)} uur)")
    p("")
    rows = deelnemers_rows(w, TEXT_DATES_Q)
    lines = [(2 + [r["Deelnemer-ID"] for r in rows].index(pid), pid, w.text_date_text[pid]) for pid in w.text_date_ids]
    p(f"Startdatum as text in activeringscentra_{q_name(TEXT_DATES_Q)}.xlsx (valid): " +
      "; ".join(f"row {ln} {pid} '{t}'" for ln, pid, t in lines))
    print("\n".join(out))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="Generate Activeringscentra Almere sample workbooks (deterministic).")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    ap.add_argument("--summary", action="store_true", help="print the expected figures and planted rows; write nothing")
    ap.add_argument("--dir", default=os.path.join(here, "activering"),
                    help="output directory (default: activering/ beside this script)")
    args = ap.parse_args()
    w, files = generate(args.seed)
    if args.summary:
        print_summary(w, files)
        return
    total = write_files(args.dir, {name: data for name, (_, data) in files.items()})
    print(f"wrote {len(files)} workbooks to {args.dir} ({total} bytes)")


if __name__ == "__main__":
    main()
