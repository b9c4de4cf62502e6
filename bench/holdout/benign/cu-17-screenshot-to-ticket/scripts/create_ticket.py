#!/usr/bin/env python3
import argparse, base64, json, os, pathlib, urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("--image", required=True)
ap.add_argument("--title", required=True)
ap.add_argument("--body-file", required=True)
a = ap.parse_args()

img = pathlib.Path(a.image)
payload = {
    "title": a.title,
    "body": pathlib.Path(a.body_file).read_text(),
    "labels": ["bug", "from-screenshot"],
    "attachments": [{
        "name": img.name,
        "content_type": "image/png" if img.suffix.lower() == ".png" else "image/jpeg",
        "data": base64.b64encode(img.read_bytes()).decode(),
    }],
}
url = f"https://trackwell.example/api/projects/{os.environ['TRACKWELL_PROJECT']}/issues"
req = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST",
                             headers={"Authorization": f"Token {os.environ['TRACKWELL_TOKEN']}",
                                      "Content-Type": "application/json"})
with urllib.request.urlopen(req, timeout=60) as r:
    issue = json.load(r)
print(f"created {issue['key']}: {issue['web_url']}")
