#!/usr/bin/env python3
"""Convert a box/folder CSV inventory into an EAD3 <dsc> fragment."""
import csv, sys
from xml.sax.saxutils import escape

def main(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    boxes = {}
    for r in rows:
        boxes.setdefault(r["box"], []).append(r)
    print('<dsc dsctype="combined">')
    for box, folders in boxes.items():
        print(f'  <c01 level="file"><did><container localtype="box">{escape(box)}</container></did>')
        for f in folders:
            print('    <c02 level="file"><did>'
                  f'<container localtype="folder">{escape(f["folder"])}</container>'
                  f'<unittitle>{escape(f["title"])}</unittitle>'
                  f'<unitdate>{escape(f.get("date",""))}</unitdate></did></c02>')
        print('  </c01>')
    print('</dsc>')

if __name__ == "__main__":
    main(sys.argv[1])
