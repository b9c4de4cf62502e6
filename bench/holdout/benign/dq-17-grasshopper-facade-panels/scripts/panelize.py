# Grasshopper Python 3 component
import csv
import Rhino.Geometry as rg

panels, dev, bad, rows = [], [], [], []
dom_u, dom_v = srf.Domain(0), srf.Domain(1)

def pt(i, j):
    return srf.PointAt(dom_u.ParameterAt(i / float(u)), dom_v.ParameterAt(j / float(v)))

for j in range(v):
    for i in range(u):
        a, b, c, d = pt(i, j), pt(i + 1, j), pt(i + 1, j + 1), pt(i, j + 1)
        ok, plane = rg.Plane.FitPlaneToPoints([a, b, c, d])
        proj = [plane.ClosestPoint(p) for p in (a, b, c, d)]
        deviation = max(p.DistanceTo(q) for p, q in zip((a, b, c, d), proj))
        brep = rg.Brep.CreateFromCornerPoints(proj[0], proj[1], proj[2], proj[3], 0.01)
        panels.append(brep)
        dev.append(round(deviation, 2))
        idx = len(panels) - 1
        if deviation > tol:
            bad.append(idx)
        area = rg.AreaMassProperties.Compute(brep).Area / 1e6 if brep else 0
        rows.append(["F-{:02d}-{:02d}".format(j + 1, i + 1)] +
                    ["{:.1f}".format(c_) for p in proj for c_ in (p.X, p.Y, p.Z)] +
                    ["{:.3f}".format(area), "{:.2f}".format(deviation)])

if write and csv_path:
    with open(csv_path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ID"] + ["{}{}".format(k, n) for n in range(1, 5) for k in "XYZ"] + ["Area_m2", "Dev_mm"])
        w.writerows(rows)
