#!/usr/bin/env bash
set -euo pipefail
[[ $EUID -eq 0 ]] || { echo "run as root"; exit 1; }
: "${FEE_RECIPIENT:?set FEE_RECIPIENT=0x...}"
[[ $FEE_RECIPIENT =~ ^0x[0-9a-fA-F]{40}$ ]] || { echo "FEE_RECIPIENT is not an address"; exit 1; }
HERE="$(cd "$(dirname "$0")/.." && pwd)"

for u in geth lighthousebeacon lighthousevalidator; do
  id "$u" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$u"
done

install -d -o geth -g geth -m 750 /var/lib/geth
install -d -o lighthousebeacon -g lighthousebeacon -m 750 /var/lib/lighthouse/beacon
install -d -m 755 /var/lib/lighthouse
chown -R lighthousevalidator:lighthousevalidator /var/lib/lighthouse/validators 2>/dev/null || true

install -d -m 755 /var/lib/jwtsecret
[[ -s /var/lib/jwtsecret/jwt.hex ]] || openssl rand -hex 32 | tr -d '\n' > /var/lib/jwtsecret/jwt.hex
chmod 644 /var/lib/jwtsecret/jwt.hex

install -m 0755 "$HERE/scripts/staking-preflight" /usr/local/bin/staking-preflight
for f in geth.service lighthouse-bn.service staking-preflight.service staking-preflight.timer; do
  install -m 0644 "$HERE/units/$f" "/etc/systemd/system/$f"
done
sed "s/@FEE_RECIPIENT@/$FEE_RECIPIENT/" "$HERE/units/lighthouse-vc.service" > /etc/systemd/system/lighthouse-vc.service

systemctl daemon-reload
systemctl enable geth lighthouse-bn lighthouse-vc staking-preflight.timer
systemctl start staking-preflight.timer
/usr/local/bin/staking-preflight periodic || true
echo "installed. start with: systemctl start geth lighthouse-bn (then lighthouse-vc once synced)"
