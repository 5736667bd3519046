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
echo "klaar: out/beleid-2022-Q4.xlsx, out/beleid-2022-Q4.txt, out/figures-2022-Q4.csv"
