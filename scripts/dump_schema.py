#!/usr/bin/env python3
"""Writes a Marsa database as tests/data/schema-vN.sql: one SQL statement a line, as the upgrade
tests load it (tests/storage/audit_and_users_test.cpp, loadOldSchema).

    marsa-cli demo --db /tmp/demo.sqlite      # built at the commit of schema N
    scripts/dump_schema.py /tmp/demo.sqlite "A Marsa database at schema version N ..." > tests/data/schema-vN.sql

Tables (alphabetical) with their rows, then the FTS5 tables (rebuilt from their content table, so
their shadow tables are not written), then indexes and triggers, so that no trigger fires while
the rows go in. The places keep one row (Tripoli), as in the older dumps: the upgrade tests look
at it, and the full list is resources data, not schema.
"""

import sqlite3
import sys


def literal(value):
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, bytes):
        return "X'" + value.hex() + "'"
    text = str(value)
    if "\n" in text:
        raise SystemExit("a value spans lines; the loader reads one statement a line")
    return "'" + text.replace("'", "''") + "'"


def one_line(sql):
    return " ".join(sql.split())


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: dump_schema.py DATABASE 'header comment'")
    db = sqlite3.connect(sys.argv[1])
    out = []
    for line in sys.argv[2].splitlines():
        out.append("-- " + line)
    schema = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL "
                        "ORDER BY name").fetchall()
    virtual = [row for row in schema if row[0] == "table" and row[3].upper().startswith("CREATE VIRTUAL")]
    shadow = {row[1] for row in schema for v in virtual if row[1].startswith(v[1] + "_")}
    for kind, name, _, sql in schema:
        if kind != "table" or name.startswith("sqlite_") or name in shadow or sql.upper().startswith(
                "CREATE VIRTUAL"):
            continue
        out.append(one_line(sql) + ";")
        where = " WHERE place_key = 'tripoli'" if name == "places" else ""
        for row in db.execute(f'SELECT * FROM "{name}"{where} ORDER BY rowid' if not where and
                              "WITHOUT ROWID" not in sql.upper() else f'SELECT * FROM "{name}"{where}'):
            out.append(f'INSERT INTO "{name}" VALUES(' + ",".join(literal(v) for v in row) + ");")
    for _, name, _, sql in virtual:
        out.append(one_line(sql) + ";")
        out.append(f"INSERT INTO {name} ({name}) VALUES ('rebuild');")
    for kind, name, _, sql in schema:
        if kind in ("index", "trigger") and name not in shadow:
            out.append(one_line(sql) + ";")
    print("\n".join(out))


if __name__ == "__main__":
    main()
