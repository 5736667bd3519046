#!/usr/bin/env bash
# Benchmark (not a test; issue 10): impact against what it is compared with, as ONE table on stdout.
#
#   bash bench/benchmark.sh [N...]        N: dossiers per register; default (or $BENCH_SIZES):
#                                         1000000 100000 3000000
#
# The first N gets every step; every N gets the memory rows (d):
#   a. first ingest of the N-dossier register: impact ingest vs sqlite3 .import (goal ratio <= 0.50) and
#      vs DuckDB's read_csv into a table (goal <= 1.00)
#   b. second ingest, next quarter's register into the same database: vs the first ingest (goal <= 0.30);
#      the database's growth in % of its size after the first load (goal <= 10%)
#   c. impact report beleid and impact figures for 2024-Q4 (goal <= 0.5 s each); impact ingest + report
#      vs a pandas + XlsxWriter script doing the spreadsheet way (bench/pandas_anchor.py)
#   d. peak memory of ingest, report and the next quarter's ingest per N (goal <= 100 MB)
# Each step is timed with /usr/bin/time -v (wall seconds, peak RSS); the ingests of a and b and their
# anchors are run in $BENCH_RUNS rounds (default 5), each from the same start: the medians are shown,
# and each ratio is the median of its rounds' ratios (taken pair by pair, as the machine drifts).
# Progress goes to stderr.
#
# Installs what it needs, only where missing: scripts/setup.sh, sqlite3 and time (apt), and duckdb, pandas
# and XlsxWriter in a virtual environment of its own (bench/.venv). Registers are made by the seeded
# generator (SampleData/generate.py --benchmark N; bench/next_snapshot.py for the next quarter) and cached
# in $BENCH_DIR/N (default /tmp/impact-bench); 3,000,000 dossiers are ~570 MB and take ~90 s to make.
# Builds the binary scripts/install.sh installs (scripts/build-release.sh: release, Swift's libraries
# linked in), unless IMPACT_BIN names a binary to use instead; either way the binary is copied first, so
# a rebuild during the run does not change what is measured.
# Each step's output and /usr/bin/time report: $BENCH_DIR/logs/; the table also in $BENCH_DIR/table.txt.
#   Quick smoke run:  BENCH_SIZES=100000 bash bench/benchmark.sh   (or: bash bench/benchmark.sh 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
if [ $# -gt 0 ]; then sizes=("$@"); else read -r -a sizes <<<"${BENCH_SIZES:-1000000 100000 3000000}"; fi
main=${sizes[0]}
venv=bench/.venv
mkdir -p "$work/logs"

# --- what it compares against -------------------------------------------------------------------------
command -v sqlite3 >/dev/null || apt_install sqlite3
[ -x /usr/bin/time ] || apt_install time
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" >&2 2>/dev/null || { rm -rf "$venv"; apt_install python3-venv; python3 -m venv "$venv" >&2; }
fi
if ! "$venv/bin/python" -c "import duckdb, pandas, xlsxwriter" 2>/dev/null; then
    say "installing duckdb, pandas and XlsxWriter in $venv"
    "$venv/bin/pip" install --quiet duckdb pandas XlsxWriter >&2
fi

impact_binary

label() {  # 1000000 -> 1M, 100000 -> 100k
    if [ $(($1 % 1000000)) -eq 0 ]; then echo "$(($1 / 1000000))M"
    elif [ $(($1 % 1000)) -eq 0 ]; then echo "$(($1 / 1000))k"
    else echo "$1"; fi
}
db_bytes() {  # the database with its write-ahead log, if any
    local total=0 f
    for f in "$1" "$1-wal"; do [ -f "$f" ] && total=$((total + $(stat -c %s "$f"))); done
    echo "$total"
}

# --- measuring ----------------------------------------------------------------------------------------
# measure NAME COMMAND...: runs it under /usr/bin/time -v; sets $wall (s) and $peak (MB).
measure() {
    local name=$1; shift
    local log=$work/logs/$name
    if ! /usr/bin/time -v -o "$log.time" "$@" >"$log.out" 2>"$log.err"; then
        cat "$log.out" "$log.err" "$log.time" >&2
        say "$name failed: $*"; exit 1
    fi
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$log.time")
    peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log.time")
    say "$(printf '%-34s %8.2f s %6s MB' "$name" "$wall" "$peak")"
}
# The ingests of a and b and their anchors are run in rounds, $runs of them (BENCH_RUNS, default 5):
# each round runs every one of them once, from the same start (an untimed setup), so that a ratio is
# taken within a round, pair by pair, while this shared 2-core machine drifts (the same first ingest
# took 1.7 to 2.2 s, 2.6 to 3.7 s of CPU, within one run of this script). A time shown is the median of
# its rounds, a ratio the median of its rounds' ratios, a peak the highest.
runs=${BENCH_RUNS:-5}
median() { printf '%s\n' "$@" | sort -g | awk '{ w[NR] = $1 } END { print w[int((NR + 1) / 2)] }'; }
# paired_ratio "A1 A2 ..." "B1 B2 ...": the median of A_i / B_i.
paired_ratio() {
    local -a a=($1) b=($2) r=()
    local i
    for i in "${!a[@]}"; do r+=("$(awk -v x="${a[$i]}" -v y="${b[$i]}" 'BEGIN { printf "%.4f", (y > 0 ? x / y : 0) }')"); done
    median "${r[@]}"
}
results=$work/results.tsv
: >"$results"
row() { local IFS=$'\t'; echo "$*" >>"$results"; }  # step, impact s, anchor, anchor s, ratio, goal, peak MB

# --- a, b, c at the first size ------------------------------------------------------------------------
n=$main; L=$(label "$n")
register "$n"; next_register "$n"
first=$work/$n/dromen_2024-Q4.csv; second=$work/$n/dromen_2025-Q1.csv
say "register: $n dossiers, $(du -m "$first" | cut -f1) MB; next quarter $(du -m "$second" | cut -f1) MB"
db=$work/impact.sqlite
rm -f "$work/import.sqlite" "$work/duck.duckdb" "$work/duck.duckdb.wal"

no_import() { rm -f "$work/import.sqlite"; }
no_duck() { rm -f "$work/duck.duckdb" "$work/duck.duckdb.wal"; }
empty_db() { fresh_db "$db"; }
keep_first_db() {  # the database as the first ingest left it, for the next quarter's start
    for f in "$db" "$db-wal"; do if [ -f "$f" ]; then cp "$f" "$work/first${f#"$db"}.sqlite"; else rm -f "$work/first${f#"$db"}.sqlite"; fi; done
}
first_db() {  # the database as the first ingest left it, untimed
    rm -f "$db-shm"; cp "$work/first.sqlite" "$db"
    if [ -f "$work/first-wal.sqlite" ]; then cp "$work/first-wal.sqlite" "$db-wal"; else rm -f "$db-wal"; fi
    # On disk before the timed ingest starts, as a user's database is: its commit's sync would write
    # the copy's 120 MB too.
    sync "$db"
}
sqlite_w=(); duck_w=(); first_w=(); next_w=(); ingest_mb=0; second_mb=0
for ((round = 1; round <= runs; round++)); do
    no_import
    measure "sqlite3-import-$L-run$round" sqlite3 "$work/import.sqlite" -cmd ".mode csv" -cmd ".separator ;" ".import $first t"
    sqlite_w+=("$wall")
    no_duck
    measure "duckdb-read_csv-$L-run$round" "$venv/bin/python" bench/duckdb_anchor.py "$first" "$work/duck.duckdb"
    duck_w+=("$wall")
    empty_db
    measure "impact-ingest-$L-run$round" "$impact" ingest "$first" --db "$db" --out "$work/out/$L"
    first_w+=("$wall"); [ "$peak" -gt "$ingest_mb" ] && ingest_mb=$peak
    size1=$(db_bytes "$db"); keep_first_db
    first_db
    measure "impact-ingest-next-$L-run$round" "$impact" ingest "$second" --db "$db" --out "$work/out/$L"
    next_w+=("$wall"); [ "$peak" -gt "$second_mb" ] && second_mb=$peak
    size2=$(db_bytes "$db")
done
ingest_s=$(median "${first_w[@]}"); second_s=$(median "${next_w[@]}")
row "a. first ingest $L" "$ingest_s" "sqlite3 .import" "$(median "${sqlite_w[@]}")" "$(paired_ratio "${first_w[*]}" "${sqlite_w[*]}")" "<= 0.50" "$ingest_mb"
row "a. first ingest $L" "$ingest_s" "DuckDB read_csv" "$(median "${duck_w[@]}")" "$(paired_ratio "${first_w[*]}" "${duck_w[*]}")" "<= 1.00" "$ingest_mb"
first_db    # step c reads the first quarter's database

measure "impact-report-$L" "$impact" report beleid --period 2024-Q4 --db "$db" --out "$work/out/$L" --reports Reports
report_s=$wall; report_mb=$peak
measure "impact-figures-$L" "$impact" figures --period 2024-Q4 --db "$db" --output "$work/out/$L/figures.csv"
figures_s=$wall; figures_mb=$peak
measure "pandas-xlsxwriter-$L" "$venv/bin/python" bench/pandas_anchor.py "$first" "$work/out/$L/pandas-2024-Q4.xlsx" 2024-Q4
pandas_s=$wall

row "b. second ingest $L (2025-Q1)" "$second_s" "first ingest" "$ingest_s" "$(paired_ratio "${next_w[*]}" "${first_w[*]}")" "<= 0.30" "$second_mb"
growth=$(awk -v a="$size1" -v b="$size2" 'BEGIN {printf "%+.1f%%", (b - a) * 100 / a}')
row "b. database growth" "" "$(awk -v a="$size1" 'BEGIN {printf "size after 1st: %.0f MB", a / 1048576}')" "" \
    "$growth" "<= 10%" ""

row "c. report beleid 2024-Q4" "$report_s" "" "" "" "<= 0.5 s" "$report_mb"
row "c. figures 2024-Q4" "$figures_s" "" "" "" "<= 0.5 s" "$figures_mb"
row "c. ingest + report $L" "$(awk -v a="$ingest_s" -v b="$report_s" 'BEGIN {print a + b}')" \
    "pandas + XlsxWriter" "$pandas_s" "" "" ""

# --- d. peak memory per size --------------------------------------------------------------------------
for n in "${sizes[@]}"; do
    L=$(label "$n")
    if [ "$n" != "$main" ]; then
        register "$n"
        fresh_db "$work/memory.sqlite"
        measure "impact-ingest-$L" "$impact" ingest "$work/$n/dromen_2024-Q4.csv" --db "$work/memory.sqlite" --out "$work/out/$L"
        ingest_s=$wall; ingest_mb=$peak
        measure "impact-report-$L" "$impact" report beleid --period 2024-Q4 --db "$work/memory.sqlite" --out "$work/out/$L" --reports Reports
        report_s=$wall; report_mb=$peak
        # The next quarter holds the key maps of both quarters.
        next_register "$n"
        measure "impact-ingest-next-$L" "$impact" ingest "$work/$n/dromen_2025-Q1.csv" --db "$work/memory.sqlite" --out "$work/out/$L"
        second_s=$wall; second_mb=$peak
        rm -f "$work/memory.sqlite" "$work/memory.sqlite-wal" "$work/memory.sqlite-shm"
    fi
    row "d. peak memory ingest $L" "$ingest_s" "" "" "" "<= 100 MB" "$ingest_mb"
    row "d. peak memory report $L" "$report_s" "" "" "" "<= 100 MB" "$report_mb"
    row "d. peak memory next quarter $L" "$second_s" "" "" "" "<= 100 MB" "$second_mb"
done

echo >&2
python3 bench/table.py "$results" | tee "$work/table.txt"
