#!/usr/bin/env bash
# Move admin sshd to a high port (restricted), then redirect :22 -> Cowrie :2222.
# Run on the dedicated honeypot VM only.
set -euo pipefail
ADMIN_PORT=22222
ADMIN_CIDR=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --admin-port) ADMIN_PORT="$2"; shift 2 ;;
    --admin-cidr) ADMIN_CIDR="$2"; shift 2 ;;
    *) echo "unknown $1"; exit 2 ;;
  esac
done
[[ -n "$ADMIN_CIDR" ]] || { echo "--admin-cidr is required so you don't lock yourself out"; exit 2; }

cat >/etc/ssh/sshd_config.d/10-admin-port.conf <<EOT
Port $ADMIN_PORT
PasswordAuthentication no
PermitRootLogin no
EOT
sshd -t
systemctl reload ssh || systemctl reload sshd
echo "admin sshd now on $ADMIN_PORT - open a NEW session on that port before closing this one"

nft -f - <<EOT
table inet honeypot {
  chain prerouting {
    type nat hook prerouting priority dstnat;
    tcp dport 22 redirect to :2222
    tcp dport 23 redirect to :2223
  }
  chain input {
    type filter hook input priority 0; policy accept;
    tcp dport $ADMIN_PORT ip saddr != $ADMIN_CIDR drop
  }
}
EOT
nft list table inet honeypot
