# SPDX-License-Identifier: GPL-3.0-or-later
# openpyxl-peer.py: the spreadsheet workflow's peer of the journal export: openpyxl in write-only
# mode writing the cells of a CSV file (read into memory first, not timed) to one worksheet.
# Run with Debian's /usr/bin/python3. Prints one JSON line like hk-bench-measure.
import csv
import json
import re
import resource
import sys
import time

from openpyxl import Workbook

MONEY = re.compile(r"^-?[0-9]+\.[0-9][0-9]$")


def main():
    source, out = sys.argv[1], sys.argv[2]
    with open(source, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))

    wall, cpu = time.monotonic(), time.process_time()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Journal")
    for i, row in enumerate(rows):
        if i == 0:
            sheet.append(row)
            continue
        sheet.append([float(v) if MONEY.match(v) else (v if v != "" else None) for v in row])
    book.save(out)
    wall, cpu = time.monotonic() - wall, time.process_time() - cpu

    print(json.dumps({"name": "journal-xlsx-openpyxl", "wall_ms": [wall * 1e3],
                      "cpu_ms": [cpu * 1e3], "rows": len(rows) - 1,
                      "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


main()
