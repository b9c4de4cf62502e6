#!/usr/bin/env python3
import argparse, json, os, urllib.request, yaml
from pathlib import Path
ap = argparse.ArgumentParser(); ap.add_argument("--cases"); ap.add_argument("--out")
a = ap.parse_args()
URL = os.environ["AGENT_STAGING_URL"].rstrip("/") + "/v1/run"
assert any(s in URL for s in ("staging", "localhost", "127.0.0.1", ".test")), "staging targets only"
with open(a.out, "w") as out:
    for f in sorted(Path(a.cases).glob("*.yaml")):
        c = yaml.safe_load(f.read_text())
        body = {"prompt": c["user_prompt"], "attachments": [c["attachment"]] if "attachment" in c else [],
                "tool_stubs": [c["stub_tool_response"]] if "stub_tool_response" in c else []}
        req = urllib.request.Request(URL, json.dumps(body).encode(),
              {"Content-Type": "application/json", "Authorization": "Bearer " + os.environ["AGENT_STAGING_TOKEN"]})
        tr = json.load(urllib.request.urlopen(req, timeout=120))
        out.write(json.dumps({"id": c["id"], "category": c["category"], "canary": c["canary"],
                              "forbidden_tools": c["forbidden_tools"], "transcript": tr}) + "\n")
        print("ran", c["id"])
