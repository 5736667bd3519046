#!/usr/bin/env python3
"""Two builds of impact against each other on one ingest, pair by pair.

    python3 bench/pairs.py A_BINARY B_BINARY [--runs 30] [--first] [--n 1000000]

Each build gets a database of its own making (the postcodes, then the first quarter of the benchmark's
register), because the kept counts and lines hold only for the build that kept them: a next quarter on a
database another build made counts everything again. Then, N times, each build ingests the next quarter
(or, with --first, the first quarter into a database with only the postcodes) into a fresh copy of its
database, the copy synced to disk and not timed. The order within a pair alternates (A B, B A, ...):
on this shared machine a build run against itself in a fixed order came out at 1.03, a bias that would
pass for a difference. Prints the medians and the median of the pairs' ratios (wall and CPU).

The registers are those bench/benchmark.sh generates (BENCH_DIR, default /tmp/impact-bench).
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ingest(binary, db, csv, out):
    subprocess.run([binary, "ingest", csv, "--db", db, "--out", out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)


def timed(binary, base, db, csv, out):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    shutil.copyfile(base, db)
    subprocess.run(["sync", db], check=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    ingest(binary, db, csv, out)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--first", action="store_true", help="time the first quarter instead of the next")
    parser.add_argument("--n", type=int, default=1_000_000, help="the register's dossiers")
    args = parser.parse_args()
    data = os.path.join(os.environ.get("BENCH_DIR", "/tmp/impact-bench"), str(args.n))
    first, second = os.path.join(data, "dromen_2024-Q4.csv"), os.path.join(data, "dromen_2025-Q1.csv")
    work = tempfile.mkdtemp(prefix="impact-pairs-")
    bases = {}
    for name, binary in (("a", args.a), ("b", args.b)):
        base = os.path.join(work, f"base-{name}.sqlite")
        ingest(binary, base, os.path.join(ROOT, "SampleData", "postcodes_almere.csv"), os.path.join(work, "out"))
        if not args.first:
            ingest(binary, base, first, os.path.join(work, "out"))
        bases[name] = base
    csv = first if args.first else second
    times = {"a": [], "b": []}
    for run in range(args.runs):
        for name in ("a", "b") if run % 2 == 0 else ("b", "a"):
            binary = args.a if name == "a" else args.b
            times[name].append(timed(binary, bases[name], os.path.join(work, f"run-{name}.sqlite"), csv, os.path.join(work, "out")))
    shutil.rmtree(work)
    median = statistics.median
    a, b = times["a"], times["b"]
    print(f"{'first' if args.first else 'next'} quarter, {args.n} dossiers, {args.runs} pairs (order alternating)")
    print(f"A wall {median(w for w, _ in a):.3f} s, CPU {median(c for _, c in a):.3f} s | B wall {median(w for w, _ in b):.3f} s, CPU {median(c for _, c in b):.3f} s")
    print(f"A/B wall {median(x[0] / y[0] for x, y in zip(a, b)):.3f}, CPU {median(x[1] / y[1] for x, y in zip(a, b)):.3f} (medians of the pairs' ratios)")


if __name__ == "__main__":
    main()
