# Shared by bench/benchmark.sh, crash-safety.sh and instructions.sh (sourced; run from the repository root).
#   $work: $BENCH_DIR, default /tmp/impact-bench: registers cached per size in $work/N/
#   impact_binary: builds the binary users install (scripts/build-release.sh) unless IMPACT_BIN names
#                  a binary; copies it to $work/bin/ so that a rebuild during a run does not change
#                  what is measured; sets $impact
#   register N / next_register N: $work/N/dromen_2024-Q4.csv / dromen_2025-Q1.csv, made once
work=${BENCH_DIR:-/tmp/impact-bench}
mkdir -p "$work/bin"
say() { echo "bench: $*" >&2; }

# apt_install PACKAGE...: with sudo unless root.
apt_install() {
    local sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    say "installing $*"
    $sudo_cmd apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$@" >/dev/null
}

impact_binary() {
    local binary
    if [ -n "${IMPACT_BIN:-}" ]; then
        say "using $IMPACT_BIN (IMPACT_BIN; not building)"
        binary=$IMPACT_BIN
    else
        binary=$(bash scripts/build-release.sh)
    fi
    impact=$work/bin/impact-$$
    cp "$binary" "$impact"
    trap 'rm -f "$impact"' EXIT
}

# register N: the seeded generator's register of N dossiers, made again when a generator changed.
register() {
    local dir=$work/$1 stamp
    stamp=$(cat SampleData/generate.py SampleData/generator_support.py bench/next_snapshot.py | sha1sum | cut -c1-16)
    if [ "$(cat "$dir/generator" 2>/dev/null)" != "$stamp" ] || [ ! -f "$dir/dromen_2024-Q4.csv" ]; then
        say "generating a register of $1 dossiers in $dir"
        rm -rf "$dir"; mkdir -p "$dir"
        python3 SampleData/generate.py --benchmark "$1" --out "$dir/dromen_2024-Q4.csv.partial" >&2
        mv "$dir/dromen_2024-Q4.csv.partial" "$dir/dromen_2024-Q4.csv"
        echo "$stamp" >"$dir/generator"
    fi
    cat "$dir/dromen_2024-Q4.csv" >/dev/null  # read once, so no timed step pays for the disk
}

# next_register N: the quarter after (bench/next_snapshot.py: 5% of the dossiers changed, 2% new).
next_register() {
    [ -f "$work/$1/dromen_2025-Q1.csv" ] || python3 bench/next_snapshot.py "$work/$1/dromen_2024-Q4.csv" >&2
    cat "$work/$1/dromen_2025-Q1.csv" >/dev/null
}

# fresh_db PATH: a new impact database with the postcodes in it.
fresh_db() {
    rm -f "$1" "$1-wal" "$1-shm" "$1-journal"
    "$impact" ingest SampleData/postcodes_almere.csv --db "$1" --out "$work/out" >/dev/null
}
