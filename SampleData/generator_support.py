"""What the SampleData generators share: their command line, calendar quarters and file writing (Python 3
standard library)."""

import argparse
import os
import re
from datetime import date, timedelta


def quarters(first, last):
    """(year, quarter) from `first` to `last` inclusive."""
    y, q = first
    while (y, q) <= last:
        yield (y, q)
        y, q = (y, q + 1) if q < 4 else (y + 1, 1)


def q_first(yq):
    return date(yq[0], 3 * yq[1] - 2, 1)


def q_last(yq):
    y, q = yq
    return date(y, 12, 31) if q == 4 else date(y, 3 * q + 1, 1) - timedelta(days=1)


def q_name(yq):
    return f"{yq[0]}-Q{yq[1]}"


def q_of(d):
    return (d.year, (d.month - 1) // 3 + 1)


def next_q(yq):
    return (yq[0], yq[1] + 1) if yq[1] < 4 else (yq[0] + 1, 1)


NL_DATE_RE = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")


def parse_nl_date(s):
    """A Dutch date (14-09-2019, 4-3-2024) as a date; None when it is not one or does not exist."""
    m = NL_DATE_RE.match(s.strip())
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def write_files(folder, contents):
    """Writes {name: bytes} into `folder` in name order; returns the number of bytes written."""
    os.makedirs(folder, exist_ok=True)
    for name in sorted(contents):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(contents[name])
    return sum(len(data) for data in contents.values())


def generator_arguments(description, default_seed, folder):
    """The command line every generator takes: --seed, --summary, and --dir (default: `folder` beside it)."""
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--seed", type=int, default=default_seed, help=f"random seed (default {default_seed})")
    ap.add_argument("--summary", action="store_true", help="print the expected figures and planted rows; write nothing")
    ap.add_argument("--dir", default=os.path.join(here, folder), help=f"output directory (default: {folder}/ beside this script)")
    return ap.parse_args()


def run_generator(description, default_seed, folder, generate, print_summary):
    """The main of a generator whose `generate(seed)` returns (world, {name: (bytes, ...)}): --summary prints,
    otherwise the files are written."""
    args = generator_arguments(description, default_seed, folder)
    world, files = generate(args.seed)
    if args.summary:
        print_summary(world, files)
        return
    total = write_files(args.dir, {name: value[0] for name, value in files.items()})
    print(f"wrote {len(files)} files to {args.dir} ({total} bytes)")


def decode_export(data):
    """An export's bytes as text, as impact reads them: UTF-8 with or without BOM, else Windows-1252.
    Returns (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "cp1252"

