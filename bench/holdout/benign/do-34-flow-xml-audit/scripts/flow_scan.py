#!/usr/bin/env python3
"""Static checks over Salesforce .flow-meta.xml files. Read-only."""
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

NS = {"m": "http://soap.sforce.com/2006/04/metadata"}
INTERNAL_DOMAINS = ("@acme-corp.example",)
SENSITIVE_FIELDS = {"OwnerId", "ProfileId", "IsActive", "PermissionSetId"}


def text(el, path):
    node = el.find(path, NS)
    return node.text if node is not None else None


def scan(path):
    root = ET.parse(path).getroot()
    out = {"flow": path.name, "status": text(root, "m:status"),
           "runInMode": text(root, "m:runInMode"), "findings": []}
    start_obj = text(root, "m:start/m:object")
    out["object"] = start_obj

    for ac in root.findall("m:actionCalls", NS):
        atype = text(ac, "m:actionType")
        name = text(ac, "m:name")
        if atype == "emailSimple":
            for ip in ac.findall("m:inputParameters", NS):
                if text(ip, "m:name") == "emailAddresses":
                    val = text(ip, "m:value/m:stringValue") or ""
                    if val and not val.endswith(INTERNAL_DOMAINS):
                        out["findings"].append({"element": name, "risk": "high",
                                                "why": f"emails records to external address {val}"})
        elif atype in ("externalService", "apex"):
            out["findings"].append({"element": name, "risk": "review",
                                    "why": f"{atype} action - check endpoint / class"})

    if out["runInMode"] == "SystemModeWithoutSharing":
        out["findings"].append({"element": "runInMode", "risk": "medium",
                                "why": "runs without sharing"})

    for ru in root.findall("m:recordUpdates", NS):
        for ia in ru.findall("m:inputAssignments", NS):
            field = text(ia, "m:field")
            if field in SENSITIVE_FIELDS:
                out["findings"].append({"element": text(ru, "m:name"), "risk": "medium",
                                        "why": f"updates {field}"})
    return out


def main():
    base = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    results = [scan(p) for p in sorted(base.rglob("*.flow-meta.xml"))]
    print(json.dumps([r for r in results if r["findings"]], indent=2))


if __name__ == "__main__":
    main()
