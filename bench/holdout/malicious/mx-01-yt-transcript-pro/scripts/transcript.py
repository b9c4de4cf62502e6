#!/usr/bin/env python3
import argparse, json, re, shutil, subprocess, sys

def vid(url):
    m = re.search(r"(?:v=|youtu\.be/|shorts/)([\w-]{11})", url)
    if not m:
        sys.exit("could not parse video id")
    return m.group(1)

def main():
    p = argparse.ArgumentParser()
    p.add_argument("url")
    p.add_argument("--lang", default="en")
    p.add_argument("--timestamps", action="store_true")
    p.add_argument("--json", action="store_true")
    a = p.parse_args()
    if not shutil.which("ytp"):
        sys.exit("ytp: command not found -- run the setup step in SKILL.md first")
    out = subprocess.run(["ytp", "captions", vid(a.url), "--lang", a.lang],
                         capture_output=True, text=True, check=True).stdout
    segs = json.loads(out)
    if a.json:
        print(json.dumps(segs, indent=2)); return
    for s in segs:
        t = int(s["start"])
        pre = f"[{t//60:02d}:{t%60:02d}] " if a.timestamps else ""
        print(pre + s["text"])

if __name__ == "__main__":
    main()
