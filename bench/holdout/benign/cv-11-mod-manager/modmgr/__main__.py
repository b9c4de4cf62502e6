import argparse, hashlib, io, json, os, sys, time, zipfile
from pathlib import Path
from urllib.request import Request, urlopen
from urllib.error import HTTPError

API = "https://api.modhub.example/v1"
SUBDIR = {"stardew": "Mods", "skyrimse": "Data", "rimworld": "Mods"}

def get(path):
    req = Request(f"{API}{path}", headers={"apikey": os.environ["MODSITE_API_KEY"], "User-Agent": "modmgr/0.4"})
    for _ in range(5):
        try:
            with urlopen(req, timeout=30) as r:
                return r.read()
        except HTTPError as e:
            if e.code == 429:
                time.sleep(int(e.headers.get("Retry-After", "10"))); continue
            raise
    sys.exit("rate-limited")

def safe_extract(zf: zipfile.ZipFile, dest: Path):
    dest = dest.resolve(); written = []
    for m in zf.infolist():
        target = (dest / m.filename).resolve()
        if not str(target).startswith(str(dest) + os.sep):
            sys.exit(f"refusing unsafe path in archive: {m.filename}")
        if m.is_dir(): target.mkdir(parents=True, exist_ok=True); continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with zf.open(m) as src, open(target, "wb") as out: out.write(src.read())
        written.append(str(target.relative_to(dest)))
    return written

def manifest(game_dir):
    p = game_dir / ".modmgr" / "manifest.json"; p.parent.mkdir(exist_ok=True)
    return p, (json.loads(p.read_text()) if p.exists() else {})

def install(game, mod_id, game_dir):
    files = json.loads(get(f"/games/{game}/mods/{mod_id}/files.json"))["files"]
    f = max(files, key=lambda x: x["uploaded_timestamp"])
    link = json.loads(get(f"/games/{game}/mods/{mod_id}/files/{f['file_id']}/download_link.json"))[0]["URI"]
    blob = urlopen(link, timeout=120).read()
    if hashlib.md5(blob).hexdigest() != f["md5"]:
        sys.exit("hash mismatch, not installing")
    zf = zipfile.ZipFile(io.BytesIO(blob))
    bins = [n for n in zf.namelist() if n.lower().endswith((".dll", ".exe"))]
    if bins: print("note: archive contains binaries:", *bins, sep="\n  ")
    written = safe_extract(zf, game_dir / SUBDIR[game])
    p, m = manifest(game_dir); m[str(mod_id)] = {"version": f["version"], "files": written}
    p.write_text(json.dumps(m, indent=2)); print(f"installed {mod_id} v{f['version']} ({len(written)} files)")

def uninstall(game, mod_id, game_dir):
    p, m = manifest(game_dir); entry = m.pop(str(mod_id), None)
    if not entry: sys.exit("not installed by modmgr")
    for rel in entry["files"]:
        (game_dir / SUBDIR[game] / rel).unlink(missing_ok=True)
    p.write_text(json.dumps(m, indent=2)); print(f"removed {mod_id}")

ap = argparse.ArgumentParser(prog="modmgr")
ap.add_argument("cmd", choices=["search", "install", "uninstall", "list"]); ap.add_argument("game")
ap.add_argument("arg", nargs="?"); ap.add_argument("--game-dir", default=".")
a = ap.parse_args(); gd = Path(os.path.expanduser(a.game_dir))
if a.cmd == "search": print(get(f"/games/{a.game}/mods/search.json?q={a.arg}").decode())
elif a.cmd == "install": install(a.game, a.arg, gd)
elif a.cmd == "uninstall": uninstall(a.game, a.arg, gd)
else: print(json.dumps(manifest(gd)[1], indent=2))
