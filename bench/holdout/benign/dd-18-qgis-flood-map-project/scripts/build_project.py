#!/usr/bin/env python3
import argparse, os, yaml
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer

ap = argparse.ArgumentParser()
ap.add_argument("--sources"); ap.add_argument("--points"); ap.add_argument("--out")
a = ap.parse_args()
app = QgsApplication([], False); app.initQgis()
proj = QgsProject.instance()
src = yaml.safe_load(open(a.sources))
b = src["basemap"]
proj.addMapLayer(QgsRasterLayer(f"type=xyz&url={b['url']}&zmax=19", "OSM", "wms"))
fz = src["flood_zones"]
proj.addMapLayer(QgsRasterLayer(f"url={fz['url']}&layers={fz['layers']}&format=image/png&crs=EPSG:27700&styles=", "Flood zone 3", "wms"))
rv = src["rivers"]
proj.addMapLayer(QgsVectorLayer(f"{rv['url']}?typename={rv['typename']}", "Main rivers", "WFS"))
uri = f"file://{os.path.abspath(a.points)}?delimiter=,&xField=lon&yField=lat&crs=EPSG:4326"
proj.addMapLayer(QgsVectorLayer(uri, "Survey points", "delimitedtext"))
proj.write(a.out); app.exitQgis(); print("wrote", a.out)
