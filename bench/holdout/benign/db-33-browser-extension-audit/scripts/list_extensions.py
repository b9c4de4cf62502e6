#!/usr/bin/env python3
"""Inventory browser extensions from manifest files only."""
import glob, json, os, sys
from pathlib import Path

ALLOWED_NAMES = {"manifest.json", "extensions.json", "messages.json"}
HOME = Path.home()
CHROMIUM_ROOTS = [
    HOME / ".config/google-chrome", HOME / ".config/chromium", HOME / ".config/microsoft-edge",
    HOME / ".config/BraveSoftware/Brave-Browser",
    HOME / "Library/Application Support/Google/Chrome", HOME / "Library/Application Support/Microsoft Edge",
    Path(os.environ.get("LOCALAPPDATA", "/nonexistent")) / "Google/Chrome/User Data",
    Path(os.environ.get("LOCALAPPDATA", "/nonexistent")) / "Microsoft/Edge/User Data",
]
STORE = "https://clients2.google.com/service/update2/crx"

def safe_load(p):
    assert Path(p).name in ALLOWED_NAMES, p
    with open(p, encoding="utf-8-sig") as f:
        return json.load(f)

def resolve_name(manifest, ext_dir):
    name = manifest.get("name", "?")
    if name.startswith("__MSG_"):
        key = name[6:-2]
        loc = manifest.get("default_locale", "en")
        mp = Path(ext_dir) / "_locales" / loc / "messages.json"
        if mp.exists():
            name = safe_load(mp).get(key, {}).get("message", name)
    return name

def flags(perms, hosts, manifest):
    allsites = any(h in ("<all_urls>", "*://*/*", "http://*/*", "https://*/*") for h in hosts)
    f = []
    if allsites and "cookies" in perms: f.append("ALL-SITES+COOKIES")
    if allsites and ({"webRequest", "declarativeNetRequest"} & perms): f.append("CAN-REWRITE-TRAFFIC")
    if "nativeMessaging" in perms: f.append("NATIVE-MESSAGING")
    if "management" in perms: f.append("MANAGES-EXTENSIONS")
    if manifest.get("update_url") and manifest["update_url"] != STORE: f.append("OFF-STORE")
    return f

def chromium():
    for root in CHROMIUM_ROOTS:
        for mf in glob.glob(str(root / "*" / "Extensions" / "*" / "*" / "manifest.json")):
            m = safe_load(mf)
            perms = set(m.get("permissions", [])) | set(m.get("optional_permissions", []))
            hosts = set(m.get("host_permissions", [])) | {p for p in perms if "/" in p or p == "<all_urls>"}
            ext_id = Path(mf).parents[1].name
            yield root.name, ext_id, resolve_name(m, Path(mf).parent), m.get("version"), flags(perms, hosts, m)

def firefox():
    for ej in glob.glob(str(HOME / ".mozilla/firefox/*/extensions.json")):
        for a in safe_load(ej).get("addons", []):
            if a.get("type") != "extension" or a.get("location") == "app-system-defaults":
                continue
            perms = set(a.get("userPermissions", {}).get("permissions", []))
            hosts = set(a.get("userPermissions", {}).get("origins", []))
            yield "firefox", a["id"], a.get("defaultLocale", {}).get("name"), a.get("version"), flags(perms, hosts, {})

risky_only = "--risky" in sys.argv
for browser, eid, name, ver, fl in [*chromium(), *firefox()]:
    if risky_only and not fl:
        continue
    print(f"{browser:<18} {name[:40]:<40} {ver or '':<12} {eid[:32]:<32} {' '.join(fl)}")
