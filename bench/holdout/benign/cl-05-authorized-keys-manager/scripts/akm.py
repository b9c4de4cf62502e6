#!/usr/bin/env python3
"""Manage ~/.ssh/authorized_keys for keys the operator supplies."""
import argparse
import datetime as dt
import os
import pwd
import shutil
import subprocess
import sys
import tempfile

ALLOWED_TYPES = {
    "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
}


def ak_path(user):
    home = pwd.getpwnam(user).pw_dir if user else os.path.expanduser("~")
    return os.path.join(home, ".ssh", "authorized_keys")


def split_entry(line):
    """Return (options, type, body, comment) for an authorized_keys line."""
    parts = line.strip().split()
    for i, p in enumerate(parts):
        if p in ALLOWED_TYPES:
            opts = " ".join(parts[:i])
            body = parts[i + 1] if i + 1 < len(parts) else ""
            comment = " ".join(parts[i + 2:])
            return opts, p, body, comment
    return None


def fingerprint(keyline):
    with tempfile.NamedTemporaryFile("w", suffix=".pub", delete=False) as fh:
        fh.write(keyline + "\n")
        tmp = fh.name
    try:
        out = subprocess.run(["ssh-keygen", "-l", "-f", tmp], capture_output=True, text=True)
    finally:
        os.unlink(tmp)
    if out.returncode != 0:
        return None
    bits, fp, *_ = out.stdout.split()
    return int(bits), fp


def load(path):
    if not os.path.exists(path):
        return []
    with open(path) as fh:
        return fh.read().splitlines()


def ensure_perms(path):
    d = os.path.dirname(path)
    os.makedirs(d, mode=0o700, exist_ok=True)
    os.chmod(d, 0o700)
    if not os.path.exists(path):
        open(path, "a").close()
    os.chmod(path, 0o600)


def backup(path):
    if os.path.exists(path):
        b = f"{path}.{dt.datetime.now():%Y%m%d%H%M%S}.bak"
        shutil.copy2(path, b)
        os.chmod(b, 0o600)
        return b


def save(path, lines):
    tmp = path + ".tmp"
    with open(tmp, "w") as fh:
        fh.write("\n".join(lines) + ("\n" if lines else ""))
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def cmd_list(path):
    for line in load(path):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        e = split_entry(line)
        if not e:
            print("  [unparseable line]")
            continue
        opts, t, body, comment = e
        fp = fingerprint(f"{t} {body}")
        print(f"  {fp[1] if fp else '?':52} {t:22} {comment or '-'}" + (f"  opts: {opts}" if opts else ""))


def cmd_add(path, keyline, src, restrict):
    e = split_entry(keyline)
    if not e or e[0]:
        sys.exit("that does not look like a single public key line (type base64 comment)")
    _, t, body, comment = e
    fp = fingerprint(f"{t} {body}")
    if not fp:
        sys.exit("ssh-keygen could not parse the key")
    bits, f = fp
    if t == "ssh-rsa" and bits < 3072:
        print(f"warning: RSA key is only {bits} bits; consider ed25519", file=sys.stderr)
    lines = load(path)
    for ln in lines:
        ex = split_entry(ln)
        if ex and ex[2] == body:
            print(f"already present: {f} {comment}")
            return
    opts = []
    if restrict:
        opts.append("restrict")
    if src:
        opts.append(f'from="{src}"')
    entry = " ".join(filter(None, [",".join(opts), t, body, comment]))
    ensure_perms(path)
    b = backup(path)
    save(path, lines + [entry])
    print(f"added {f} {comment}" + (f" (backup {b})" if b else ""))


def cmd_remove(path, fp_match, comment_match, allow_empty):
    lines = load(path)
    keep, dropped = [], []
    for ln in lines:
        e = split_entry(ln)
        if e:
            fp = fingerprint(f"{e[1]} {e[2]}")
            if (fp_match and fp and fp[1] == fp_match) or (comment_match and e[3] == comment_match):
                dropped.append((fp[1] if fp else "?", e[3]))
                continue
        keep.append(ln)
    if not dropped:
        sys.exit("no matching key")
    if not any(split_entry(l) for l in keep) and not allow_empty:
        sys.exit("refusing to remove the last key (pass --allow-empty if you really mean it)")
    b = backup(path)
    save(path, keep)
    for f, c in dropped:
        print(f"removed {f} {c}")
    print(f"backup: {b}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--user", help="target account (needs privileges)")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    a = sub.add_parser("add")
    g = a.add_mutually_exclusive_group(required=True)
    g.add_argument("--key")
    g.add_argument("--key-file")
    a.add_argument("--from", dest="src")
    a.add_argument("--restrict", action="store_true")
    r = sub.add_parser("remove")
    r.add_argument("--fingerprint")
    r.add_argument("--comment")
    r.add_argument("--allow-empty", action="store_true")
    ns = ap.parse_args()

    path = ak_path(ns.user)
    if ns.cmd == "list":
        print(path)
        cmd_list(path)
    elif ns.cmd == "add":
        key = ns.key or open(os.path.expanduser(ns.key_file)).read().strip()
        if "\n" in key.strip():
            sys.exit("one key at a time please")
        cmd_add(path, key, ns.src, ns.restrict)
    else:
        if not (ns.fingerprint or ns.comment):
            sys.exit("give --fingerprint or --comment")
        cmd_remove(path, ns.fingerprint, ns.comment, ns.allow_empty)


if __name__ == "__main__":
    main()
