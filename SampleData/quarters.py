"""Calendar quarters and file writing shared by the SampleData generators (Python 3 standard library)."""

import os
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


def write_files(folder, contents):
    """Writes {name: bytes} into `folder` in name order; returns the number of bytes written."""
    os.makedirs(folder, exist_ok=True)
    for name in sorted(contents):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(contents[name])
    return sum(len(data) for data in contents.values())
