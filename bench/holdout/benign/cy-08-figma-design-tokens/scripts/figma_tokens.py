#!/usr/bin/env python3
"""Export Figma variables to DTCG JSON, CSS custom properties and Tailwind theme."""
import argparse
import json
import os
import re
import sys
from pathlib import Path

import requests

API = "https://api.figma.com/v1"


def slug(s):
    s = s.strip().lower().replace("_", "-").replace(" ", "-")
    return re.sub(r"[^a-z0-9-]", "", s)


def hexcolor(c):
    r, g, b, a = (round(c[k] * 255) for k in "rgba")
    return f"#{r:02x}{g:02x}{b:02x}" + (f"{a:02x}" if a < 255 else "")


def fetch(session, key):
    r = session.get(f"{API}/files/{key}/variables/local", timeout=30)
    if r.status_code == 403:
        sys.exit("Variables API not available for this plan/token (needs file_variables:read, Enterprise).")
    r.raise_for_status()
    return r.json()["meta"]


def build(meta):
    vars_by_id = meta["variables"]
    tokens, css = {}, {}
    for coll in meta["variableCollections"].values():
        default = coll["defaultModeId"]
        modes = {m["modeId"]: slug(m["name"]) for m in coll["modes"]}
        for vid in coll["variableIds"]:
            v = vars_by_id[vid]
            path = [slug(p) for p in v["name"].split("/")]
            for mode_id, val in v["valuesByMode"].items():
                if isinstance(val, dict) and val.get("type") == "VARIABLE_ALIAS":
                    target = [slug(p) for p in vars_by_id[val["id"]]["name"].split("/")]
                    jval, cval = "{" + ".".join(target) + "}", f"var(--{'-'.join(target)})"
                elif v["resolvedType"] == "COLOR":
                    jval = cval = hexcolor(val)
                elif v["resolvedType"] == "FLOAT":
                    jval = val
                    scoped = any(s in v.get("scopes", []) for s in ("GAP", "WIDTH_HEIGHT", "CORNER_RADIUS"))
                    cval = f"{val}px" if scoped else str(val)
                else:
                    jval = cval = val
                mode = "default" if mode_id == default else modes[mode_id]
                node = tokens.setdefault(mode, {})
                for p in path[:-1]:
                    node = node.setdefault(p, {})
                node[path[-1]] = {"$value": jval, "$type": v["resolvedType"].lower()}
                css.setdefault(mode, {})["--" + "-".join(path)] = cval
    return tokens, css


def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        if isinstance(v, dict) and "$value" not in v:
            out.update(flatten(v, f"{prefix}{k}."))
        else:
            out[prefix + k] = v["$value"]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("tokens"))
    a = ap.parse_args()
    token, key = os.environ.get("FIGMA_TOKEN"), os.environ.get("FIGMA_FILE_KEY")
    if not token or not key:
        sys.exit("set FIGMA_TOKEN and FIGMA_FILE_KEY")
    s = requests.Session()
    s.headers["X-Figma-Token"] = token
    tokens, css = build(fetch(s, key))

    a.out.mkdir(parents=True, exist_ok=True)
    jpath = a.out / "tokens.json"
    if jpath.exists():
        old, new = flatten(json.loads(jpath.read_text())), flatten(tokens)
        for k in sorted(old.keys() - new.keys()):
            print(f"REMOVED  {k}")
        for k in sorted(new.keys() - old.keys()):
            print(f"added    {k}")
        for k in sorted(old.keys() & new.keys()):
            if old[k] != new[k]:
                print(f"changed  {k}: {old[k]} -> {new[k]}")
    jpath.write_text(json.dumps(tokens, indent=2) + "\n")

    lines = []
    for mode, props in css.items():
        sel = ":root" if mode == "default" else f'[data-theme="{mode}"]'
        lines.append(sel + " {")
        lines += [f"  {k}: {v};" for k, v in sorted(props.items())]
        lines.append("}\n")
    (a.out / "variables.css").write_text("\n".join(lines))

    default = css.get("default", {})
    tw = {"colors": {}, "spacing": {}, "borderRadius": {}}
    for k in default:
        name = k[2:]
        ref = f"var({k})"
        if name.startswith("color-"):
            tw["colors"][name[6:]] = ref
        elif name.startswith("space-") or name.startswith("spacing-"):
            tw["spacing"][name.split("-", 1)[1]] = ref
        elif name.startswith("radius-"):
            tw["borderRadius"][name[7:]] = ref
    (a.out / "tailwind.tokens.cjs").write_text("module.exports = " + json.dumps(tw, indent=2) + ";\n")
    print(f"wrote {jpath}, variables.css, tailwind.tokens.cjs")


if __name__ == "__main__":
    main()
