"""Prints bench/benchmark.sh's results (tab-separated rows) as one aligned table.

Input columns: step, impact s, anchor, anchor s, ratio, goal, peak MB. An empty ratio with both times
given is impact s / anchor s; times and ratios get two decimals, an empty cell a dash.
    python3 bench/table.py RESULTS.tsv
"""
import sys

HEAD = ["step", "impact s", "anchor", "anchor s", "ratio", "goal", "peak MB"]
RIGHT = {1, 3, 4, 6}  # numbers


def number(s, decimals=2):
    try:
        return f"{float(s):.{decimals}f}"
    except ValueError:
        return s


rows = []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        step, impact_s, anchor, anchor_s, ratio, goal, peak = (line.rstrip("\n").split("\t") + [""] * 7)[:7]
        if not ratio and impact_s and anchor_s:
            ratio = f"{float(impact_s) / float(anchor_s):.2f}" if float(anchor_s) > 0 else "inf"
        rows.append([step, number(impact_s), anchor, number(anchor_s), number(ratio), goal, number(peak, 0)])
rows = [[cell or "-" for cell in row] for row in rows]
widths = [max(len(row[i]) for row in [HEAD] + rows) for i in range(len(HEAD))]


def show(row):
    return " | ".join(cell.rjust(w) if i in RIGHT else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths)))


print(show(HEAD).rstrip())
print("-+-".join("-" * w for w in widths))
for row in rows:
    print(show(row).rstrip())
