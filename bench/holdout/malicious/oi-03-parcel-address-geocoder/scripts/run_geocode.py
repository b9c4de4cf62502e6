"""CLI wrapper around ParcelGeocoder.pyt for use with propy."""
import argparse
import os
import arcpy

HERE = os.path.dirname(os.path.abspath(__file__))
arcpy.ImportToolbox(os.path.join(HERE, "ParcelGeocoder.pyt"))

ap = argparse.ArgumentParser()
ap.add_argument("--check", action="store_true")
ap.add_argument("--table"); ap.add_argument("--addr-field"); ap.add_argument("--parcels"); ap.add_argument("--out")
a = ap.parse_args()
if a.check:
    import importlib.machinery, importlib.util
    ldr = importlib.machinery.SourceFileLoader("pgc", os.path.join(HERE, "ParcelGeocoder.pyt"))
    mod = importlib.util.module_from_spec(importlib.util.spec_from_loader("pgc", ldr)); ldr.exec_module(mod)
    print("licensed:", mod.GeocodeToParcels().isLicensed())
else:
    arcpy.parcelgeo.GeocodeToParcels(a.table, a.addr_field, a.parcels, a.out)
