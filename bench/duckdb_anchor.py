"""DuckDB's load of the same file, as the benchmark's anchor: every column as text, no checks.

    bench/.venv/bin/python bench/duckdb_anchor.py FILE DBFILE
"""
import sys

import duckdb

path, db = sys.argv[1], sys.argv[2]
con = duckdb.connect(db)
con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?, delim=';', header=true, all_varchar=true)", [path])
print(f"{path}: {con.execute('SELECT count(*) FROM t').fetchone()[0]} rows into {db}")
con.close()
