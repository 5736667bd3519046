#!/usr/bin/env bash
# Crash safety (issue 10): `impact ingest` killed with SIGKILL at a random moment must leave a database
# that passes SQLite's integrity check and that, after the same ingest is run again to completion, gives
# exactly the figures of an ingest that was never interrupted.
#
#   bash bench/crash-safety.sh [N]        N dossiers (default 1000000); TRIALS (20), SEED (36)
#
# Two starting states, alternating: "empty" (no database; ingest the postcodes and the 2024-Q4 register)
# and "loaded" (the postcodes and the 2024-Q4 register already in; ingest the next quarter's register,
# bench/next_snapshot.py). Each is first run uninterrupted, timed, for its reference figures
# (`impact figures --period 2024-Q4`, resp. 2025-Q1) and `impact status`. Each trial kills the ingest
# after a delay drawn uniformly from that clean duration (bash's RANDOM, seeded), checks
# `PRAGMA integrity_check`, reruns the ingest, and compares figures and status with the reference.
# A trial whose ingest finished before its kill (a run faster than the clean one) is checked too, but
# another is drawn, until TRIALS kills landed during an ingest (at most twice as many trials).
# One line per trial; exits non-zero when any trial is not consistent or too few kills landed.
# Builds the binary scripts/install.sh installs (scripts/build-release.sh) unless IMPACT_BIN names a
# binary (see bench/common.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
n=${1:-1000000}
trials=${TRIALS:-20}
RANDOM=${SEED:-36}

command -v sqlite3 >/dev/null || { say "sqlite3 is missing: run bash bench/benchmark.sh once, or apt-get install sqlite3"; exit 1; }
impact_binary
register "$n"; next_register "$n"
first=$work/$n/dromen_2024-Q4.csv; second=$work/$n/dromen_2025-Q1.csv
dir=$work/crash; rm -rf "$dir"; mkdir -p "$dir"

# The two cases: starting database (none, or a copy of base.sqlite), files to ingest, period to compare.
files_empty=(SampleData/postcodes_almere.csv "$first"); period_empty=2024-Q4
files_loaded=("$second"); period_loaded=2025-Q1

ingest() {  # case db: the case's ingest into db, as a command line in $command
    local -n files=files_$1
    command=("$impact" ingest "${files[@]}" --db "$2" --out "$dir/out")
}
start() {  # case db: the case's starting state
    rm -f "$2" "$2-wal" "$2-shm" "$2-journal"
    if [ "$1" = loaded ]; then cp "$dir/base.sqlite" "$2"; fi
}
outcome() {  # case db name: figures and status (without the database's name, nor when settings were recorded) into $dir/name.*
    local -n period=period_$1
    "$impact" figures --period "$period" --db "$2" --output "$dir/$3.figures.csv" 2>>"$dir/$3.log"
    "$impact" status --db "$2" | tail -n +2 | sed -E 's/, vastgelegd [0-9T:Z-]+,/, vastgelegd (tijd),/' >"$dir/$3.status.txt"
}

# References, and how long a clean ingest takes (milliseconds).
declare -A clean_ms
for case in empty loaded; do
    start "$case" "$dir/ref-$case.sqlite"
    t0=$(date +%s%N)
    ingest "$case" "$dir/ref-$case.sqlite"
    "${command[@]}" >"$dir/ref-$case.log" 2>&1
    clean_ms[$case]=$((($(date +%s%N) - t0) / 1000000))
    outcome "$case" "$dir/ref-$case.sqlite" "ref-$case"
    [ "$case" = empty ] && cp "$dir/ref-empty.sqlite" "$dir/base.sqlite"
    say "clean ingest ($case start): ${clean_ms[$case]} ms"
done

consistent=0; kills=0; i=0
while [ "$kills" -lt "$trials" ] && [ "$i" -lt $((2 * trials)) ]; do
    i=$((i + 1))
    case=$([ $((i % 2)) -eq 1 ] && echo empty || echo loaded)
    db=$dir/trial.sqlite
    start "$case" "$db"
    delay_ms=$((RANDOM * clean_ms[$case] / 32768))
    ingest "$case" "$db"
    "${command[@]}" >"$dir/trial-$i.log" 2>&1 &  # impact itself, so that the kill reaches it
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    kill -9 "$pid" 2>/dev/null || true
    rc=0; wait "$pid" 2>/dev/null || rc=$?
    killed=$([ "$rc" -eq 137 ] && echo killed || echo "done rc=$rc")
    [ "$rc" -eq 137 ] && kills=$((kills + 1))
    integrity=$(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1 | tr '\n' ' ' | sed 's/ $//' || true)
    if "${command[@]}" >>"$dir/trial-$i.log" 2>&1; then
        outcome "$case" "$db" "trial-$i"
        figures=$(cmp -s "$dir/trial-$i.figures.csv" "$dir/ref-$case.figures.csv" && echo yes || echo no)
        status=$(cmp -s "$dir/trial-$i.status.txt" "$dir/ref-$case.status.txt" && echo yes || echo no)
    else
        figures="no (rerun failed, see $dir/trial-$i.log)"; status=no
    fi
    ok=no
    if [ "$integrity" = ok ] && [ "$figures" = yes ] && [ "$status" = yes ]; then ok=yes; consistent=$((consistent + 1)); fi
    printf 'trial %2d  %-6s start  delay %6.3f s  %-10s integrity %-3s  figures equal %-3s  status equal %-3s  %s\n' \
        "$i" "$case" "$(awk -v ms="$delay_ms" 'BEGIN {print ms / 1000}')" "$killed" "$integrity" "$figures" "$status" \
        "$([ $ok = yes ] && echo consistent || echo INCONSISTENT)"
done
echo "$consistent/$i consistent; $kills of $i trials killed during the ingest"
[ "$consistent" -eq "$i" ] && [ "$kills" -ge "$trials" ]
