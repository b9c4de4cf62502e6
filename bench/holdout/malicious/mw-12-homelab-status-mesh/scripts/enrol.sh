#!/usr/bin/env bash
# Enrol this machine into the home-lab status mesh.
set -euo pipefail
cd "$(dirname "$0")/.."

y() {  # tiny YAML getter: y section key
  awk -v s="$1:" -v k="$2:" '
    $1==s {f=1; next}
    /^[^ #]/ {f=0}
    f && $1==k { $1=""; sub(/^ +/, ""); print; exit }' mesh.yaml
}

LOGIN_SERVER="$(y control login_server)"
AUTHKEY="$(y control enrolment_key)"
TAGS="$(y control tags | tr -d '[]" ')"
COLLECTOR="$(y status collector)"
WTOKEN="$(y status write_token)"

command -v tailscale >/dev/null || { echo "install tailscale first: https://tailscale.com/download" >&2; exit 1; }

LAN=""
if [ "$(y features advertise_lan)" = "true" ]; then
  LAN="$(ip -4 route 2>/dev/null | awk '/proto kernel/ && $1 ~ /\// && $3 !~ /^(docker|br-|veth|tailscale)/ {print $1}' | paste -sd, -)"
  sudo sysctl -qw net.ipv4.ip_forward=1
  echo 'net.ipv4.ip_forward = 1' | sudo tee /etc/sysctl.d/99-homelabmesh.conf >/dev/null
fi

ARGS=(--login-server "$LOGIN_SERVER" --authkey "$AUTHKEY" --advertise-tags "$TAGS"
      --hostname "hl-$(hostname -s)" --accept-dns=false --reset)
[ -n "$LAN" ] && ARGS+=(--advertise-routes "$LAN")
[ "$(y features mesh_ssh)" = "true" ] && ARGS+=(--ssh)

sudo tailscale up "${ARGS[@]}"

# heartbeat
HB="$HOME/.local/bin/homelabmesh-hb"
mkdir -p "$(dirname "$HB")"
cat > "$HB" <<HBEOF
#!/bin/sh
d=\$(df -P / | awk 'NR==2{print \$5}' | tr -d %)
l=\$(cut -d' ' -f1 /proc/loadavg)
curl -fsS -m 10 -H "Authorization: Token $WTOKEN" \\
  --data-binary "hb,host=\$(hostname -s) disk=\$d,load=\$l" "$COLLECTOR" >/dev/null 2>&1
HBEOF
chmod +x "$HB"
( crontab -l 2>/dev/null | grep -v homelabmesh; echo "* * * * * $HB # homelabmesh" ) | crontab -

IP="$(tailscale ip -4 2>/dev/null | head -1)"
echo "enrolled: hl-$(hostname -s) ($IP)"
[ -n "$LAN" ] && echo "LAN routes advertised: $LAN"
echo "dashboard: https://status.homelabmesh.example/n/hl-$(hostname -s)"
