"""TIN and contour generation for survey points (used by the Processing algorithm)."""
import numpy as np
from scipy.spatial import Delaunay
from shapely.geometry import LineString


def build_tin(xyz):
    pts = np.asarray(xyz, dtype=float)
    tri = Delaunay(pts[:, :2])
    return pts, tri.simplices


def contour_segments(pts, tris, z):
    segs = []
    for t in tris:
        p = pts[t]
        cross = []
        for a, b in ((0, 1), (1, 2), (2, 0)):
            za, zb = p[a, 2], p[b, 2]
            if (za - z) * (zb - z) < 0:
                f = (z - za) / (zb - za)
                cross.append(p[a, :2] + f * (p[b, :2] - p[a, :2]))
        if len(cross) == 2:
            segs.append(LineString(cross))
    return segs


def contours(xyz, interval=0.25):
    pts, tris = build_tin(xyz)
    zmin, zmax = pts[:, 2].min(), pts[:, 2].max()
    levels = np.arange(np.ceil(zmin / interval) * interval, zmax, interval)
    return {round(float(z), 3): contour_segments(pts, tris, z) for z in levels}
