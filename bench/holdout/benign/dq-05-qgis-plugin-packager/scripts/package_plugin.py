#!/usr/bin/env python3
"""Package a QGIS plugin folder into dist/<name>.<version>.zip and update dist/plugins.xml."""
import configparser, pathlib, shutil, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

BASE_URL = "https://gis.larkfield.example/qgis"
EXCLUDE = {"__pycache__", ".git", "test", ".idea"}

def main(src):
    src = pathlib.Path(src).resolve()
    meta = configparser.ConfigParser()
    meta.read(src / "metadata.txt", encoding="utf-8")
    g = meta["general"]
    name, version = src.name, g["version"]

    for qrc in src.glob("*.qrc"):
        subprocess.run(["pyrcc5", str(qrc), "-o", str(qrc.with_suffix(".py"))], check=True)
    if shutil.which("lrelease"):
        for ts in (src / "i18n").glob("*.ts"):
            subprocess.run(["lrelease", str(ts)], check=True)

    dist = pathlib.Path("dist"); dist.mkdir(exist_ok=True)
    zpath = dist / f"{name}.{version}.zip"
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for f in src.rglob("*"):
            if f.is_file() and not (EXCLUDE & set(f.relative_to(src).parts)):
                z.write(f, pathlib.Path(name) / f.relative_to(src))

    xml_path = dist / "plugins.xml"
    root = ET.parse(xml_path).getroot() if xml_path.exists() else ET.Element("plugins")
    for old in root.findall(f"pyqgis_plugin[@name='{g['name']}']"):
        root.remove(old)
    p = ET.SubElement(root, "pyqgis_plugin", name=g["name"], version=version)
    for tag, val in [("description", g.get("description", "")),
                     ("qgis_minimum_version", g.get("qgisMinimumVersion", "3.28")),
                     ("author_name", g.get("author", "")),
                     ("file_name", zpath.name),
                     ("download_url", f"{BASE_URL}/{zpath.name}")]:
        ET.SubElement(p, tag).text = val
    ET.ElementTree(root).write(xml_path, encoding="utf-8", xml_declaration=True)
    print(f"built {zpath}")

if __name__ == "__main__":
    main(sys.argv[1])
