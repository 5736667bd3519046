#!/usr/bin/env bash
# Instructions an ingest executes (valgrind's callgrind): a count that does not drift with this shared
# machine's speed, where bench/pairs.py's wall times need 20+ pairs to tell 3% apart. Not a test.
#
#   bash bench/instructions.sh BINARY [first|next] [N]     default: first, 100000 dossiers
#
# Prints the total and the largest functions by their own instructions; the profile is left in
# $BENCH_DIR/callgrind.out (callgrind_annotate --inclusive=yes, --tree=caller for more). Three things to
# know: valgrind cannot read the debug information of the installed build, so a copy without it is run;
# the database is made by that same copy (the kept counts and lines of a next quarter hold only for the
# build that kept them); and valgrind hides the CPU's SHA instructions, so the SHA-256 pass (libcrypto)
# counts ~4 times what it costs natively: compare builds on the rest. The registers are bench/benchmark.sh's
# (made here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
binary=${1:?usage: bench/instructions.sh BINARY [first|next] [N]}
which=${2:-first}; n=${3:-100000}
register "$n"; next_register "$n"; data=$work/$n
command -v valgrind >/dev/null || apt_install valgrind
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
objcopy --strip-debug "$binary" "$scratch/impact"
db=$scratch/impact.sqlite; out=$scratch/out
"$scratch/impact" ingest SampleData/postcodes_almere.csv --db "$db" --out "$out" >/dev/null 2>&1
if [ "$which" = next ]; then
    "$scratch/impact" ingest "$data/dromen_2024-Q4.csv" --db "$db" --out "$out" >/dev/null 2>&1
    file=$data/dromen_2025-Q1.csv
else
    file=$data/dromen_2024-Q4.csv
fi
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$scratch/impact" ingest "$file" --db "$db" --out "$out" \
    >/dev/null 2>"$scratch/valgrind.log" || { cat "$scratch/valgrind.log" >&2; exit 1; }
echo "$which quarter, $n dossiers: $(awk '/I *refs:/ {print $NF}' "$scratch/valgrind.log") instructions"
callgrind_annotate "$work/callgrind.out" 2>/dev/null | awk '/^ *[0-9,]+ +\(/ && !/PROGRAM TOTALS/' | head -15 | cut -c1-150
