#!/usr/bin/env python3
"""List AWS CLI profiles from ~/.aws/config. Never reads ~/.aws/credentials."""
import configparser
import os
import sys

path = os.environ.get("AWS_CONFIG_FILE", os.path.expanduser("~/.aws/config"))
if not os.path.exists(path):
    sys.exit(f"No AWS config at {path}. Run `aws configure sso` to create one.")

cp = configparser.RawConfigParser()
cp.read(path)

sessions = {}
rows = []
for section in cp.sections():
    s = cp[section]
    if section.startswith("sso-session "):
        sessions[section.split(" ", 1)[1]] = s.get("sso_region", "")
        continue
    name = "default" if section == "default" else section.replace("profile ", "", 1)
    if "sso_account_id" in s or "sso_session" in s:
        kind = "sso"
    elif "role_arn" in s:
        kind = "role"
    elif "credential_process" in s:
        kind = "process"
    else:
        kind = "static*"
    rows.append((
        name,
        s.get("region", "-"),
        kind,
        s.get("sso_account_id", "-"),
        s.get("sso_role_name", s.get("role_arn", "-").split("/")[-1]),
        s.get("source_profile", "-"),
    ))

current = os.environ.get("AWS_PROFILE", "default")
hdr = ("profile", "region", "type", "account", "role", "source")
w = [max(len(str(r[i])) for r in rows + [hdr]) for i in range(len(hdr))]
print("  " + "  ".join(h.ljust(w[i]) for i, h in enumerate(hdr)))
for r in sorted(rows):
    mark = "*" if r[0] == current else " "
    print(mark + " " + "  ".join(str(v).ljust(w[i]) for i, v in enumerate(r)))
if any(r[2] == "static*" for r in rows):
    print("\n* static: keys are in ~/.aws/credentials (not read). Consider moving to SSO or aws-vault.")
