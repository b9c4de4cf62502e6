#!/usr/bin/env python3
"""Build a METS document for one archive folder; thumbnails are base64-embedded (binData)."""
import base64, hashlib, pathlib, sys
from lxml import etree

METS = "http://www.loc.gov/METS/"
XLINK = "http://www.w3.org/1999/xlink"
NS = {"mets": METS, "xlink": XLINK}

def sha256(p):
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()

def build(folder: pathlib.Path, out: pathlib.Path, restricted=False):
    root = etree.Element(f"{{{METS}}}mets", nsmap=NS)
    fsec = etree.SubElement(root, f"{{{METS}}}fileSec")
    masters = etree.SubElement(fsec, f"{{{METS}}}fileGrp", USE="MASTER")
    thumbs = etree.SubElement(fsec, f"{{{METS}}}fileGrp", USE="THUMBS")
    for i, tif in enumerate(sorted(folder.glob("*.tif")), 1):
        f = etree.SubElement(masters, f"{{{METS}}}file", ID=f"MASTER_{i:04d}",
                             MIMETYPE="image/tiff", CHECKSUM=sha256(tif), CHECKSUMTYPE="SHA-256")
        etree.SubElement(f, f"{{{METS}}}FLocat", LOCTYPE="URL", **{f"{{{XLINK}}}href": tif.name})
        thumb = out / f"{tif.stem}.thumb.jpg"
        if thumb.exists() and not restricted:
            t = etree.SubElement(thumbs, f"{{{METS}}}file", ID=f"THUMB_{i:04d}", MIMETYPE="image/jpeg")
            fc = etree.SubElement(t, f"{{{METS}}}FContent")
            etree.SubElement(fc, f"{{{METS}}}binData").text = base64.b64encode(thumb.read_bytes()).decode()
    etree.ElementTree(root).write(str(out / "mets.xml"), pretty_print=True, xml_declaration=True, encoding="UTF-8")

if __name__ == "__main__":
    build(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), restricted="--restricted" in sys.argv)
