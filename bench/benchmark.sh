#!/usr/bin/env bash
# Benchmark (not a test): a Dromenregister of N dossiers (default 1,000,000, about 190 MB), timed through
# `impact ingest` and `impact report`, beside sqlite3's own `.import` of the same file, with rows per
# second and peak memory (/usr/bin/time -v). Usage: bash bench/benchmark.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
work=${BENCH_DIR:-/tmp/impact-bench}
mkdir -p "$work"
bash scripts/setup.sh
command -v sqlite3 >/dev/null || { apt-get install -y -qq sqlite3 >/dev/null; }
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null; }
swift build -c release >/dev/null
impact="$PWD/.build/release/impact"
file="$work/dromen_2024-Q4.csv"
[ -f "$file.$rows" ] || { python3 SampleData/generate.py --benchmark "$rows" --out "$file"; touch "$file.$rows"; }
cp SampleData/postcodes_almere.csv "$work/"
size=$(du -m "$file" | cut -f1)
echo "register: $rows dossiers, $size MB"

measure() {   # label, command...: prints wall seconds and peak RSS in MB
    local label=$1; shift
    /usr/bin/time -v "$@" >"$work/$label.out" 2>"$work/$label.time" || { cat "$work/$label.out" "$work/$label.time"; exit 1; }
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/$label.time")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/$label.time")
    printf '%-28s %7.2f s  %6s MB peak' "$label" "$wall" "$rss"
    [ -n "${rows_for_rate:-}" ] && printf '  %9.0f rows/s' "$(echo "$rows_for_rate / $wall" | bc -l)"
    echo
    eval "$(echo "$label" | tr -c "a-z\n" "_")_wall=$wall"
}

rm -f "$work/import.sqlite" "$work/impact.sqlite"
rows_for_rate=$rows measure "sqlite3 .import (no checks)" sqlite3 "$work/import.sqlite" -cmd ".mode csv" -cmd ".separator ;" ".import $file dromen"
rows_for_rate=$rows measure "impact ingest (validated)" "$impact" ingest "$file" --db "$work/impact.sqlite" --out "$work/out"
rows_for_rate= measure "impact report beleid" "$impact" report beleid --period 2024-Q4 --db "$work/impact.sqlite" --out "$work/out" --reports Reports
rows_for_rate= measure "impact figures" "$impact" figures --period 2024-Q4 --db "$work/impact.sqlite" --output "$work/out/figures.csv"
ratio=$(echo "$impact_ingest__validated__wall / $sqlite___import__no_checks__wall" | bc -l)
printf 'ingest / .import = %.2f (goal: at most 0.50)\n' "$ratio"
tail -1 "$work/impact ingest (validated).out"
