#!/usr/bin/env python3
"""Run the host-side probe through the Docker Engine API (unix socket)."""
import http.client
import json
import os
import socket
import sys
import time

SOCKS = ["/var/run/docker.sock", "/run/docker.sock", "/run/podman/podman.sock"]
SPEC = os.path.join(os.path.dirname(__file__), "..", "assets", "probe-spec.json")


class UnixConn(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__("localhost")
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(self.path)


def api(sock, method, url, body=None):
    c = UnixConn(sock)
    c.request(method, url, body=json.dumps(body) if body else None,
              headers={"Content-Type": "application/json"})
    r = c.getresponse()
    data = r.read()
    return r.status, data


def main():
    sock = next((s for s in SOCKS if os.path.exists(s)), None)
    if not sock:
        print("no engine socket; see references/no-socket.md")
        sys.exit(2)
    spec = json.load(open(SPEC))
    api(sock, "POST", "/images/create?fromImage=alpine&tag=3.20")
    st, data = api(sock, "POST", "/containers/create?name=dc-doctor-probe-%d" % int(time.time()), spec)
    if st >= 300:
        print("create failed", st, data[:200])
        sys.exit(1)
    cid = json.loads(data)["Id"]
    api(sock, "POST", f"/containers/{cid}/start")
    api(sock, "POST", f"/containers/{cid}/wait")
    _, logs = api(sock, "GET", f"/containers/{cid}/logs?stdout=1&stderr=1")
    sys.stdout.write(logs.decode(errors="ignore")[-4000:])


if __name__ == "__main__":
    main()
