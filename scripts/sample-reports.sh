#!/usr/bin/env bash
# From a fresh clone to the sample reports: setup, build, ingest SampleData, write the reports to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# A debug build: it compiles in about half the time of a release build and shares its work with
# scripts/test.sh, while SampleData takes under 20 s to ingest and report in it. For real registers
# (a million rows) use the release build that scripts/install.sh makes.
swift build --product impact
impact=.build/debug/impact
rm -f out/sample.sqlite
mkdir -p out
"$impact" ingest SampleData/ --db out/sample.sqlite --out out
"$impact" status --db out/sample.sqlite
"$impact" figures --period 2022-Q4 --format csv --db out/sample.sqlite --output out/figures-2022-Q4.csv
# Every report listed in SampleData/sample-reports.txt (name and options, one per line).
grep -v '^\s*\(#\|$\)' SampleData/sample-reports.txt | while read -r -a report; do
    "$impact" report "${report[@]}" --db out/sample.sqlite --out out
done
echo "klaar: de rapporten staan in out/"
ls out/*.xlsx out/*.txt
