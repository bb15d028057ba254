#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# read-xlsx.py: reads a workbook with openpyxl (not our code) and prints what it found, one fact a line.
#
# Usage: read-xlsx.py FILE.xlsx [ROWS]
#   ROWS: print the cells of only the first and the last ROWS rows of each sheet.
#
# Lines are tab-separated; the C tests look for the lines they expect:
#   sheets  NAME…                         the sheet names in order
#   property  title|creator|subject|company  VALUE
#   dimensions  SHEET  MAX_ROW  MAX_COLUMN
#   inline-strings  SHEET  yes|no          strings stored in the cells (constant-memory mode)
#   freeze  SHEET  CELL
#   page  SHEET  orientation|paper|fit|print-titles|header|footer  VALUE
#   width  SHEET  COLUMN  WIDTH
#   cell  SHEET!CELL  TYPE  VALUE  FORMAT  bold|plain   TYPE: s text, n number, d date, f formula
#   cached  SHEET!CELL  VALUE              a formula's cached value (data_only=True)
#   chart  SHEET  INDEX  TYPE  TITLE  N_SERIES
#   series  SHEET  INDEX  N  NAME_REF  CATEGORIES_REF  VALUES_REF
# Exit status 77 when openpyxl is missing (the tests skip), 1 when the file cannot be read.

import datetime
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:
    print('openpyxl is not installed', file=sys.stderr)
    sys.exit(77)


def out(*fields):
    print('\t'.join(str(f) for f in fields))


def show(value):
    if isinstance(value, bool):
        return 'TRUE' if value else 'FALSE'
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return str(value).replace('\t', ' ').replace('\n', '\\n')


def cell_type(cell):
    if cell.data_type == 'f':
        return 'f'
    if cell.is_date:
        return 'd'
    if cell.data_type == 'n':
        return 'n'
    return 's'


def rich_text(title):
    if title is None or title.tx is None or title.tx.rich is None:
        return ''
    return ''.join(run.t for p in title.tx.rich.p for run in (p.r or []))


def ref(data):
    if data is None:
        return ''
    for kind in ('numRef', 'strRef'):
        r = getattr(data, kind, None)
        if r is not None:
            return r.f
    return ''


def rows_to_print(max_row, limit):
    if limit is None or max_row <= 2 * limit:
        return range(1, max_row + 1)
    return list(range(1, limit + 1)) + list(range(max_row - limit + 1, max_row + 1))


def main():
    path = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else None

    wb = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True, read_only=True)

    out('sheets', *wb.sheetnames)
    props = wb.properties
    out('property', 'title', props.title or '')
    out('property', 'creator', props.creator or '')
    out('property', 'subject', props.subject or '')

    with zipfile.ZipFile(path) as z:
        app = ET.fromstring(z.read('docProps/app.xml'))
        ns = '{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}'
        company = app.find(ns + 'Company')
        out('property', 'company', company.text if company is not None else '')
        # Which part is which sheet: workbook.xml names the relationship of each sheet.
        main_ns = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
        rel_ns = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
        pkg_ns = '{http://schemas.openxmlformats.org/package/2006/relationships}'
        rels = ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
        targets = {r.get('Id'): r.get('Target') for r in rels.iter(pkg_ns + 'Relationship')}
        book = ET.fromstring(z.read('xl/workbook.xml'))
        for sheet in book.iter(main_ns + 'sheet'):
            target = targets[sheet.get(rel_ns + 'id')].lstrip('/')
            if not target.startswith('xl/'):
                target = 'xl/' + target
            xml = z.read(target).decode('utf-8')
            out('inline-strings', sheet.get('name'), 'yes' if 't="inlineStr"' in xml else 'no')

    for ws in wb.worksheets:
        name = ws.title
        out('dimensions', name, ws.max_row, ws.max_column)
        if ws.freeze_panes:
            out('freeze', name, ws.freeze_panes)
        ps = ws.page_setup
        out('page', name, 'orientation', ps.orientation)
        out('page', name, 'paper', ps.paperSize)
        fit = ws.sheet_properties.pageSetUpPr
        # An absent fitToWidth or fitToHeight is 1, the schema's default.
        out('page', name, 'fit', 'yes' if fit is not None and fit.fitToPage else 'no',
            1 if ps.fitToWidth is None else ps.fitToWidth,
            1 if ps.fitToHeight is None else ps.fitToHeight)
        out('page', name, 'print-titles', ws.print_title_rows or '')
        header = ws.oddHeader
        out('page', name, 'header', 'L=%s|C=%s|R=%s' % (header.left.text or '',
                                                        header.center.text or '',
                                                        header.right.text or ''))
        out('page', name, 'footer', 'C=%s' % (ws.oddFooter.center.text or ''))

        for letter, dim in sorted(ws.column_dimensions.items()):
            if dim.width:
                out('width', name, letter, '%.2f' % dim.width)

        for r in rows_to_print(ws.max_row, limit):
            for c in range(1, ws.max_column + 1):
                cell = ws.cell(row=r, column=c)
                if cell.value is None:
                    continue
                bold = 'bold' if cell.font is not None and cell.font.b else 'plain'
                out('cell', '%s!%s' % (name, cell.coordinate), cell_type(cell), show(cell.value),
                    cell.number_format, bold)

        for index, chart in enumerate(ws._charts):
            kind = type(chart).__name__
            if getattr(chart, 'barDir', None):
                kind += '/' + chart.barDir
            out('chart', name, index, kind, rich_text(chart.title), len(chart.series))
            for n, s in enumerate(chart.series):
                name_ref = s.tx.strRef.f if s.tx is not None and s.tx.strRef is not None else ''
                out('series', name, index, n, name_ref, ref(s.cat), ref(s.val))

    # Cached values of formulas, as a reader that does not recalculate sees them.
    for ws in wb.worksheets:
        formulas = set()
        for r in rows_to_print(ws.max_row, limit):
            for c in range(1, ws.max_column + 1):
                if ws.cell(row=r, column=c).data_type == 'f':
                    formulas.add((r, c))
        if not formulas:
            continue
        cws = cached[ws.title]
        for row in cws.iter_rows():
            for cell in row:
                if not hasattr(cell, 'column') or (cell.row, cell.column) not in formulas:
                    continue
                out('cached', '%s!%s%d' % (ws.title, get_column_letter(cell.column), cell.row),
                    show(cell.value))


if __name__ == '__main__':
    try:
        main()
    except Exception as e:  # an unreadable file is a failed test, said plainly
        print('cannot read the workbook: %r' % (e,), file=sys.stderr)
        sys.exit(1)
