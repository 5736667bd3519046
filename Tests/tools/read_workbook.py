#!/usr/bin/env python3
"""Reads an XLSX back with openpyxl (an independent reader) and prints it as JSON for the Swift tests:
sheet names, every cell value (with its type and number format), the Excel tables, frozen panes and charts
per sheet."""
import json
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])
result = {"sheets": workbook.sheetnames, "cells": {}, "types": {}, "formats": {}, "tables": {}, "freeze": {}, "charts": {}}
for sheet in workbook.worksheets:
    result["cells"][sheet.title] = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    result["types"][sheet.title] = [[cell.data_type for cell in row] for row in sheet.iter_rows()]
    result["formats"][sheet.title] = [[cell.number_format for cell in row] for row in sheet.iter_rows()]
    result["tables"][sheet.title] = {name: (ref if isinstance(ref, str) else ref.ref) for name, ref in sheet.tables.items()}
    result["freeze"][sheet.title] = sheet.freeze_panes
    result["charts"][sheet.title] = len(sheet._charts)
print(json.dumps(result, default=str))
