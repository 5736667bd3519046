#!/usr/bin/env bash
# From a fresh clone to the sample reports: setup, build, ingest SampleData, write the reports to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release
impact=.build/release/impact
rm -f out/sample.sqlite
mkdir -p out
"$impact" ingest SampleData/ --db out/sample.sqlite --out out
"$impact" status --db out/sample.sqlite
"$impact" report beleid --period 2022-Q4 --db out/sample.sqlite --out out
"$impact" figures --period 2022-Q4 --format csv --db out/sample.sqlite --output out/figures-2022-Q4.csv
"$impact" report zwo --period 2019-2020 --as-of 15-01-2020 --db out/sample.sqlite --out out
"$impact" report zwo --period 2018-2019 --db out/sample.sqlite --out out
echo "klaar: de rapporten staan in out/"
ls out/*.xlsx out/*.txt
