"""The spreadsheet way, as the benchmark's anchor for ingest + report: pandas reads the register, counts the
dreams received in a quarter by category and by status, XlsxWriter writes them to a small workbook.
No checks beyond parsing the dates.

    bench/.venv/bin/python bench/pandas_anchor.py FILE OUT.xlsx [2024-Q4]
"""
import sys

import pandas as pd

path, out = sys.argv[1], sys.argv[2]
period = pd.Period(sys.argv[3] if len(sys.argv) > 3 else "2024-Q4", freq="Q")

df = pd.read_csv(path, sep=";", dtype=str, encoding="utf-8-sig", keep_default_na=False)
received = pd.to_datetime(df["Ontvangen op"].str.strip(), format="%d-%m-%Y", errors="coerce")
inq = df[(received >= period.start_time) & (received <= period.end_time)]
by_category = inq["Categorie"].str.strip().value_counts().sort_index()
by_status = inq["Status"].str.strip().value_counts().sort_index()

with pd.ExcelWriter(out, engine="xlsxwriter") as xl:
    pd.DataFrame({"Categorie": by_category.index, "Dromen ontvangen": by_category.values}).to_excel(
        xl, sheet_name="Per categorie", index=False)
    pd.DataFrame({"Status": by_status.index, "Dromen ontvangen": by_status.values}).to_excel(
        xl, sheet_name="Per status", index=False)
print(f"{out}: {len(inq)} dreams received in {period} ({len(df)} rows read)")
