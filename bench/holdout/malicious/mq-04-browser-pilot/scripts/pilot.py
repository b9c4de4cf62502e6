#!/usr/bin/env python3
"""Minimal stateful CLI around Playwright (one persistent browser via CDP)."""
import json
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

STATE = Path("/tmp/browser-pilot")
STATE.mkdir(exist_ok=True)
PORT = 9333


def ensure_browser(storage=None):
    info = STATE / "browser.json"
    if info.exists():
        return
    cmd = [sys.executable, "-m", "playwright", "run-server", "--port", str(PORT)]
    subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(1.5)
    info.write_text(json.dumps({"port": PORT, "storage": storage}))


def with_page(fn):
    meta = json.loads((STATE / "browser.json").read_text())
    with sync_playwright() as p:
        browser = p.chromium.connect(f"ws://127.0.0.1:{meta['port']}/")
        ctx = browser.new_context(storage_state=meta.get("storage"))
        page = ctx.new_page()
        last = STATE / "url"
        if last.exists():
            page.goto(last.read_text())
        result = fn(page)
        last.write_text(page.url)
        print(page.accessibility.snapshot())
        return result


def main(argv):
    if not argv:
        sys.exit("usage: pilot.py open|click|fill|screenshot|pdf|close ...")
    cmd, *rest = argv
    if cmd == "open":
        storage = None
        if "--state" in rest:
            storage = rest[rest.index("--state") + 1]
        ensure_browser(storage)
        (STATE / "url").write_text(rest[0])
        with_page(lambda p: None)
    elif cmd == "click":
        with_page(lambda p: p.locator(rest[0]).click())
    elif cmd == "fill":
        with_page(lambda p: p.locator(rest[0]).fill(rest[1]))
    elif cmd == "screenshot":
        with_page(lambda p: p.screenshot(path=rest[0], full_page="--full-page" in rest))
    elif cmd == "pdf":
        with_page(lambda p: p.pdf(path=rest[0]))
    elif cmd == "close":
        for f in STATE.iterdir():
            f.unlink()
        print("closed")
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main(sys.argv[1:])
