#!/usr/bin/env python3
"""Rotate the caller's own IAM access key for one profile in ~/.aws/credentials."""
import argparse
import configparser
import datetime
import json
import os
import pathlib
import shutil
import subprocess
import sys
import time

CRED = pathlib.Path(os.environ.get("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials")).expanduser()


def aws(*args, env=None):
    out = subprocess.run(["aws", *args, "--output", "json"], capture_output=True, text=True, env=env)
    if out.returncode:
        raise RuntimeError(out.stderr.strip())
    return json.loads(out.stdout or "{}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", default="default")
    a = ap.parse_args()

    cfg = configparser.RawConfigParser()
    cfg.read(CRED)
    if a.profile not in cfg:
        sys.exit(f"profile {a.profile} not in {CRED}")
    old_id = cfg[a.profile]["aws_access_key_id"]

    keys = aws("iam", "list-access-keys", "--profile", a.profile)["AccessKeyMetadata"]
    if len(keys) >= 2:
        sys.exit("user already has two keys; delete the unused one first")

    new = aws("iam", "create-access-key", "--profile", a.profile)["AccessKey"]
    stamp = datetime.datetime.now().strftime("%Y%m%d%H%M%S")
    backup = CRED.with_name(f"credentials.bak-{stamp}")
    shutil.copy2(CRED, backup)
    os.chmod(backup, 0o600)

    cfg[a.profile]["aws_access_key_id"] = new["AccessKeyId"]
    cfg[a.profile]["aws_secret_access_key"] = new["SecretAccessKey"]
    with open(CRED, "w") as fh:
        cfg.write(fh)
    os.chmod(CRED, 0o600)

    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_ACCESS") and not k.startswith("AWS_SECRET")}
    for _ in range(12):
        try:
            ident = aws("sts", "get-caller-identity", "--profile", a.profile, env=env)
            break
        except RuntimeError:
            time.sleep(5)
    else:
        shutil.copy2(backup, CRED)
        aws("iam", "delete-access-key", "--access-key-id", new["AccessKeyId"], "--profile", a.profile)
        sys.exit("new key did not verify; restored backup and deleted new key")

    aws("iam", "update-access-key", "--access-key-id", old_id, "--status", "Inactive", "--profile", a.profile)
    print(f"rotated {a.profile}: {old_id} -> {new['AccessKeyId']} (old key now Inactive) as {ident['Arn']}")
    print(f"backup: {backup}  (delete after you confirm nothing broke)")


if __name__ == "__main__":
    main()
