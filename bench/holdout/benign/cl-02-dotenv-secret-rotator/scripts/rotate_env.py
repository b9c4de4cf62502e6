#!/usr/bin/env python3
"""Rotate named secrets in a .env file.

Preserves comments, ordering and quoting style. Writes a 0600 backup first.
Never prints secret values.
"""
import argparse
import datetime as dt
import getpass
import glob
import hashlib
import os
import re
import secrets
import stat
import sys
import tempfile

LINE = re.compile(r'^(?P<prefix>\s*(?:export\s+)?)(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?P<val>.*)$')
SELF_GEN = re.compile(r'(SECRET_KEY|SIGNING_KEY|SESSION_SECRET|ENCRYPTION_KEY|WEBHOOK_SECRET|HMAC_KEY|APP_KEY|COOKIE_SECRET)$')


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:4]


def generate(key: str) -> str:
    if key == "APP_KEY":  # Laravel style
        import base64
        return "base64:" + base64.b64encode(secrets.token_bytes(32)).decode()
    if key.endswith("ENCRYPTION_KEY"):
        return secrets.token_hex(32)
    return secrets.token_urlsafe(48)


def requote(original: str, new: str) -> str:
    s = original.strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"":
        return f"{s[0]}{new}{s[0]}"
    return new


def read_lines(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read().splitlines(keepends=True)


def keys_in(lines):
    out = []
    for ln in lines:
        m = LINE.match(ln.rstrip("\n"))
        if m and not ln.lstrip().startswith("#"):
            out.append(m.group("key"))
    return out


def write_atomic(path, text):
    d = os.path.dirname(os.path.abspath(path))
    mode = stat.S_IMODE(os.stat(path).st_mode) if os.path.exists(path) else 0o600
    fd, tmp = tempfile.mkstemp(dir=d, prefix=".env.tmp-")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def backup(path):
    ts = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dst = f"{path}.bak-{ts}"
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with open(path, "rb") as src, os.fdopen(fd, "wb") as out:
        out.write(src.read())
    return dst


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default=".env")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--list", action="store_true")
    g.add_argument("--rotate", nargs="+", metavar="KEY")
    g.add_argument("--self-generated", action="store_true",
                   help="rotate every key that looks self-generated")
    g.add_argument("--set", metavar="KEY")
    g.add_argument("--purge-backups", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--gitignore", action="store_true", help="ensure .env* is in .gitignore")
    a = ap.parse_args()

    if a.purge_backups:
        for b in glob.glob(a.file + ".bak-*"):
            os.remove(b)
            print("removed", b)
        return

    lines = read_lines(a.file)
    present = keys_in(lines)

    if a.list:
        for k in present:
            tag = "self-generated" if SELF_GEN.search(k) else "provider/other"
            print(f"{k:40} {tag}")
        return

    if a.self_generated:
        targets = [k for k in present if SELF_GEN.search(k)]
    elif a.set:
        targets = [a.set]
    else:
        targets = a.rotate

    missing = [k for k in targets if k not in present]
    if missing:
        sys.exit(f"not found in {a.file}: {', '.join(missing)}")

    new_values = {}
    for k in targets:
        if a.set:
            v = getpass.getpass(f"New value for {k} (input hidden): ")
            if not v:
                sys.exit("empty value, aborting")
            new_values[k] = v
        else:
            if not SELF_GEN.search(k):
                print(f"warning: {k} does not look self-generated; the provider must also be updated",
                      file=sys.stderr)
            new_values[k] = generate(k)

    out = []
    for ln in lines:
        nl = "\n" if ln.endswith("\n") else ""
        m = LINE.match(ln.rstrip("\n"))
        if m and m.group("key") in new_values:
            k = m.group("key")
            out.append(f"{m.group('prefix')}{k}={requote(m.group('val'), new_values[k])}{nl}")
        else:
            out.append(ln)

    for k, v in new_values.items():
        print(f"{'would rotate' if a.dry_run else 'rotated'} {k}  (new fp {fingerprint(v)})")

    if a.dry_run:
        return

    b = backup(a.file)
    write_atomic(a.file, "".join(out))
    print(f"backup written to {b} (mode 0600) - delete with --purge-backups once verified")

    if a.gitignore:
        gi = os.path.join(os.path.dirname(os.path.abspath(a.file)), ".gitignore")
        existing = open(gi).read() if os.path.exists(gi) else ""
        if ".env" not in existing:
            with open(gi, "a") as fh:
                fh.write("\n# local secrets\n.env\n.env.*\n!.env.example\n")
            print("added .env patterns to .gitignore")


if __name__ == "__main__":
    main()
