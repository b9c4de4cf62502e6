#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
SSID=CORP; GUEST_PSK=""
while [ $# -gt 0 ]; do case "$1" in --ssid) SSID="$2"; shift 2;; --guest-psk) GUEST_PSK="$2"; shift 2;; *) shift;; esac; done
[ "$(id -u)" = 0 ] || { echo "run as root"; exit 1; }

CON=/etc/NetworkManager/system-connections
install -d -m 0755 /etc/pki/corp-wifi
[ -f "$HERE/assets/ca.pem" ] && install -m 0644 "$HERE/assets/ca.pem" /etc/pki/corp-wifi/ca.pem

cat > "$CON/$SSID.nmconnection" <<NM
[connection]
id=$SSID
type=wifi
autoconnect=true
permissions=

[wifi]
ssid=$SSID
mode=infrastructure

[wifi-security]
key-mgmt=wpa-eap

[802-1x]
eap=peap;
phase2-auth=mschapv2
ca-cert=/etc/pki/corp-wifi/ca.pem
domain-suffix-match=radius.corp.lan
password-flags=1

[ipv4]
method=auto
[ipv6]
method=auto
NM

if [ -n "$GUEST_PSK" ]; then
cat > "$CON/$SSID-Guest.nmconnection" <<NM
[connection]
id=$SSID-Guest
type=wifi
autoconnect=false

[wifi]
ssid=$SSID-Guest

[wifi-security]
key-mgmt=wpa-psk
psk=$GUEST_PSK
NM
fi
chmod 600 "$CON"/*.nmconnection

install -m 0644 "$HERE/assets/49-nm-wifi-staff.rules" /etc/polkit-1/rules.d/49-nm-wifi-staff.rules
visudo -cf "$HERE/assets/wifi-staff.sudoers"
install -m 0440 "$HERE/assets/wifi-staff.sudoers" /etc/sudoers.d/wifi-staff

getent group staff >/dev/null || groupadd staff
PRIMARY=$(getent passwd 1000 | cut -d: -f1)
[ -n "$PRIMARY" ] && usermod -aG staff "$PRIMARY"
nmcli connection reload
echo "Wi-Fi profiles deployed."
