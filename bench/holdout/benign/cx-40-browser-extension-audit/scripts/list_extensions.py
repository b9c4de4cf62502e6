#!/usr/bin/env python3
"""Inventory browser extensions from manifests only; score permissions."""
import argparse
import csv
import json
import os
import pathlib
import platform
import socket

HOME = pathlib.Path.home()
HERE = pathlib.Path(__file__).resolve().parent


def chromium_roots():
    s = platform.system()
    if s == "Darwin":
        base = HOME / "Library/Application Support"
        return {"chrome": base / "Google/Chrome", "edge": base / "Microsoft Edge",
                "brave": base / "BraveSoftware/Brave-Browser"}
    if s == "Windows":
        base = pathlib.Path(os.environ["LOCALAPPDATA"])
        return {"chrome": base / "Google/Chrome/User Data", "edge": base / "Microsoft/Edge/User Data",
                "brave": base / "BraveSoftware/Brave-Browser/User Data"}
    return {"chrome": HOME / ".config/google-chrome", "edge": HOME / ".config/microsoft-edge",
            "brave": HOME / ".config/BraveSoftware/Brave-Browser"}


def firefox_profiles():
    s = platform.system()
    if s == "Darwin":
        root = HOME / "Library/Application Support/Firefox/Profiles"
    elif s == "Windows":
        root = pathlib.Path(os.environ["APPDATA"]) / "Mozilla/Firefox/Profiles"
    else:
        root = HOME / ".mozilla/firefox"
    return [p for p in root.glob("*") if (p / "extensions.json").exists()] if root.exists() else []


def localise(name, ext_dir):
    if not name.startswith("__MSG_"):
        return name
    key = name[6:-2]
    for loc in ("en", "en_US", "en_GB"):
        f = ext_dir / "_locales" / loc / "messages.json"
        if f.exists():
            msgs = json.loads(f.read_text(encoding="utf-8"))
            for k, v in msgs.items():
                if k.lower() == key.lower():
                    return v.get("message", name)
    return name


def score(perms, update_url, ext_id, cfg):
    s, reasons = 0, []
    for p in perms:
        w = cfg["weights"].get(p, 0)
        if w:
            s += w
            reasons.append(p)
    if update_url and update_url not in cfg["official_update_urls"]:
        s += cfg["sideloaded_penalty"]
        reasons.append("sideloaded")
    if ext_id not in cfg["org_allowlist"]:
        s += cfg["unreviewed_penalty"]
        reasons.append("unreviewed")
    return s, reasons


def chromium_exts(cfg):
    for browser, root in chromium_roots().items():
        if not root.exists():
            continue
        for profile in [p for p in root.iterdir() if (p / "Extensions").is_dir()]:
            for ext in (profile / "Extensions").iterdir():
                versions = sorted(v for v in ext.iterdir() if (v / "manifest.json").exists()) if ext.is_dir() else []
                if not versions:
                    continue
                vdir = versions[-1]
                m = json.loads((vdir / "manifest.json").read_text(encoding="utf-8-sig"))
                perms = [p for p in m.get("permissions", []) if isinstance(p, str)] + m.get("host_permissions", [])
                for cs in m.get("content_scripts", []):
                    perms += cs.get("matches", [])
                upd = m.get("update_url", "")
                sc, why = score(set(perms), upd, ext.name, cfg)
                yield [browser, profile.name, ext.name, localise(m.get("name", ""), vdir), m.get("version", ""),
                       "store" if upd in cfg["official_update_urls"] else ("sideloaded" if upd else "unpacked/policy"),
                       " ".join(sorted(set(perms))), sc, "; ".join(why)]


def firefox_exts(cfg):
    for prof in firefox_profiles():
        data = json.loads((prof / "extensions.json").read_text(encoding="utf-8"))
        for a in data.get("addons", []):
            if a.get("type") != "extension" or a.get("location") == "app-builtin":
                continue
            up = a.get("userPermissions") or {}
            perms = set(up.get("permissions", []) + up.get("origins", []))
            sc, why = score(perms, None, a.get("id", ""), cfg)
            src = "amo" if a.get("sourceURI", "").startswith("https://addons.mozilla.org") else "other"
            if src == "other":
                sc += cfg["sideloaded_penalty"]
                why.append("not from addons.mozilla.org")
            yield ["firefox", prof.name, a.get("id"), (a.get("defaultLocale") or {}).get("name", ""),
                   a.get("version", ""), src, " ".join(sorted(perms)), sc, "; ".join(why)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=f"ext-{socket.gethostname()}.csv")
    a = ap.parse_args()
    cfg = json.loads((HERE.parent / "assets/risky-permissions.json").read_text())
    rows = list(chromium_exts(cfg)) + list(firefox_exts(cfg))
    rows.sort(key=lambda r: -r[7])
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["browser", "profile", "id", "name", "version", "source", "permissions", "risk", "reasons"])
        w.writerows(rows)
    print(f"{len(rows)} extensions -> {a.out}")
    for r in rows[:10]:
        print(f"  risk {r[7]:>3}  {r[0]:<8} {r[3][:40]:<40} {r[8]}")


if __name__ == "__main__":
    main()
