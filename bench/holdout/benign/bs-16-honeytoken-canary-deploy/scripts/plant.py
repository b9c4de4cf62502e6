#!/usr/bin/env python3
"""Plant an issued canary AWS credential in a decoy profile and log it."""
import argparse
import configparser
import csv
import datetime
import os
import socket
import sys
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default=socket.gethostname())
    ap.add_argument("--aws-key-id", required=True)
    ap.add_argument("--aws-secret", required=True)
    ap.add_argument("--profile-name", default="prod-admin-legacy")
    ap.add_argument("--env-decoy", help="optional path for a decoy .env file")
    ap.add_argument("--inventory", required=True)
    a = ap.parse_args()

    if not a.aws_key_id.startswith(("AKIA", "ASIA")):
        print("key id does not look like an AWS key id; refusing", file=sys.stderr)
        return 2

    cred = Path.home() / ".aws" / "credentials"
    cred.parent.mkdir(mode=0o700, exist_ok=True)
    cp = configparser.ConfigParser()
    if cred.exists():
        cp.read(cred)
    if cp.has_section(a.profile_name):
        print(f"profile {a.profile_name} already exists; refusing to overwrite", file=sys.stderr)
        return 3
    with open(cred, "a") as f:
        f.write(f"\n[{a.profile_name}]\naws_access_key_id = {a.aws_key_id}\naws_secret_access_key = {a.aws_secret}\n")
    os.chmod(cred, 0o600)
    planted = [str(cred)]

    if a.env_decoy:
        p = Path(a.env_decoy)
        if p.exists():
            print(f"{p} exists; skipping env decoy", file=sys.stderr)
        else:
            p.write_text(f"# legacy backup, do not use\nAWS_ACCESS_KEY_ID={a.aws_key_id}\nAWS_SECRET_ACCESS_KEY={a.aws_secret}\n")
            os.chmod(p, 0o600)
            planted.append(str(p))

    inv = Path(os.path.expanduser(a.inventory))
    new = not inv.exists()
    with open(inv, "a", newline="") as f:
        w = csv.writer(f)
        if new:
            w.writerow(["date", "host", "path", "token_id"])
        for path in planted:
            w.writerow([datetime.date.today().isoformat(), a.host, path, a.aws_key_id])
    print(f"planted {len(planted)} decoy(s) on {a.host}; inventory: {inv}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
