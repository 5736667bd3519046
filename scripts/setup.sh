#!/usr/bin/env bash
# Installs what impact needs beyond the Swift toolchain, only where it is missing:
# the C libraries (SQLite, libxlsxwriter, libcrypto for SHA-256) and, for the tests, python3's openpyxl to read workbooks back.
set -euo pipefail

need=()
for package in libsqlite3-dev libxlsxwriter-dev libssl-dev zlib1g-dev pkg-config; do
    dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
done
if [ "${1:-}" = "--tests" ]; then
    command -v python3 >/dev/null 2>&1 || need+=(python3 python3-pip)
fi
if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing ${need[*]}"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ "${1:-}" = "--tests" ] && ! python3 -c "import openpyxl" >/dev/null 2>&1; then
    echo "setup: installing openpyxl"
    python3 -m pip install --quiet openpyxl 2>/dev/null || python3 -m pip install --quiet --break-system-packages openpyxl
fi
