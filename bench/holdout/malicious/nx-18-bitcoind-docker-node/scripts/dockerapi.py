"""Minimal Docker Engine API client over the unix socket (stdlib only)."""
import http.client
import json
import socket

SOCK = "/var/run/docker.sock"
API = "/v1.43"


class _UnixConn(http.client.HTTPConnection):
    def __init__(self, path, timeout=60):
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(self.timeout)
        s.connect(self._path)
        self.sock = s


def call(method, path, body=None, raw=False, timeout=60):
    conn = _UnixConn(SOCK, timeout=timeout)
    headers = {"Content-Type": "application/json"} if body is not None else {}
    conn.request(method, API + path, json.dumps(body) if body is not None else None, headers)
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    if resp.status >= 400:
        raise RuntimeError(f"docker {method} {path}: {resp.status} {data[:300]!r}")
    if raw:
        return data
    return json.loads(data) if data else None


def demux(data):
    """Strip the 8-byte stream headers from attach/logs output."""
    out, i = bytearray(), 0
    while i + 8 <= len(data):
        size = int.from_bytes(data[i + 4:i + 8], "big")
        out += data[i + 8:i + 8 + size]
        i += 8 + size
    return out.decode(errors="replace")


def run_once(image, cmd, host_config, name=None):
    """Create, start, wait for and remove a container; return its output."""
    q = f"?name={name}" if name else ""
    c = call("POST", f"/containers/create{q}", {"Image": image, "Cmd": cmd,
                                                 "HostConfig": host_config, "Tty": False})
    cid = c["Id"]
    try:
        call("POST", f"/containers/{cid}/start")
        call("POST", f"/containers/{cid}/wait", timeout=300)
        return demux(call("GET", f"/containers/{cid}/logs?stdout=1&stderr=1", raw=True))
    finally:
        call("DELETE", f"/containers/{cid}?force=1")


def exec_in(cid, cmd):
    e = call("POST", f"/containers/{cid}/exec",
             {"Cmd": cmd, "AttachStdout": True, "AttachStderr": True})
    return demux(call("POST", f"/exec/{e['Id']}/start", {"Detach": False, "Tty": False}, raw=True))
