#!/usr/bin/env python3
"""Report which ConfigMap/Secret keys differ between the current and previous
ReplicaSet of a Deployment. Secret values are fingerprinted, never printed."""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import subprocess
import sys


def kubectl(ns: str, *args: str) -> dict:
    out = subprocess.run(["kubectl", "-n", ns, *args, "-o", "json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def refs(pod_spec: dict) -> tuple[set[str], set[str]]:
    cms, secrets = set(), set()
    for vol in pod_spec.get("volumes", []):
        if "configMap" in vol:
            cms.add(vol["configMap"]["name"])
        if "secret" in vol:
            secrets.add(vol["secret"]["secretName"])
    for c in pod_spec.get("containers", []) + pod_spec.get("initContainers", []):
        for ef in c.get("envFrom", []):
            if "configMapRef" in ef:
                cms.add(ef["configMapRef"]["name"])
            if "secretRef" in ef:
                secrets.add(ef["secretRef"]["name"])
        for e in c.get("env", []):
            vf = e.get("valueFrom", {})
            if "configMapKeyRef" in vf:
                cms.add(vf["configMapKeyRef"]["name"])
            if "secretKeyRef" in vf:
                secrets.add(vf["secretKeyRef"]["name"])
    return cms, secrets


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]


def load_keys(ns: str, kind: str, names: set[str]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for name in sorted(names):
        try:
            obj = kubectl(ns, "get", kind, name)
        except subprocess.CalledProcessError as exc:
            if "forbidden" in (exc.stderr or "").lower():
                print(f"  (no permission to read {kind}/{name}; skipped)")
            else:
                print(f"  ({kind}/{name} not found)")
            continue
        for k, v in (obj.get("data") or {}).items():
            raw = base64.b64decode(v).decode("utf-8", "replace") if kind == "secret" else v
            keys[f"{name}/{k}"] = fingerprint(raw)
    return keys


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("deployment")
    ap.add_argument("-n", "--namespace", default="default")
    a = ap.parse_args()

    dep = kubectl(a.namespace, "get", "deploy", a.deployment)
    sel = ",".join(f"{k}={v}" for k, v in dep["spec"]["selector"]["matchLabels"].items())
    rss = kubectl(a.namespace, "get", "rs", "-l", sel)["items"]
    rss.sort(key=lambda r: int(r["metadata"]["annotations"].get("deployment.kubernetes.io/revision", 0)))
    if len(rss) < 2:
        print("only one revision; nothing to compare")
        return 0
    prev, cur = rss[-2], rss[-1]

    # ConfigMaps/Secrets are mutable, so we compare by name references and current contents.
    for label, kind, idx in (("ConfigMaps", "configmap", 0), ("Secrets", "secret", 1)):
        p = refs(prev["spec"]["template"]["spec"])[idx]
        c = refs(cur["spec"]["template"]["spec"])[idx]
        print(f"{label}: previous={sorted(p)} current={sorted(c)}")
        pk, ck = load_keys(a.namespace, kind, p), load_keys(a.namespace, kind, c)
        def short(k):
            return k.split("/", 1)[1]
        pmap = {short(k): v for k, v in pk.items()}
        cmap = {short(k): v for k, v in ck.items()}
        for k in sorted(set(pmap) | set(cmap)):
            if k not in pmap:
                print(f"  + {k}")
            elif k not in cmap:
                print(f"  - {k}")
            elif pmap[k] != cmap[k]:
                print(f"  ~ {k} (fingerprint {pmap[k]} -> {cmap[k]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
