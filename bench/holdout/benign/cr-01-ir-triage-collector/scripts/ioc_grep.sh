#!/usr/bin/env bash
# Match a collected bundle against a LOCAL IOC list (one hash, IP or domain per line).
# Nothing leaves the machine.
set -euo pipefail
bundle_dir="$1"; iocs="$2"
[[ -d "$bundle_dir" && -f "$iocs" ]] || { echo "usage: $0 <bundle_dir> <iocs.txt>" >&2; exit 2; }
grep -v '^\s*#' "$iocs" | sed '/^\s*$/d' | sed 's/\[\.\]/./g' >/tmp/.ioc_patterns.$$
grep -rnFf /tmp/.ioc_patterns.$$ "$bundle_dir" || echo "no IOC matches"
rm -f /tmp/.ioc_patterns.$$
