#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# read-xlsx-drawings.py: the pictures and charts of each sheet of a workbook, as openpyxl (not
# our code) reads them, one fact a line, tab-separated:
#   images  SHEET  COUNT  WIDTHxHEIGHT,…     the PNG pictures and their sizes in pixels
#   charts  SHEET  COUNT
#   chart   SHEET  INDEX  TYPE  N_SERIES  VALUES_REF_OF_THE_FIRST
# Exit status 77 when openpyxl or Pillow (which openpyxl needs to load pictures) is missing.

import sys

try:
    import openpyxl
    import PIL  # noqa: F401  openpyxl drops pictures without it
except ImportError as error:
    print(error, file=sys.stderr)
    sys.exit(77)


def main(path):
    workbook = openpyxl.load_workbook(path)
    for sheet in workbook.worksheets:
        sizes = []
        for image in sheet._images:
            picture = image._data()
            if picture[:8] != b'\x89PNG\r\n\x1a\n':
                print('not a PNG in', sheet.title, file=sys.stderr)
                return 1
            sizes.append('%dx%d' % (image.width, image.height))
        print('\t'.join(['images', sheet.title, str(len(sheet._images)), ','.join(sizes)]))
        print('\t'.join(['charts', sheet.title, str(len(sheet._charts))]))
        for index, chart in enumerate(sheet._charts):
            first = chart.series[0].val.numRef.f if chart.series else ''
            print('\t'.join(['chart', sheet.title, str(index), type(chart).__name__,
                             str(len(chart.series)), first]))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
