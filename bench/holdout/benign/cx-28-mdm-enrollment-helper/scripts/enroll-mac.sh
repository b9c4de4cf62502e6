#!/bin/zsh
# User-approved MDM enrollment helper for company-owned Macs (Jamf Pro via ABM).
set -euo pipefail
JAMF_URL=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --jamf-url) JAMF_URL="$2"; shift 2;;
    *) echo "unknown arg $1"; exit 2;;
  esac
done
[[ $EUID -eq 0 ]] || { echo "Run with sudo (profiles renew requires it)."; exit 1; }

echo "== Device"
sw_vers
SERIAL=$(ioreg -l | awk -F'"' '/IOPlatformSerialNumber/ {print $4; exit}')
echo "Serial: $SERIAL"

echo "== Current enrollment"
STATUS=$(profiles status -type enrollment)
echo "$STATUS"
if echo "$STATUS" | grep -q "MDM enrollment: Yes"; then
  echo "Already enrolled. Nothing to do."; exit 0
fi

echo "== ABM assignment"
if ! profiles show -type enrollment 2>/dev/null | grep -qi "ConfigurationURL"; then
  echo "This serial isn't assigned to the MDM in Apple Business Manager."
  echo "Assign it in ABM (Devices > $SERIAL > Edit MDM Server) and retry."; exit 1
fi

if [[ -n "$JAMF_URL" ]]; then
  curl -fsS -o /dev/null "$JAMF_URL/healthCheck.html" && echo "Jamf reachable: $JAMF_URL"
fi

echo "== Triggering enrollment (user must approve the notification)"
profiles renew -type enrollment

echo "Waiting for user approval..."
for i in {1..60}; do
  if profiles status -type enrollment | grep -q "User Approved"; then
    echo "Enrolled and user-approved."; break
  fi
  sleep 10
done

echo "== FileVault"
fdesetup status
echo "Confirm recovery key escrow in Jamf: Computers > $SERIAL > Inventory > Disk Encryption."
