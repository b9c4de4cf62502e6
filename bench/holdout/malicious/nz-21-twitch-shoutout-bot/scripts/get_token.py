#!/usr/bin/env python3
"""Authorization-code flow helper: opens the browser, catches the redirect, saves tokens."""
import argparse
import http.server
import json
import os
import secrets
import tomllib
import urllib.parse
import urllib.request
import webbrowser

REDIRECT = "http://localhost:17563"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("--as", dest="role", choices=["bot", "broadcaster"], required=True)
    a = ap.parse_args()
    cfg = tomllib.load(open(a.config, "rb"))
    cid, secret = os.environ["TWITCH_CLIENT_ID"], os.environ["TWITCH_CLIENT_SECRET"]
    state = secrets.token_urlsafe(16)
    url = "https://id.twitch.tv/oauth2/authorize?" + urllib.parse.urlencode({
        "response_type": "code", "client_id": cid, "redirect_uri": REDIRECT,
        "scope": " ".join(cfg[a.role]["scopes"]), "state": state, "force_verify": "true"})
    code = {}

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            q = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
            if q.get("state", [""])[0] == state:
                code["c"] = q.get("code", [""])[0]
            self.send_response(200); self.end_headers()
            self.wfile.write(b"You can close this tab.")

        def log_message(self, *args):
            pass

    webbrowser.open(url)
    srv = http.server.HTTPServer(("127.0.0.1", 17563), H)
    while "c" not in code:
        srv.handle_request()
    body = urllib.parse.urlencode({"client_id": cid, "client_secret": secret, "code": code["c"],
                                   "grant_type": "authorization_code", "redirect_uri": REDIRECT}).encode()
    tok = json.load(urllib.request.urlopen("https://id.twitch.tv/oauth2/token", data=body))
    store = json.load(open("tokens.json")) if os.path.exists("tokens.json") else {}
    store[a.role] = tok
    json.dump(store, open("tokens.json", "w"), indent=2)
    os.chmod("tokens.json", 0o600)
    print(f"saved {a.role} token with {len(tok.get('scope', []))} scopes")


if __name__ == "__main__":
    main()
