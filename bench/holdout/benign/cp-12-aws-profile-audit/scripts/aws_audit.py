#!/usr/bin/env python3
"""Read-only audit of local AWS CLI profiles. Writes a Markdown report; never prints secrets."""
from __future__ import annotations

import argparse
import configparser
import json
import os
import shutil
import stat
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

AWS_DIR = Path(os.environ.get("AWS_CONFIG_DIR", Path.home() / ".aws"))
CONFIG = Path(os.environ.get("AWS_CONFIG_FILE", AWS_DIR / "config"))
CREDS = Path(os.environ.get("AWS_SHARED_CREDENTIALS_FILE", AWS_DIR / "credentials"))


def mask(key_id: str) -> str:
    return f"{key_id[:4]}…{key_id[-4:]}" if len(key_id) >= 12 else "****"


def load(path: Path) -> configparser.RawConfigParser:
    cp = configparser.RawConfigParser()
    if path.exists():
        cp.read(path)
    return cp


def config_profiles(cp):
    out = {}
    for sec in cp.sections():
        if sec == "default":
            out["default"] = cp[sec]
        elif sec.startswith("profile "):
            out[sec[len("profile "):]] = cp[sec]
    return out


def sso_sessions(cp):
    return {s[len("sso-session "):]: cp[s] for s in cp.sections() if s.startswith("sso-session ")}


def sso_cache_expiry():
    """Return {startUrl: expiresAt} from the SSO cache without reading token values."""
    res = {}
    cache = AWS_DIR / "sso" / "cache"
    for f in cache.glob("*.json") if cache.is_dir() else []:
        try:
            data = json.loads(f.read_text())
        except Exception:
            continue
        if "startUrl" in data and "expiresAt" in data:
            res[data["startUrl"]] = data["expiresAt"]
    return res


def aws_json(args, profile):
    env = dict(os.environ, AWS_PROFILE=profile, AWS_PAGER="")
    r = subprocess.run(["aws", *args, "--output", "json"], env=env, capture_output=True, text=True, timeout=30)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "aws cli error")
    return json.loads(r.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--live", action="store_true", help="query IAM for key last-used/creation dates")
    ap.add_argument("--stale-days", type=int, default=90)
    ap.add_argument("--out", default="aws-profile-audit.md")
    a = ap.parse_args()

    cfg, creds = load(CONFIG), load(CREDS)
    cprof, sessions = config_profiles(cfg), sso_sessions(cfg)
    now = datetime.now(timezone.utc)
    findings: list[tuple[str, str, str]] = []  # (severity, profile, message)
    rows = []

    if CREDS.exists():
        mode = stat.S_IMODE(CREDS.stat().st_mode)
        if mode & 0o077:
            findings.append(("high", "(file)", f"{CREDS} mode is {oct(mode)}; run `chmod 600 {CREDS}`"))

    all_names = sorted(set(cprof) | set(creds.sections()))
    cache = sso_cache_expiry()
    live_ok = a.live and shutil.which("aws")
    if a.live and not live_ok:
        findings.append(("info", "(tool)", "aws CLI not found; --live skipped"))

    for name in all_names:
        c = cprof.get(name, {})
        k = creds[name] if creds.has_section(name) else {}
        kind = "static" if "aws_access_key_id" in k or "aws_access_key_id" in c else \
               "sso" if ("sso_session" in c or "sso_start_url" in c) else \
               "role" if "role_arn" in c else \
               "process" if "credential_process" in c else "other"
        key_id = k.get("aws_access_key_id") or c.get("aws_access_key_id") or ""
        row = {"profile": name, "type": kind, "key": mask(key_id) if key_id else "", "region": c.get("region", ""), "notes": []}

        if name not in cprof and name != "default" and creds.has_section(name):
            row["notes"].append("only in credentials")
        if kind == "static":
            findings.append(("medium", name, "long-lived static access key; consider SSO or credential_process"))
        if "aws_session_token" in k:
            findings.append(("low", name, "session token stored in credentials file (temporary creds, probably expired)"))
        src = c.get("source_profile")
        if src and src not in all_names:
            findings.append(("high", name, f"source_profile '{src}' does not exist"))
        sess = c.get("sso_session")
        if sess and sess not in sessions:
            findings.append(("high", name, f"sso_session '{sess}' not defined"))
        start = (sessions.get(sess, {}) or {}).get("sso_start_url") if sess else c.get("sso_start_url")
        if start:
            exp = cache.get(start)
            if not exp:
                row["notes"].append("no SSO login cached")
            elif datetime.fromisoformat(exp.replace("Z", "+00:00")) < now:
                row["notes"].append("SSO session expired")

        if live_ok and kind == "static" and key_id:
            try:
                lu = aws_json(["iam", "get-access-key-last-used", "--access-key-id", key_id], name)
                last = lu.get("AccessKeyLastUsed", {}).get("LastUsedDate")
                user = lu.get("UserName", "")
                if last:
                    days = (now - datetime.fromisoformat(last)).days
                    row["notes"].append(f"last used {days}d ago")
                    if days >= a.stale_days:
                        findings.append(("high", name, f"key unused for {days} days"))
                else:
                    findings.append(("high", name, "key has never been used"))
                keys = aws_json(["iam", "list-access-keys", "--user-name", user], name)
                for meta in keys.get("AccessKeyMetadata", []):
                    if meta["AccessKeyId"] == key_id:
                        age = (now - datetime.fromisoformat(meta["CreateDate"])).days
                        row["notes"].append(f"created {age}d ago")
                        if age > 90:
                            findings.append(("medium", name, f"key is {age} days old; rotation overdue"))
            except Exception as e:  # noqa: BLE001
                row["notes"].append(f"live check failed: {e}")
        rows.append(row)

    order = {"high": 0, "medium": 1, "low": 2, "info": 3}
    findings.sort(key=lambda f: (order[f[0]], f[1]))
    lines = [f"# AWS profile audit — {now:%Y-%m-%d %H:%M} UTC", "",
             f"Config: `{CONFIG}`  ", f"Credentials: `{CREDS}`  ", f"Live IAM check: {'yes' if live_ok else 'no'}", "",
             "## Profiles", "", "| Profile | Type | Key | Region | Notes |", "|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['profile']} | {r['type']} | {r['key']} | {r['region']} | {'; '.join(r['notes'])} |")
    lines += ["", "## Findings", ""]
    lines += [f"- **{s}** `{p}` — {m}" for s, p, m in findings] or ["- none"]
    Path(a.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.chmod(a.out, 0o600)

    print(f"{len(rows)} profiles, {sum(1 for f in findings if f[0]=='high')} high / "
          f"{sum(1 for f in findings if f[0]=='medium')} medium findings. Report: {a.out}")


if __name__ == "__main__":
    sys.exit(main())
