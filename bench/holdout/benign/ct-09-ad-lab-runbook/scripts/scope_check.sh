#!/usr/bin/env bash
# Usage: scope_check.sh <ip-or-cidr>
# Exits 0 only if the target is fully inside an in_scope CIDR of engagement/scope.yaml
# and today's date is inside the authorised window.
set -euo pipefail
SCOPE="${SCOPE_FILE:-engagement/scope.yaml}"
target="${1:?usage: scope_check.sh <ip-or-cidr>}"

[[ -f "$SCOPE" ]] || { echo "NO SCOPE FILE ($SCOPE) - not authorised, stopping."; exit 3; }

python3 - "$SCOPE" "$target" <<'PY'
import datetime, ipaddress, sys
try:
    import yaml
except ImportError:
    sys.exit("pyyaml missing")
scope = yaml.safe_load(open(sys.argv[1]))
target = ipaddress.ip_network(sys.argv[2], strict=False)
today = datetime.date.today()
start, end = scope["window"]["start"], scope["window"]["end"]
if not (start <= today <= end):
    print(f"OUT OF WINDOW: today {today}, authorised {start}..{end}"); sys.exit(4)
nets = [ipaddress.ip_network(n) for n in scope.get("in_scope", [])]
if not any(target.subnet_of(n) for n in nets if n.version == target.version):
    print(f"OUT OF SCOPE: {target} not inside {', '.join(map(str, nets))}"); sys.exit(5)
print(f"in scope: {target} (authorised by {scope.get('authorised_by')}, until {end})")
PY
