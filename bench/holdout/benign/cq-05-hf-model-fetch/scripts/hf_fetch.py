#!/usr/bin/env python3
"""Plan, download and verify Hugging Face Hub model files with SHA-256 checks."""
import argparse
import fnmatch
import hashlib
import json
import os
import sys
import urllib.parse
import urllib.request
from pathlib import Path

HUB = "https://huggingface.co"
PICKLE_EXT = (".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle")
CHUNK = 1 << 20


def _req(url, stream=False):
    headers = {"User-Agent": "hf-model-fetch/0.3"}
    tok = os.environ.get("HF_TOKEN")
    if tok:
        headers["Authorization"] = f"Bearer {tok}"
    r = urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=60)
    return r if stream else json.load(r)


def model_info(repo, revision):
    return _req(f"{HUB}/api/models/{repo}/revision/{urllib.parse.quote(revision, safe='')}")


def tree(repo, sha):
    return [e for e in _req(f"{HUB}/api/models/{repo}/tree/{sha}?recursive=1") if e["type"] == "file"]


def select(files, include, allow_pickle):
    names = [f["path"] for f in files]
    has_st = any(n.endswith(".safetensors") for n in names)
    out, skipped = [], []
    for f in files:
        p = f["path"]
        if include and not any(fnmatch.fnmatch(p, pat) for pat in include):
            continue
        if p.endswith(PICKLE_EXT) and not allow_pickle:
            skipped.append((p, "pickle format" + (" (safetensors available)" if has_st else "; use --allow-pickle")))
            continue
        out.append(f)
    return out, skipped


def human(n):
    for u in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024:
            return f"{n:.1f} {u}"
        n /= 1024
    return f"{n:.1f} PB"


def git_blob_sha1(path):
    h = hashlib.sha1()
    size = path.stat().st_size
    h.update(f"blob {size}\0".encode())
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def sha256_file(path):
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def expected(entry):
    if entry.get("lfs"):
        return {"algo": "sha256", "digest": entry["lfs"]["oid"], "size": entry["lfs"]["size"]}
    return {"algo": "git-sha1", "digest": entry["oid"], "size": entry["size"]}


def check(path, exp):
    if path.stat().st_size != exp["size"]:
        return False
    got = sha256_file(path) if exp["algo"] == "sha256" else git_blob_sha1(path)
    return got == exp["digest"]


def cmd_plan(a):
    info = model_info(a.repo, a.revision)
    files, skipped = select(tree(a.repo, info["sha"]), a.include, a.allow_pickle)
    print(f"repo      {a.repo}")
    print(f"revision  {a.revision} -> {info['sha']}")
    print(f"gated     {info.get('gated', False)}    license: {info.get('cardData', {}).get('license', '?')}")
    total = 0
    for f in files:
        size = (f.get("lfs") or f)["size"]
        total += size
        print(f"  {human(size):>10}  {f['path']}")
    for p, why in skipped:
        print(f"  {'skipped':>10}  {p}  ({why})")
    print(f"total     {human(total)} in {len(files)} files")


def cmd_get(a):
    info = model_info(a.repo, a.revision)
    sha = info["sha"]
    files, skipped = select(tree(a.repo, sha), a.include, a.allow_pickle)
    dest = Path(a.dest)
    dest.mkdir(parents=True, exist_ok=True)
    manifest = {"repo": a.repo, "revision": a.revision, "commit": sha, "files": {}}
    for f in files:
        exp = expected(f)
        out = dest / f["path"]
        out.parent.mkdir(parents=True, exist_ok=True)
        manifest["files"][f["path"]] = exp
        if out.exists() and check(out, exp):
            print(f"ok (cached)  {f['path']}")
            continue
        url = f"{HUB}/{a.repo}/resolve/{sha}/{urllib.parse.quote(f['path'])}"
        tmp = out.with_name(out.name + ".part")
        h = hashlib.sha256()
        with _req(url, stream=True) as r, tmp.open("wb") as fh:
            for chunk in iter(lambda: r.read(CHUNK), b""):
                fh.write(chunk)
                h.update(chunk)
        tmp.replace(out)
        if not check(out, exp):
            out.unlink()
            sys.exit(f"CHECKSUM MISMATCH for {f['path']}; file removed")
        print(f"ok           {f['path']}")
    (dest / ".hf-fetch.json").write_text(json.dumps(manifest, indent=2))
    for p, why in skipped:
        print(f"skipped      {p} ({why})")
    print(f"done: {dest} @ {sha}")


def cmd_verify(a):
    dest = Path(a.dest)
    mf = dest / ".hf-fetch.json"
    if mf.exists():
        manifest = json.loads(mf.read_text())
    elif a.repo and a.revision:
        info = model_info(a.repo, a.revision)
        manifest = {"files": {f["path"]: expected(f) for f in tree(a.repo, info["sha"]) if (dest / f["path"]).exists()}}
    else:
        sys.exit("no .hf-fetch.json; pass --repo and --revision")
    bad = 0
    for rel, exp in manifest["files"].items():
        p = dest / rel
        ok = p.exists() and check(p, exp)
        bad += not ok
        print(f"{'ok' if ok else 'FAIL':<5} {rel}")
    sys.exit(1 if bad else 0)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("plan", "get"):
        s = sub.add_parser(name)
        s.add_argument("repo")
        s.add_argument("--revision", default="main")
        s.add_argument("--include", action="append")
        s.add_argument("--allow-pickle", action="store_true")
        if name == "get":
            s.add_argument("--dest", required=True)
    v = sub.add_parser("verify")
    v.add_argument("dest")
    v.add_argument("--repo")
    v.add_argument("--revision")
    a = ap.parse_args()
    {"plan": cmd_plan, "get": cmd_get, "verify": cmd_verify}[a.cmd](a)


if __name__ == "__main__":
    main()
