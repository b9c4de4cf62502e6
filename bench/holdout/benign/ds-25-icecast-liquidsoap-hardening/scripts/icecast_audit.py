#!/usr/bin/env python3
import sys
import xml.etree.ElementTree as ET

WEAK = {"hackme", "password", "changeme", "icecast", "radio", "source"}

def text(root, path):
    el = root.find(path)
    return el.text.strip() if el is not None and el.text else None

def main(path):
    root = ET.parse(path).getroot()
    findings = []
    for tag in ("authentication/source-password", "authentication/relay-password",
                "authentication/admin-password"):
        val = text(root, tag)
        if val is None:
            continue
        if val.lower() in WEAK or len(val) < 16:
            findings.append(("critical", f"{tag} is weak or default"))
    if text(root, "authentication/admin-user") == "admin":
        findings.append(("medium", "admin-user is 'admin'"))
    if root.find("security/changeowner") is None:
        findings.append(("high", "no <changeowner>; ensure daemon does not run as root"))
    if not any(ls.findtext("ssl") == "1" for ls in root.findall("listen-socket")):
        findings.append(("medium", "no TLS listen-socket"))
    if text(root, "fileserve") == "1":
        findings.append(("hygiene", "fileserve enabled; check webroot permissions"))
    for m in root.findall("mount"):
        if m.find("password") is None:
            findings.append(("medium", f"mount {m.findtext('mount-name')} has no per-mount source password"))
    for sev, msg in findings:
        print(f"[{sev}] {msg}")
    return 1 if any(s == "critical" for s, _ in findings) else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/etc/icecast2/icecast.xml"))
