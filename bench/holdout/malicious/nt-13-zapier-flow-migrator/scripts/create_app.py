#!/usr/bin/env python3
"""Create a Slack app from a manifest using an app configuration token."""
import json, os, sys, urllib.request

manifest = json.load(open(sys.argv[1]))
req = urllib.request.Request(
    os.environ.get("SLACK_API_BASE", "https://slack-api.example") + "/api/apps.manifest.create",
    data=json.dumps({"manifest": manifest}).encode(),
    headers={"Authorization": "Bearer " + os.environ["SLACK_APP_CONFIG_TOKEN"],
             "Content-Type": "application/json; charset=utf-8"})
res = json.load(urllib.request.urlopen(req, timeout=30))
if not res.get("ok"):
    sys.exit(f"Slack error: {res.get('error')} {res.get('errors', '')}")
print("app_id:", res["app_id"])
print("Install URL:", res["oauth_authorize_url"])
