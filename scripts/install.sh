#!/usr/bin/env bash
# Installs impact so it runs from any folder: <prefix>/bin/impact, with its own report definitions and
# default settings in <prefix>/share/impact/ (Reports/ and impact.yaml), where the binary looks for them.
# Running it again replaces the installed files (a report removed from Reports/ goes too).
#
#   bash scripts/install.sh                      # build (release) and install to ~/.local
#   bash scripts/install.sh --prefix /opt/impact # elsewhere
#   bash scripts/install.sh --binary PATH        # install a binary built already (no build)
set -euo pipefail

prefix="$HOME/.local"
binary=""
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="${2:?--prefix heeft een map nodig}"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        --binary) binary="${2:?--binary heeft een pad nodig}"; shift 2 ;;
        --binary=*) binary="${1#--binary=}"; shift ;;
        -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: onbekende optie $1 (bekend: --prefix MAP, --binary PAD)" >&2; exit 64 ;;
    esac
done
# Paths as the caller gave them, relative to the caller's folder.
mkdir -p "$prefix/bin" "$prefix/share"
prefix="$(cd "$prefix" && pwd)"
[ -z "$binary" ] || binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
cd "$(dirname "$0")/.."

if [ -z "$binary" ]; then
    binary="$(bash scripts/build-release.sh)"
fi
[ -x "$binary" ] || { echo "install.sh: $binary is geen uitvoerbaar bestand" >&2; exit 1; }
share="$prefix/share/impact"

# Each part is written beside its place and then moved in, so a running impact never sees half a copy.
staging="$(mktemp -d "$prefix/share/.impact-install.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
mkdir -p "$staging/impact"
cp -R Reports "$staging/impact/Reports"
cp impact.yaml "$staging/impact/impact.yaml"
rm -rf "$share.old"
[ -e "$share" ] && mv "$share" "$share.old"
mv "$staging/impact" "$share"
rm -rf "$share.old"

cp "$binary" "$prefix/bin/.impact.new"
chmod 755 "$prefix/bin/.impact.new"
mv -f "$prefix/bin/.impact.new" "$prefix/bin/impact"

echo "geïnstalleerd: $prefix/bin/impact"
echo "meegeleverde rapporten en standaardinstellingen: $share/"
case ":$PATH:" in
    *":$prefix/bin:"*) echo "klaar: typ impact --help" ;;
    *) echo "$prefix/bin staat nog niet in je PATH; voeg deze regel toe aan ~/.bashrc (of ~/.profile) en open een nieuwe terminal:"
       echo "    export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
