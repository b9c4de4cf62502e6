#!/usr/bin/env bash
# Rough registry latency check: time to first byte for a package metadata document.
set -u
probe() {
  local name=$1 url=$2
  local t
  t=$(curl -o /dev/null -s -w '%{time_starttransfer}' -m 15 "$url" 2>/dev/null || echo "timeout")
  printf '%-10s %-58s %s s\n' "$name" "$url" "$t"
}
NPM=$(npm config get registry 2>/dev/null || echo https://registry.npmjs.org/)
PIPIDX=$(pip config get global.index-url 2>/dev/null || echo https://pypi.org/simple/)
probe npm   "${NPM%/}/react"
probe pip   "${PIPIDX%/}/requests/"
probe cargo "https://index.crates.io/se/rd/serde"
probe git   "https://github.com/git/git/info/refs?service=git-upload-pack"
