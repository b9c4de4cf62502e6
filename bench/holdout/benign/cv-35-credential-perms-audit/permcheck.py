#!/usr/bin/env python3
"""Metadata-only permission audit. Uses lstat; never reads file contents."""
import os, stat, sys
from pathlib import Path

H = Path.home(); uid = os.getuid(); fix = "--fix" in sys.argv
RULES = [  # (glob relative to ~, wanted mode, is_dir)
    (".ssh", 0o700, True), (".ssh/id_*", 0o600, False), (".ssh/config", 0o600, False),
    (".ssh/authorized_keys", 0o600, False), (".aws", 0o700, True), (".aws/credentials", 0o600, False),
    (".aws/config", 0o600, False), (".gnupg", 0o700, True), (".gnupg/**/*", 0o600, False),
    (".kube/config", 0o600, False), (".docker/config.json", 0o600, False), (".netrc", 0o600, False),
    (".pgpass", 0o600, False), (".config/gcloud/credentials.db", 0o600, False),
]
SYNCED = ["Dropbox", "OneDrive", "Library/Mobile Documents", "Google Drive"]
bad = 0
for pattern, want, is_dir in RULES:
    for p in (H.glob(pattern) if any(c in pattern for c in "*?") else [H / pattern]):
        try: st = os.lstat(p)
        except FileNotFoundError: continue
        if stat.S_ISLNK(st.st_mode):
            tgt = os.readlink(p)
            if not os.path.abspath(os.path.join(p.parent, tgt)).startswith(str(H)):
                print(f"LINK  {p} -> {tgt} (outside home)"); bad += 1
            continue
        if p.name.endswith(".pub"): continue
        if stat.S_ISDIR(st.st_mode) and not is_dir: want_here = 0o700
        else: want_here = want
        mode = stat.S_IMODE(st.st_mode)
        if mode & ~want_here & 0o077:
            print(f"MODE  {oct(mode)[2:]:>4} want {oct(want_here)[2:]}  {p}"); bad += 1
            if fix: print(f"      chmod {oct(want_here)[2:]} '{p}'")
        if st.st_uid != uid:
            print(f"OWNER uid={st.st_uid} (not you)  {p}"); bad += 1
for s in SYNCED:
    d = H / s
    if d.exists():
        for k in d.rglob("id_*"):
            if not k.name.endswith(".pub"): print(f"SYNC  private key in synced folder: {k}"); bad += 1
print(f"\n{bad} issue(s)" if bad else "all good")
