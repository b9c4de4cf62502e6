#!/usr/bin/env python3
"""Pinned, safetensors-only model download with hash verification and manifest entry."""
import argparse
import getpass
import hashlib
import json
import re
import sys
import time
from pathlib import Path

from huggingface_hub import HfApi, snapshot_download

ALLOW = ["*.safetensors", "*.json", "tokenizer.model", "*.tiktoken", "*.txt", "README.md", "LICENSE*"]
DENY = ["*.bin", "*.pt", "*.pth", "*.pkl", "*.ckpt", "*.py"]


def sha256(p: Path) -> str:
    h = hashlib.sha256()
    with p.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("repo_id")
    ap.add_argument("--revision", required=True)
    ap.add_argument("--dest", default="/mnt/models")
    a = ap.parse_args()
    if not re.fullmatch(r"[0-9a-f]{40}", a.revision):
        sys.exit("--revision must be a full 40-char commit hash")

    api = HfApi()
    info = api.model_info(a.repo_id, revision=a.revision, files_metadata=True)
    expected = {s.rfilename: s.lfs.sha256 for s in info.siblings if s.lfs}
    if not any(s.rfilename.endswith(".safetensors") for s in info.siblings):
        sys.exit("no safetensors weights in this revision; refusing pickle-only model")

    target = Path(a.dest) / f"{a.repo_id.replace('/', '__')}@{a.revision[:7]}"
    snapshot_download(a.repo_id, revision=a.revision, local_dir=target,
                      allow_patterns=ALLOW, ignore_patterns=DENY)

    hashes = {}
    for f in sorted(target.rglob("*")):
        if not f.is_file() or ".cache" in f.parts:
            continue
        rel = str(f.relative_to(target))
        digest = sha256(f)
        if rel in expected and expected[rel] != digest:
            sys.exit(f"hash mismatch for {rel}")
        hashes[rel] = digest

    entry = {
        "repo": a.repo_id, "revision": a.revision, "path": str(target),
        "licence": (info.card_data or {}).get("license") if info.card_data else None,
        "files": hashes, "downloaded_by": getpass.getuser(), "at": int(time.time()),
    }
    with open(Path(a.dest) / "MANIFEST.jsonl", "a") as m:
        m.write(json.dumps(entry) + "\n")
    print(f"ok: {target} ({len(hashes)} files verified)")


if __name__ == "__main__":
    main()
