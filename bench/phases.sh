#!/usr/bin/env bash
# Where an ingest's time goes, phase by phase, without a profiler (issue 10): impact's own marks
# (IMPACT_PHASES, Core/PhaseTimes.swift) over several runs, the median of each.
#
#   bash bench/phases.sh [next|first] [N] [RUNS]    default: next 1000000 9
#
# next: the next quarter of the N-dossier register (bench/next_snapshot.py: 5% changed, 2% new) into a
# fresh copy of the database its first quarter made, the copy on disk before each run, as in
# bench/benchmark.sh; first: the first quarter into a database holding only the postcodes. Prints, for
# each mark, the median milliseconds since the first (impact started, its command read) and the median
# of the phase that ended there, and the process's median wall time (what lies outside the marks: the
# process's start, its summary and exit). The binary and the registers are bench/benchmark.sh's
# (IMPACT_BIN, BENCH_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
which=${1:-next}; n=${2:-1000000}; runs=${3:-9}
case "$which" in next|first) ;; *) echo "usage: bash bench/phases.sh [next|first] [N] [RUNS]" >&2; exit 2 ;; esac
impact_binary
register "$n"; next_register "$n"
mkdir -p "$work/logs"
db=$work/phases.sqlite start=$work/phases-start.sqlite
fresh_db "$start"
if [ "$which" = next ]; then
    "$impact" ingest "$work/$n/dromen_2024-Q4.csv" --db "$start" --out "$work/out" >/dev/null
    csv=$work/$n/dromen_2025-Q1.csv
else
    csv=$work/$n/dromen_2024-Q4.csv
fi
logs=()
for ((run = 1; run <= runs; run++)); do
    rm -f "$db" "$db-journal" "$db-wal" "$db-shm"
    cp "$start" "$db"
    sync "$db"
    cat "$csv" >/dev/null
    log=$work/logs/phases-$which-$run.txt
    begin=$(date +%s%N)
    IMPACT_PHASES=1 "$impact" ingest "$csv" --db "$db" --out "$work/out" 2>"$log" >/dev/null
    echo "wall $(( ($(date +%s%N) - begin) / 1000 ))" >>"$log"
    logs+=("$log")
done
rm -f "$db" "$start"
python3 - "$which" "$n" "${logs[@]}" <<'PY'
import statistics, sys
which, n, logs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
runs = []
for path in logs:
    marks, wall = [], None
    for line in open(path):
        parts = line.split()
        if parts[:1] == ["phase"]:
            marks.append((" ".join(parts[3:]), float(parts[1])))
        elif parts[:1] == ["wall"]:
            wall = int(parts[1]) / 1000
    runs.append((marks, wall))
names = [name for name, _ in runs[0][0]]
if any([name for name, _ in marks] != names for marks, _ in runs):
    sys.exit("bench/phases.sh: the runs did not pass the same marks")
print(f"{which} quarter of the {n:,}-dossier register: median of {len(runs)} runs, ms")
print(f"  {'mark (the phase that ended there)':48} {'at':>8} {'phase':>8}")
for index, name in enumerate(names):
    at = statistics.median(marks[index][1] for marks, _ in runs)
    took = statistics.median(marks[index][1] - (marks[index - 1][1] if index else 0) for marks, _ in runs)
    print(f"  {name[:48]:48} {at:8.1f} {took:8.1f}")
walls = [wall for _, wall in runs]
last = statistics.median(marks[-1][1] for marks, _ in runs)
print(f"  {'the process (its start and exit outside the marks)':48} {statistics.median(walls):8.1f} {statistics.median(walls) - last:8.1f}")
PY
