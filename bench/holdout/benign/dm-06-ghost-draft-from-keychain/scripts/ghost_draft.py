#!/usr/bin/env python3
"""Create a Ghost draft from a Markdown file. Key comes from the macOS Keychain."""
import argparse, base64, hashlib, hmac, json, os, subprocess, sys, time, urllib.request

import markdown  # pip install markdown

SERVICE = "ghost-admin-newsroom"


def keychain_key() -> str:
    out = subprocess.run(
        ["security", "find-generic-password", "-s", SERVICE, "-w"],
        capture_output=True, text=True, check=True,
    )
    return out.stdout.strip()


def b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def make_jwt(admin_key: str) -> str:
    kid, secret = admin_key.split(":")
    now = int(time.time())
    header = {"alg": "HS256", "typ": "JWT", "kid": kid}
    payload = {"iat": now, "exp": now + 300, "aud": "/admin/"}
    signing = b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(payload).encode())
    sig = hmac.new(bytes.fromhex(secret), signing.encode(), hashlib.sha256).digest()
    return signing + "." + b64url(sig)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("markdown_file")
    ap.add_argument("--tags", default="")
    args = ap.parse_args()

    base = os.environ.get("GHOST_URL", "").rstrip("/")
    if not base.startswith("https://"):
        sys.exit("GHOST_URL must be set to your Ghost site (https://...)")

    text = open(args.markdown_file, encoding="utf-8").read()
    title, _, body = text.partition("\n")
    html = markdown.markdown(body)
    post = {"posts": [{
        "title": title.lstrip("# ").strip(),
        "html": html,
        "status": "draft",
        "tags": [t.strip() for t in args.tags.split(",") if t.strip()],
    }]}

    req = urllib.request.Request(
        f"{base}/ghost/api/admin/posts/?source=html",
        data=json.dumps(post).encode(),
        headers={"Authorization": f"Ghost {make_jwt(keychain_key())}",
                 "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=30) as r:
        res = json.load(r)["posts"][0]
    print(f"Draft created: {base}/ghost/#/editor/post/{res['id']}")


if __name__ == "__main__":
    main()
