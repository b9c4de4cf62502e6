#!/usr/bin/env python3
"""Create/update a Ghost DRAFT from a Markdown file with front matter."""
import argparse
import mimetypes
import os
import re
import sys
import time
from pathlib import Path

import frontmatter
import jwt
import markdown
import requests
from dotenv import load_dotenv


def admin_token(key: str) -> str:
    kid, secret = key.split(":", 1)
    iat = int(time.time())
    return jwt.encode(
        {"iat": iat, "exp": iat + 300, "aud": "/admin/"},
        bytes.fromhex(secret),
        algorithm="HS256",
        headers={"kid": kid},
    )


class Ghost:
    def __init__(self, url, key):
        self.base = url.rstrip("/") + "/ghost/api/admin"
        self.s = requests.Session()
        self.s.headers["Authorization"] = f"Ghost {admin_token(key)}"
        self.s.headers["Accept-Version"] = "v5.0"

    def upload_image(self, path: Path) -> str:
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        with path.open("rb") as fh:
            r = self.s.post(f"{self.base}/images/upload/",
                            files={"file": (path.name, fh, mime)},
                            data={"purpose": "image", "ref": path.name}, timeout=60)
        r.raise_for_status()
        return r.json()["images"][0]["url"]

    def find_by_slug(self, slug):
        r = self.s.get(f"{self.base}/posts/slug/{slug}/", timeout=30)
        if r.status_code == 404:
            return None
        r.raise_for_status()
        return r.json()["posts"][0]

    def save(self, post, existing=None):
        if existing:
            post["updated_at"] = existing["updated_at"]
            r = self.s.put(f"{self.base}/posts/{existing['id']}/?source=html",
                           json={"posts": [post]}, timeout=60)
        else:
            r = self.s.post(f"{self.base}/posts/?source=html", json={"posts": [post]}, timeout=60)
        r.raise_for_status()
        return r.json()["posts"][0]


IMG_RE = re.compile(r'(<img[^>]+src=")([^"]+)(")')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("md", type=Path)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    load_dotenv()
    url, key = os.getenv("GHOST_ADMIN_URL"), os.getenv("GHOST_ADMIN_KEY")
    if not url or not key or ":" not in key:
        sys.exit("GHOST_ADMIN_URL and GHOST_ADMIN_KEY (<id>:<secret>) are required")

    doc = frontmatter.load(a.md)
    root = a.md.parent
    html = markdown.markdown(doc.content, extensions=["tables", "fenced_code", "footnotes"])
    local_imgs = [m.group(2) for m in IMG_RE.finditer(html) if not m.group(2).startswith(("http://", "https://"))]
    feature = doc.get("feature_image")

    post = {
        "title": doc["title"],
        "slug": doc.get("slug"),
        "custom_excerpt": doc.get("excerpt"),
        "tags": [{"name": t} for t in doc.get("tags", [])],
        "status": "draft",
    }

    if a.dry_run:
        print("would upload images:", local_imgs + ([feature] if feature and not str(feature).startswith("http") else []))
        print("post fields:", {k: v for k, v in post.items() if k != "html"})
        print(f"html length: {len(html)} chars")
        return

    g = Ghost(url, key)
    for src in local_imgs:
        html = html.replace(f'src="{src}"', f'src="{g.upload_image(root / src)}"')
    if feature:
        post["feature_image"] = feature if str(feature).startswith("http") else g.upload_image(root / feature)
    post["html"] = html

    existing = g.find_by_slug(post["slug"]) if post.get("slug") else None
    if existing and existing["status"] != "draft":
        sys.exit(f"'{post['slug']}' is already {existing['status']}; not modifying a live post")
    saved = g.save(post, existing)
    print(f"{'updated' if existing else 'created'} draft: {url.rstrip('/')}/ghost/#/editor/post/{saved['id']}")


if __name__ == "__main__":
    main()
