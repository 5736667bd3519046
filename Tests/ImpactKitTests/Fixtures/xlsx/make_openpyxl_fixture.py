#!/usr/bin/env python3
"""Writes the small XLSX reader fixtures of this folder (see README.md beside it for every expected cell).

  python3 Tests/ImpactKitTests/Fixtures/xlsx/make_openpyxl_fixture.py

Deterministic: same command, same bytes. openpyxl's save_workbook stamps the current time into
docProps/core.xml and zipfile stamps the local time on every entry, so the workbooks are written through
openpyxl's ExcelWriter into memory with fixed created/modified times, and the zip is rewritten with its
entries in sorted order and a fixed entry time. openpyxl 3.1 writes every string inline (t="inlineStr");
Excel writes a shared-string table, so the two openpyxl workbooks get their strings moved into
xl/sharedStrings.xml (t="s"), in order of first use, as Excel does. Everything else (t="n" on numbers,
`1e-07`, styles) stays as openpyxl wrote it. inline_strings.xlsx is built by hand with zipfile.
After writing, every workbook is read back with openpyxl and compared with the expected values.
"""

import datetime as dt
import io
import os
import re
import zipfile
from datetime import date

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.writer.excel import ExcelWriter

HERE = os.path.dirname(os.path.abspath(__file__))
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
STAMP = dt.datetime(2024, 1, 1, 12, 0, 0)

SST_CT = ('<Override PartName="/xl/sharedStrings.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
SST_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
INLINE_RE = re.compile(r'<c ([^>]*?)t="inlineStr"([^>]*)><is><t( xml:space="preserve")?>(.*?)</t></is></c>', re.S)


def zip_bytes(parts):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(parts):
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zf.writestr(zi, parts[name])
    return out.getvalue()


def openpyxl_bytes(wb):
    """openpyxl's parts, strings moved to a shared-string table, zip rewritten deterministically."""
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    wb.properties.creator = "make_openpyxl_fixture.py"
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
        ExcelWriter(wb, zf).save()
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    parts = {n: src.read(n) for n in src.namelist()}
    sst, index, refs = [], {}, 0

    def to_shared(m):
        nonlocal refs
        attrs, rest, preserve, text = m.group(1), m.group(2), m.group(3) or "", m.group(4)
        if (text, preserve) not in index:
            index[(text, preserve)] = len(sst)
            sst.append((text, preserve))
        refs += 1
        return f'<c {attrs}t="s"{rest}><v>{index[(text, preserve)]}</v></c>'

    wbxml = parts["xl/workbook.xml"].decode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    for rid in re.findall(r'<sheet [^>]*?r:id="(rId\d+)"', wbxml):
        rel = re.search(r'<Relationship [^>]*?Id="%s"[^>]*?/>' % rid, rels).group(0)
        tgt = re.search(r'Target="([^"]+)"', rel).group(1)
        name = tgt.lstrip("/") if tgt.startswith("/") else "xl/" + tgt
        parts[name] = INLINE_RE.sub(to_shared, parts[name].decode()).encode()
    items = "".join(f"<si><t{p}>{t}</t></si>" for t, p in sst)
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{refs}" '
        f'uniqueCount="{len(sst)}">{items}</sst>').encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].decode().replace("</Types>", SST_CT + "</Types>").encode()
    ids = [int(x) for x in re.findall(r'Id="rId(\d+)"', rels)]
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rId{max(ids) + 1}" Type="{SST_REL_TYPE}" Target="sharedStrings.xml"/></Relationships>').encode()
    return zip_bytes(parts)


# ------------------------------------------------------------------------------------------ expected values
# (row, column letter, type, value). Types: string, number, bool, date (value = ISO date), error.
# Cells not listed are absent or empty (no value).

HEADER = [("A", "string", "Tekst"), ("B", "string", "Getal"), ("C", "string", "Datum"), ("D", "string", "Waar"),
          ("E", "string", "Leeg")]

DATES_1900 = [  # row, Tekst, Getal, Datum (date, number format), Waar
    (2, "Coördinator", 1, (date(1900, 2, 28), "dd-mm-yyyy"), True),
    (3, "€ 5", 2.5, (date(1900, 3, 1), "dd-mm-yyyy"), False),
    (4, "regel 1\nregel 2", -3, (date(1970, 1, 1), "dd-mm-yyyy"), True),
    (5, "Coördinator", 1e-7, (date(2024, 2, 29), "dd-mm-yyyy"), False),
    # row 6 absent
    (7, "d-m-yyyy", 1234567.891, (date(2099, 12, 31), "d-m-yyyy"), True),
    (8, "formaat 14", 0, (date(2024, 3, 4), "mm-dd-yy"), False),          # "mm-dd-yy" is built-in numFmtId 14
    (9, "gat in de rij", None, (date(1900, 1, 1), "dd-mm-yyyy"), True),   # B9 absent
    (10, " spaties ", 60, (60, "dd-mm-yyyy"), False),                    # serial 60 with a date format
    (11, "007", -0.5, None, None),
]
SERIAL_1900 = {date(1900, 1, 1): 1, date(1900, 2, 28): 59, date(1900, 3, 1): 61, date(1970, 1, 1): 25569,
               date(2024, 2, 29): 45351, date(2024, 3, 4): 45355, date(2099, 12, 31): 73050}

DATES_1904 = [
    (2, "Coördinator", 1, (date(1904, 1, 1), "dd-mm-yyyy"), True),
    (3, "€ 5", 2.5, (date(1904, 1, 2), "dd-mm-yyyy"), False),
    (4, "regel 1\nregel 2", -3, (date(1970, 1, 1), "dd-mm-yyyy"), True),
    (5, "schrikkeldag", 1e-7, (date(2024, 2, 29), "d-m-yyyy"), False),
    (6, "formaat 14", 42, (date(2099, 12, 31), "mm-dd-yy"), True),
]
SERIAL_1904 = {date(1904, 1, 1): 0, date(1904, 1, 2): 1, date(1970, 1, 1): 24107, date(2024, 2, 29): 43889,
               date(2099, 12, 31): 71588}


def serial(d, base):
    """Independent check of the serials (not openpyxl's code)."""
    if base == 1904:
        return (d - date(1904, 1, 1)).days
    n = (d - date(1899, 12, 31)).days
    return n + 1 if d >= date(1900, 3, 1) else n   # Excel counts a 29-02-1900 that never was


def build_dates(rows, epoch1904):
    wb = openpyxl.Workbook()
    if epoch1904:
        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Data"
    for col, _t, v in HEADER:
        ws[f"{col}1"] = v
        ws[f"{col}1"].font = Font(bold=True)
    for r, tekst, getal, datum, waar in rows:
        ws.cell(row=r, column=1, value=tekst)
        if getal is not None:
            ws.cell(row=r, column=2, value=getal)
        if datum is not None:
            v, fmt = datum
            c = ws.cell(row=r, column=3, value=v)
            c.number_format = fmt
        if waar is not None:
            ws.cell(row=r, column=4, value=waar)
    if not epoch1904:
        # trailing empty rows, as Excel leaves them: formatted cells without a value, a row with only a height
        for col in "ABCDE":
            ws[f"{col}12"].number_format = "dd-mm-yyyy" if col == "C" else "General"
            ws[f"{col}12"].font = Font(bold=True)
        ws.row_dimensions[13].height = 20
        ws["E14"].number_format = "0.00"
    else:
        ws.row_dimensions[8].height = 20
    return openpyxl_bytes(wb)


def expected_dates(rows, base):
    exp = [(1, c, t, v) for c, t, v in HEADER]
    for r, tekst, getal, datum, waar in rows:
        exp.append((r, "A", "string", tekst))
        if getal is not None:
            exp.append((r, "B", "number", getal))
        if datum is not None:
            v, fmt = datum
            if isinstance(v, date):
                exp.append((r, "C", "date", v.isoformat()))
            else:
                exp.append((r, "C", "serial60", v))   # a number formatted as a date; see README
        if waar is not None:
            exp.append((r, "D", "bool", waar))
    return exp


def check_dates(data, rows, base):
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb["Data"]
    z = zipfile.ZipFile(io.BytesIO(data))
    sheet = z.read("xl/worksheets/sheet1.xml").decode()
    wbxml = z.read("xl/workbook.xml").decode()
    assert ('date1904="1"' in wbxml) == (base == 1904), wbxml
    assert "inlineStr" not in sheet
    got = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                got[(c.row, c.column_letter)] = c.value
    exp = expected_dates(rows, base)
    assert len(got) == len(exp), (sorted(got), exp)
    for r, col, t, v in exp:
        g = got[(r, col)]
        if t == "date":
            d = date.fromisoformat(v)
            if base == 1904 and d == date(1904, 1, 1):
                assert g == dt.time(0), g   # openpyxl reads serial 0 as a time of day; Excel shows 01-01-1904
            else:
                assert g == dt.datetime.fromisoformat(v), (r, col, g, v)
            want = SERIAL_1900[d] if base == 1900 else SERIAL_1904[d]
            assert serial(d, base) == want, (d, serial(d, base), want)
            assert re.search(r'<c r="%s%d" s="\d+" t="n"><v>%d</v></c>' % (col, r, want), sheet), (r, col, want)
        elif t == "serial60":
            # openpyxl itself turns it into 1900-02-28; check the stored cell instead
            assert re.search(r'<c r="%s%d" s="\d+" t="n"><v>60</v></c>' % (col, r), sheet), (r, col)
        elif t == "bool":
            assert g is v, (r, col, g)
        elif t == "number":
            assert g == v and not isinstance(g, bool), (r, col, g, v)
        else:
            assert g == v, (r, col, g, v)
    if base == 1900:
        assert '<row r="6"' not in sheet   # row 6 absent altogether
    return exp


# ------------------------------------------------------------------------------------------ inline strings

CT_INLINE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"""
RELS_INLINE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
WB_INLINE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WB_RELS_INLINE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"""
STYLES_INLINE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""
SHEET_INLINE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B9"/><sheetData>\
<row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c><c r="B1" t="inlineStr"><is><t>Waarde</t></is></c></row>\
<row r="2"><c r="A2" t="inlineStr"><is><t>Coördinator</t></is></c><c r="B2" t="str"><f>A2&amp;"!"</f><v>Coördinator!</v></c></row>\
<row r="3"><c r="A3" t="inlineStr"><is><t>Waar</t></is></c><c r="B3" t="b"><v>1</v></c></row>\
<row r="4"><c r="A4" t="inlineStr"><is><t>Fout</t></is></c><c r="B4" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>\
<row r="5"><c r="A5" t="inlineStr"><is><t>Getal</t></is></c><c r="B5"><v>12.5</v></c></row>\
<row r="6"><c r="A6" t="inlineStr"><is><r><rPr><b/></rPr><t>Vet</t></r><r><t xml:space="preserve"> en gewoon</t></r></is></c><c r="B6" t="b"><v>0</v></c></row>\
<row r="7"><c r="A7" t="inlineStr"><is><t xml:space="preserve"> spaties </t></is></c><c r="B7" t="inlineStr"><is><t>€ 5</t></is></c></row>\
<row r="8"><c r="A8" t="inlineStr"><is><t>Wijk &amp; buurt
regel 2</t></is></c><c r="B8" s="1"><v>45351</v></c></row>\
<row r="9"><c r="A9" t="inlineStr"><is><t/></is></c><c r="B9" t="n"><v>-3</v></c></row>\
</sheetData></worksheet>"""

INLINE_EXPECTED = [
    (1, "A", "string", "Naam"), (1, "B", "string", "Waarde"),
    (2, "A", "string", "Coördinator"), (2, "B", "string", "Coördinator!"),
    (3, "A", "string", "Waar"), (3, "B", "bool", True),
    (4, "A", "string", "Fout"), (4, "B", "error", "#DIV/0!"),
    (5, "A", "string", "Getal"), (5, "B", "number", 12.5),
    (6, "A", "string", "Vet en gewoon"), (6, "B", "bool", False),
    (7, "A", "string", " spaties "), (7, "B", "string", "€ 5"),
    (8, "A", "string", "Wijk & buurt\nregel 2"), (8, "B", "date", "2024-02-29"),
    (9, "B", "number", -3),
]


def build_inline():
    return zip_bytes({"[Content_Types].xml": CT_INLINE.encode(), "_rels/.rels": RELS_INLINE.encode(),
                      "xl/workbook.xml": WB_INLINE.encode(), "xl/_rels/workbook.xml.rels": WB_RELS_INLINE.encode(),
                      "xl/styles.xml": STYLES_INLINE.encode(), "xl/worksheets/sheet1.xml": SHEET_INLINE.encode()})


def check_inline(data):
    ws = openpyxl.load_workbook(io.BytesIO(data), data_only=True)["Blad1"]   # cached results, not formulas
    got = {(c.row, c.column_letter): c.value for row in ws.iter_rows() for c in row
           if c.value is not None and c.value != ""}
    assert len(got) == len(INLINE_EXPECTED), (sorted(got), INLINE_EXPECTED)
    for r, col, t, v in INLINE_EXPECTED:
        g = got[(r, col)]
        if t == "date":
            assert g == dt.datetime.fromisoformat(v), (r, col, g)
        else:
            assert g == v, (r, col, g, v)


# ------------------------------------------------------------------------------------------ main

def main():
    files = {}
    files["openpyxl_dates_1900.xlsx"] = build_dates(DATES_1900, epoch1904=False)
    check_dates(files["openpyxl_dates_1900.xlsx"], DATES_1900, 1900)
    files["openpyxl_dates_1904.xlsx"] = build_dates(DATES_1904, epoch1904=True)
    check_dates(files["openpyxl_dates_1904.xlsx"], DATES_1904, 1904)
    files["inline_strings.xlsx"] = build_inline()
    check_inline(files["inline_strings.xlsx"])
    files["not_a_workbook.xlsx"] = "Dit is geen werkmap".encode()
    whole = files["openpyxl_dates_1900.xlsx"]
    files["damaged.xlsx"] = whole[: len(whole) // 2]
    files["password.xlsx"] = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    for name in ("not_a_workbook.xlsx", "damaged.xlsx", "password.xlsx"):
        try:
            zipfile.ZipFile(io.BytesIO(files[name]))
        except zipfile.BadZipFile:
            pass
        else:
            raise SystemExit(f"{name} opens as a zip")
    for name, data in sorted(files.items()):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
