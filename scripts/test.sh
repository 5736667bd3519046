#!/usr/bin/env bash
# From a fresh clone to a test run: setup (including openpyxl to read workbooks back), build, test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
swift build --build-tests
swift test --skip-build
