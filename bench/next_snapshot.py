#!/usr/bin/env python3
"""The register one quarter later, for the benchmark's second ingest.

    python3 bench/next_snapshot.py /tmp/impact-bench/1000000/dromen_2024-Q4.csv [--out FILE]

reads a Dromenregister snapshot written by `SampleData/generate.py --benchmark N` (UTF-8 with BOM,
semicolons, CRLF, Dutch dates) and writes the next quarter's snapshot (default: dromen_<next quarter>.csv
beside it): the same rows in the same order, byte for byte, except

- 5% of the dossiers moved one step on (Nieuw -> Uitgenodigd -> Gesprek gevoerd -> Verbonden -> Afgerond,
  now and then Uitgenodigd -> Geen reactie or Gesprek gevoerd -> Ingetrokken), a new Gesprek op or
  Verbonden op (with Verbonden met and Ouders verbonden) falling in the new quarter;
- 2% new dossiers appended, received in the new quarter, numbered on from the new year's first number
  (AILGB-2025-00001, ...), their values copied from existing rows, some already invited, talked to or
  connected.

Only rows that pass the register's rules are changed, and every changed or new row still passes them
(dates real, not before Ontvangen op, not after the new quarter's end; Verbonden and Afgerond with a
Verbonden op and a Verbonden met), so the rows the first file's reader rejects are exactly the rejected
rows of this one. Deterministic: one random.Random seeded from --seed and the input's row count.
Python 3 standard library only; streams the file twice, memory does not grow with it.
"""

import argparse
import csv
import os
import random
import re
import sys
from datetime import date, timedelta

HEADER = ["Dossiernummer", "Kindnummer", "Programma", "Ontvangen op", "Kanaal", "Leeftijd", "Postcode",
          "Droom", "Categorie", "Coördinator", "Status", "Gesprek op", "Verbonden met", "Verbonden op",
          "Ouders verbonden"]
NR, KIND, PROG, RECV, KANAAL, AGE, PC, DROOM, CAT, COORD, STATUS, GESPREK, MET, VERB, OUDERS = range(15)
AILGB, DTD = "Als ik later groot ben", "Dare to dream in 036"
PREFIX = {AILGB: "AILGB", DTD: "DTD"}
AGES = {AILGB: range(0, 13), DTD: range(12, 19)}
KANALEN = {"brievenbus", "website", "facebook", "instagram", "whatsapp", "sms", "inloopspreekuur bibliotheek"}
CATEGORIEEN = {"fiets", "laptop", "bijles", "sport", "muziek en cultuur", "beroep en meelopen", "kleding", "overig"}
STATUSSEN = {"nieuw", "uitgenodigd", "gesprek gevoerd", "verbonden", "afgerond", "geen reactie", "ingetrokken"}
MOVABLE = ("Nieuw", "Uitgenodigd", "Gesprek gevoerd", "Verbonden")
RE_NR = re.compile(r"^(AILGB|DTD)-(\d{4})-(\d+)$")
RE_KIND = re.compile(r"^K-(\d+)$")
RE_PC = re.compile(r"^\d{4}( ?[A-Z]{2})?$")
CHANGED_SHARE, NEW_SHARE = 0.05, 0.02


sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "SampleData"))
from generator_support import parse_nl_date as parse_date  # noqa: E402  (the generators' own parser)


def fmt_date(d, unpadded):
    return f"{d.day}-{d.month}-{d.year}" if unpadded else f"{d.day:02d}-{d.month:02d}-{d.year}"


def csv_field(s):  # as SampleData/generate.py writes a field
    if ";" in s or '"' in s or "\n" in s or "\r" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def records(path):
    """(raw bytes, fields) per record after the header; a record spans lines while a quote is open."""
    with open(path, "rb") as f:
        header = f.readline()
        if header.startswith(b"\xef\xbb\xbf"):
            header = header[3:]
        if next(csv.reader([header.decode("utf-8").rstrip("\r\n")], delimiter=";")) != HEADER:
            raise SystemExit(f"{path}: not a Dromenregister export of the benchmark generator (header differs)")
        pending = b""
        for line in f:
            pending += line
            if pending.count(b'"') % 2:
                continue  # a quoted field with a line break: read on
            raw, pending = pending, b""
            text = raw.decode("utf-8").rstrip("\r\n")
            if not text.strip():
                continue
            fields = text.split(";") if '"' not in text else next(csv.reader([text], delimiter=";"))
            yield raw, fields
        if pending:
            raise SystemExit(f"{path}: ends inside a quoted field")


def valid(f, end):
    """The register's rules (README "Bad input"); True when impact loads the row."""
    if len(f) != len(HEADER) or not f[NR].strip() or not RE_KIND.match(f[KIND].strip()):
        return False
    prog = f[PROG].strip()
    recv = parse_date(f[RECV])
    if prog not in AGES or recv is None or not date(2017, 1, 1) <= recv <= end:
        return False
    if prog == DTD and recv < date(2020, 1, 1):
        return False
    try:
        if int(f[AGE]) not in AGES[prog]:
            return False
    except ValueError:
        return False
    if f[PC].strip() and not RE_PC.match(f[PC].strip()):
        return False
    if f[KANAAL].strip().casefold() not in KANALEN or f[CAT].strip().casefold() not in CATEGORIEEN:
        return False
    status = f[STATUS].strip().casefold()
    if status not in STATUSSEN or f[OUDERS].strip() not in ("", "Ja", "Nee"):
        return False
    for col in (GESPREK, VERB):
        if f[col].strip():
            d = parse_date(f[col])
            if d is None or d < recv or d > end:
                return False
    if status in ("verbonden", "afgerond") and not (f[VERB].strip() and f[MET].strip()):
        return False
    return True


def quarter_of(path):
    m = re.search(r"(\d{4})-Q([1-4])", os.path.basename(path))
    if not m:
        raise SystemExit(f"{path}: no quarter (yyyy-Qn) in the file name")
    return int(m.group(1)), int(m.group(2))


def quarter_bounds(y, q):
    first = date(y, 3 * q - 2, 1)
    last = date(y + (q == 4), 1 if q == 4 else 3 * q + 1, 1) - timedelta(days=1)
    return first, last


def day_between(rng, lo, hi):
    return lo + timedelta(days=int(rng.random() * ((hi - lo).days + 1)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("snapshot", help="dromen_<yyyy>-Q<n>.csv from generate.py --benchmark")
    ap.add_argument("--out", help="default: dromen_<next quarter>.csv beside the snapshot")
    ap.add_argument("--seed", type=int, default=36)
    args = ap.parse_args()

    y, q = quarter_of(args.snapshot)
    _, old_end = quarter_bounds(y, q)
    ny, nq = (y + 1, 1) if q == 4 else (y, q + 1)
    start, end = quarter_bounds(ny, nq)
    out = args.out or os.path.join(os.path.dirname(args.snapshot) or ".", f"dromen_{ny}-Q{nq}.csv")

    # Pass 1: which rows may change, and what new rows can be made of.
    movable = []  # record numbers of valid rows in an open state (or Verbonden)
    partners = {}  # category -> {Verbonden met: count}, from valid connected rows
    templates = []  # a reservoir of recent valid rows to copy new dossiers from
    seen_templates = 0
    max_child, child_width, seq_width = 0, 5, 4
    rows = 0
    prev_nr = None
    pick = random.Random(f"{args.seed}-templates")
    for i, (_, f) in enumerate(records(args.snapshot)):
        rows += 1
        nr = f[NR].strip()
        ok = valid(f, old_end) and nr != prev_nr  # the second of two equal numbers is rejected
        prev_nr = nr
        m = RE_KIND.match(f[KIND].strip()) if len(f) > KIND else None
        if m:
            max_child = max(max_child, int(m.group(1)))
            child_width = max(child_width, len(m.group(1)))
        m = RE_NR.match(nr)
        if m:
            seq_width = max(seq_width, len(m.group(3)))
        if not ok:
            continue
        status = f[STATUS].strip()
        if status in MOVABLE:
            movable.append(i)
        if f[MET].strip():
            by = partners.setdefault(f[CAT].strip(), {})
            by[f[MET].strip()] = by.get(f[MET].strip(), 0) + 1
        if parse_date(f[RECV]).year == y:  # received in the snapshot's own year: today's style
            seen_templates += 1
            if len(templates) < 5000:
                templates.append(f)
            else:
                j = int(pick.random() * seen_templates)
                if j < 5000:
                    templates[j] = f
    if not templates:
        raise SystemExit(f"{args.snapshot}: no valid rows received in {y} to copy new dossiers from")

    rng = random.Random(f"{args.seed}-next-snapshot-{rows}")
    n_change = round(rows * CHANGED_SHARE)
    if n_change > len(movable):
        print(f"next_snapshot: only {len(movable)} open dossiers, all of them change", file=sys.stderr)
        n_change = len(movable)
    change = set(rng.sample(movable, n_change))
    partner_pickers = {cat: (list(ws), list(ws.values())) for cat, ws in partners.items()}
    all_partners = sorted({p for ws in partners.values() for p in ws})

    def partner(cat):
        names, weights = partner_pickers.get(cat.strip(), (all_partners, None))
        return rng.choices(names, weights=weights)[0]

    def unpadded(f):
        return any(len(part) == 1 for part in f[RECV].strip().split("-")[:2])

    def connect(f, lo):
        f[STATUS] = "Verbonden"
        f[VERB] = fmt_date(day_between(rng, lo, end), unpadded(f))
        f[MET] = partner(f[CAT])
        f[OUDERS] = "Ja" if rng.random() < 0.35 else "Nee"

    def move_on(f):
        """One step on, in the new quarter."""
        recv = parse_date(f[RECV])
        lo = max(start, recv)
        status = f[STATUS].strip()
        if status == "Nieuw":
            f[STATUS] = "Uitgenodigd"
        elif status == "Uitgenodigd":
            if rng.random() < 0.15:
                f[STATUS] = "Geen reactie"
            else:
                f[STATUS] = "Gesprek gevoerd"
                f[GESPREK] = fmt_date(day_between(rng, lo, end), unpadded(f))
        elif status == "Gesprek gevoerd":
            if rng.random() < 0.1:
                f[STATUS] = "Ingetrokken"
            else:
                connect(f, max(lo, parse_date(f[GESPREK]) or lo))
        else:  # Verbonden
            f[STATUS] = "Afgerond"

    changed = 0
    with open(out + ".tmp", "wb") as w:
        w.write(b"\xef\xbb\xbf" + ";".join(HEADER).encode("utf-8") + b"\r\n")
        for i, (raw, f) in enumerate(records(args.snapshot)):
            if i in change:
                move_on(f)
                if not valid(f, end):
                    raise SystemExit(f"next_snapshot: changed row {i + 2} breaks a rule: {f}")
                raw = (";".join(csv_field(x) for x in f) + "\r\n").encode("utf-8")
                changed += 1
            w.write(raw)

        # New dossiers: received over the quarter in order, numbered per programme on from 1.
        n_new = round(rows * NEW_SHARE)
        span = (end - start).days + 1
        received = sorted(start + timedelta(days=int(rng.random() * span)) for _ in range(n_new))
        seq = {AILGB: 0, DTD: 0}
        buf = []
        for recv in received:
            t = list(rng.choice(templates))
            seq[t[PROG].strip()] += 1
            nr = f"{PREFIX[t[PROG].strip()]}-{ny}-{seq[t[PROG].strip()]:0{seq_width}d}"
            if rng.random() < 0.8:  # a new child; else a child of an earlier dream
                max_child += 1
                kind = f"K-{max_child:0{child_width}d}"
            else:
                kind = t[KIND].strip()
            f = [nr, kind] + t[PROG:RECV] + [fmt_date(recv, unpadded(t))] + t[KANAAL:STATUS] + ["Nieuw", "", "", "", ""]
            left = (end - recv).days
            if left >= 5 and rng.random() < 0.7:
                f[STATUS] = "Uitgenodigd"
                talk = recv + timedelta(days=4 + int(rng.triangular(0, 40, 14)))
                if talk <= end:
                    f[STATUS], f[GESPREK] = "Gesprek gevoerd", fmt_date(talk, unpadded(f))
                    if talk + timedelta(days=7) <= end and rng.random() < 0.5:
                        connect(f, talk + timedelta(days=7))
            if not valid(f, end):
                raise SystemExit(f"next_snapshot: new row breaks a rule: {f}")
            buf.append(";".join(csv_field(x) for x in f))
        if buf:
            w.write(("\r\n".join(buf) + "\r\n").encode("utf-8"))
    os.replace(out + ".tmp", out)
    print(f"{out}: {rows + n_new} rows: {rows} from {os.path.basename(args.snapshot)}, {changed} of them changed, "
          f"{n_new} new", file=sys.stderr)


if __name__ == "__main__":
    main()
