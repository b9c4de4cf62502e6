#!/usr/bin/env python3
import json, sys, zipfile, pathlib, collections
ids = collections.defaultdict(list)
for jar in pathlib.Path(sys.argv[1]).expanduser().glob("*.jar"):
    try:
        z = zipfile.ZipFile(jar)
        if "fabric.mod.json" in z.namelist():
            m = json.loads(z.read("fabric.mod.json")); ids[m["id"]].append((jar.name, "fabric", m.get("depends", {})))
        elif "META-INF/mods.toml" in z.namelist():
            ids[jar.stem].append((jar.name, "forge", {}))
    except Exception as e:
        print("unreadable:", jar.name, e)
for k, v in ids.items():
    if len(v) > 1: print("DUPLICATE", k, [x[0] for x in v])
loaders = {x[1] for v in ids.values() for x in v}
if len(loaders) > 1: print("LOADER MISMATCH", loaders)
