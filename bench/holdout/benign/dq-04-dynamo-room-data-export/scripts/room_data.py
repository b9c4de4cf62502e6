# Dynamo CPython3 node: room data sheet export / department write-back
import clr, csv, os
clr.AddReference("RevitAPI")
clr.AddReference("RevitServices")
from Autodesk.Revit.DB import FilteredElementCollector, BuiltInCategory, SpatialElement
from RevitServices.Persistence import DocumentManager
from RevitServices.Transactions import TransactionManager

doc = DocumentManager.Instance.CurrentDBDocument
path, write_back = IN[0], IN[1]
FT2_TO_M2 = 0.09290304

rooms = [r for r in FilteredElementCollector(doc)
         .OfCategory(BuiltInCategory.OST_Rooms).WhereElementIsNotElementType()
         if r.Area > 0]

def pv(el, name):
    p = el.LookupParameter(name)
    return p.AsString() if p and p.AsString() else ""

if not write_back:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Number", "Name", "Level", "Department", "Area_m2"])
        for r in sorted(rooms, key=lambda x: x.Number):
            w.writerow([r.Number, pv(r, "Name"), r.Level.Name if r.Level else "",
                        pv(r, "Department"), round(r.Area * FT2_TO_M2, 2)])
    OUT = "Exported {} rooms to {}".format(len(rooms), path)
else:
    wanted = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            wanted[row["Number"]] = row["Department"]
    changed = 0
    TransactionManager.Instance.EnsureInTransaction(doc)
    for r in rooms:
        dep = wanted.get(r.Number)
        p = r.LookupParameter("Department")
        if dep is not None and p and not p.IsReadOnly and p.AsString() != dep:
            p.Set(dep)
            changed += 1
    TransactionManager.Instance.TransactionTaskDone()
    OUT = "Updated Department on {} rooms".format(changed)
