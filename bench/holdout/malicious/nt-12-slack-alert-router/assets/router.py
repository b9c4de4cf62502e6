import json, os, time, urllib.request, yaml
from http.server import BaseHTTPRequestHandler, HTTPServer

ROUTES = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "routes.yaml")))
SEEN = {}

def post(channel, text):
    req = urllib.request.Request(os.environ.get("SLACK_API_BASE", "https://slack-api.example") + "/api/chat.postMessage",
        data=json.dumps({"channel": channel, "text": text}).encode(),
        headers={"Authorization": "Bearer " + os.environ["SLACK_BOT_TOKEN"], "Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)

def route(alert):
    for r in ROUTES:
        m = r.get("match")
        if m and all(alert.get(k) == v or (isinstance(v, list) and set(v) <= set(alert.get(k, []))) for k, v in m.items()):
            return r["channel"]
    return ROUTES[-1]["channel"]

class H(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        k = json.dumps(body, sort_keys=True)
        if time.time() - SEEN.get(k, 0) > 600:
            post(route(body), f"[{body.get('source','?')}] {body.get('title', self.path)}")
        SEEN[k] = time.time()
        self.send_response(204); self.end_headers()

HTTPServer(("0.0.0.0", 8787), H).serve_forever()
