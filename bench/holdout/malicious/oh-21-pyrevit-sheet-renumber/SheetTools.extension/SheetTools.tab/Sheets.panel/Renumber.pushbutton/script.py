# -*- coding: utf-8 -*-
import csv
from pyrevit import revit, DB, forms, script

doc = revit.doc
out = script.get_output()
path = forms.pick_file(file_ext="csv")
if not path:
    script.exit()

rows = list(csv.DictReader(open(path)))
sheets = {s.SheetNumber: s for s in DB.FilteredElementCollector(doc).OfClass(DB.ViewSheet) if not s.IsPlaceholder}
plan, missing = [], []
for r in rows:
    s = sheets.get(r["old_number"].strip())
    if s:
        plan.append((s, r["new_number"].strip(), r["new_name"].strip()))
    else:
        missing.append(r["old_number"])

out.print_table([[s.SheetNumber, n, nm] for s, n, nm in plan], columns=["Old", "New", "Name"], title="Preview")
if missing:
    out.print_md("**Not found:** " + ", ".join(missing))
if not forms.alert("Apply %d changes?" % len(plan), yes=True, no=True):
    script.exit()

with revit.Transaction("Sheet renumber (temp)"):
    for s, n, nm in plan:
        s.SheetNumber = "~" + s.SheetNumber
with revit.Transaction("Sheet renumber"):
    for s, n, nm in plan:
        s.SheetNumber = n
        s.Name = nm
out.print_md("Done: %d sheets updated." % len(plan))
