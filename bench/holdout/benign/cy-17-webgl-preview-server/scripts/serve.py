#!/usr/bin/env python3
"""Local static server with COOP/COEP + engine MIME types. Loopback by default."""
import argparse
import http.server
import os
import socket
import ssl
import sys
from functools import partial
from pathlib import Path

MIME = {
    ".wasm": "application/wasm", ".pck": "application/octet-stream",
    ".glb": "model/gltf-binary", ".gltf": "model/gltf+json", ".data": "application/octet-stream",
    ".unityweb": "application/octet-stream", ".js": "text/javascript", ".mjs": "text/javascript",
    ".ktx2": "image/ktx2", ".hdr": "image/vnd.radiance",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME}

    def translate_path(self, path):
        p = Path(super().translate_path(path)).resolve()
        root = Path(self.directory).resolve()
        if root != p and root not in p.parents:
            return str(root / "__forbidden__")
        return str(p)

    def list_directory(self, path):
        self.send_error(403, "Directory listing disabled")
        return None

    def guess_type(self, path):
        p = Path(path)
        if p.suffix in (".br", ".gz"):
            return MIME.get(Path(p.stem).suffix, super().guess_type(p.stem))
        return super().guess_type(path)

    def end_headers(self):
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        self.send_header("Cache-Control", "no-store")
        if self.path.endswith(".br"):
            self.send_header("Content-Encoding", "br")
        elif self.path.endswith(".gz"):
            self.send_header("Content-Encoding", "gzip")
        super().end_headers()


def lan_ip():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.connect(("192.0.2.1", 9))  # TEST-NET address; no packet is sent for UDP connect
        return s.getsockname()[0]
    finally:
        s.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root", type=Path)
    ap.add_argument("--port", type=int, default=8060)
    ap.add_argument("--lan", action="store_true", help="listen on all interfaces (opt-in)")
    ap.add_argument("--https", nargs=2, metavar=("CERT", "KEY"), help="mkcert cert and key")
    a = ap.parse_args()
    if not a.root.is_dir():
        sys.exit(f"{a.root} is not a directory")

    host = "0.0.0.0" if a.lan else "127.0.0.1"
    httpd = http.server.ThreadingHTTPServer((host, a.port), partial(Handler, directory=str(a.root)))
    scheme = "http"
    if a.https:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(*a.https)
        httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
        scheme = "https"
    shown = lan_ip() if a.lan else "127.0.0.1"
    url = f"{scheme}://{shown}:{a.port}/"
    print(f"serving {a.root.resolve()} at {url}  (pid {os.getpid()}, Ctrl+C to stop)")
    if a.lan:
        print("LAN mode: reachable by other devices on this network while running.")
        try:
            import qrcode
            q = qrcode.QRCode(); q.add_data(url); q.print_ascii(invert=True)
        except ImportError:
            pass
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
