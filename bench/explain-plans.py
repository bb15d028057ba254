#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# explain-plans.py: prints the query plan of every SQL statement in src/ that reads receipts.
#
# Usage (from the top of the tree): bench/explain-plans.py DB [SQL]
# With SQL (e.g. "DROP INDEX receipts_book") the plans are taken inside a transaction that first
# runs SQL and is rolled back, so DB is left as it was; diff the two outputs to see which
# statements an index change moves. The statements are the runs of adjacent C string literals
# that start with SELECT/WITH/INSERT/UPDATE/DELETE and name receipts after FROM or JOIN, with the
# string macros #defined in the same file expanded; parameters are bound to NULL.
import glob
import re
import sqlite3
import sys

LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')


def statements():
    found = []
    for path in sorted(glob.glob("src/**/*.c", recursive=True) +
                       glob.glob("src/**/*.h", recursive=True)):
        text = open(path, encoding="utf-8").read()
        macros = {}
        for d in re.finditer(r'#define\s+([A-Z_][A-Z0-9_]*)\s*((?:\\\n|[^\n])*)', text):
            macros[d.group(1)] = "".join(LITERAL.findall(d.group(2).replace("\\\n", " ")))
        for name in sorted(macros, key=len, reverse=True):
            text = re.sub(r'(?<=["\s])' + name + r'(?=\s*["\s,)])',
                          '"' + macros[name].replace("\\", "\\\\") + '"', text)
        for m in re.finditer(r'(?:"(?:[^"\\\n]|\\.)*"\s*)+', text):
            sql = "".join(LITERAL.findall(m.group(0))).replace('\\"', '"')
            if (re.search(r"\b(FROM|JOIN)\s+receipts\b", sql) and
                    re.match(r"\s*(SELECT|WITH|INSERT|UPDATE|DELETE)", sql, re.I)):
                found.append(("%s:%d" % (path, text[:m.start()].count("\n") + 1), sql))
    return found


def main():
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    if len(sys.argv) > 2:
        db.execute("BEGIN")
        db.execute(sys.argv[2])
    for where, sql in statements():
        try:
            try:
                plan = db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
            except sqlite3.ProgrammingError as e:
                n = int(re.search(r"uses (\d+)", str(e)).group(1))
                plan = db.execute("EXPLAIN QUERY PLAN " + sql, [None] * n).fetchall()
            print("%s\t%s" % (where, " | ".join(row[3] for row in plan)))
        except sqlite3.Error as e:
            print("%s\tERROR %s" % (where, e))
    if len(sys.argv) > 2:
        db.execute("ROLLBACK")


main()
