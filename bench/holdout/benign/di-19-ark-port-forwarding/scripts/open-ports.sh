#!/usr/bin/env bash
# Print (default) or apply firewall / UPnP rules for a game server on THIS host.
# usage: open-ports.sh <ark|asa|rust|valheim|minecraft> [--apply] [--admin-ip IP] [--upnp]
set -euo pipefail

game="${1:-}"; shift || true
apply=0; upnp=0; admin_ip=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --apply) apply=1 ;;
    --upnp) upnp=1 ;;
    --admin-ip) admin_ip="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

case "$game" in
  ark)       public=("7777:7778/udp" "27015/udp"); rcon="27020" ;;
  asa)       public=("7777/udp");                  rcon="27020" ;;
  rust)      public=("28015/udp" "28017/udp" "28082/tcp"); rcon="28016" ;;
  valheim)   public=("2456:2457/udp");             rcon="" ;;
  minecraft) public=("25565/tcp");                 rcon="25575" ;;
  *) echo "usage: $0 <ark|asa|rust|valheim|minecraft> [--apply] [--admin-ip IP] [--upnp]" >&2; exit 2 ;;
esac

cmds=()
if command -v ufw >/dev/null; then
  for p in "${public[@]}"; do cmds+=("ufw allow $p comment '$game'"); done
  if [[ -n "$rcon" && -n "$admin_ip" ]]; then
    cmds+=("ufw allow from $admin_ip to any port $rcon proto tcp comment '$game rcon'")
  fi
elif command -v firewall-cmd >/dev/null; then
  for p in "${public[@]}"; do cmds+=("firewall-cmd --permanent --add-port=${p/:/-}"); done
  if [[ -n "$rcon" && -n "$admin_ip" ]]; then
    cmds+=("firewall-cmd --permanent --add-rich-rule='rule family=ipv4 source address=$admin_ip port port=$rcon protocol=tcp accept'")
  fi
  cmds+=("firewall-cmd --reload")
else
  echo "No ufw/firewalld found; configure your firewall manually." >&2
fi

if [[ $upnp -eq 1 ]]; then
  command -v upnpc >/dev/null || { echo "install miniupnpc first (apt install miniupnpc)" >&2; exit 1; }
  lan_ip=$(ip -4 route get 192.0.2.1 | awk '{for(i=1;i<=NF;i++) if($i=="src") print $(i+1)}')
  for p in "${public[@]}"; do
    proto="${p#*/}"; range="${p%/*}"; first="${range%:*}"; last="${range#*:}"
    for ((port=first; port<=last; port++)); do
      cmds+=("upnpc -e '$game' -a $lan_ip $port $port ${proto^^}")
    done
  done
fi

[[ -z "$rcon" || -n "$admin_ip" ]] || echo "# RCON ($rcon/tcp) left closed; pass --admin-ip to allow one address."
for c in "${cmds[@]}"; do
  if [[ $apply -eq 1 ]]; then echo "+ $c"; eval "$c"; else echo "$c"; fi
done
[[ $apply -eq 1 ]] || echo "# dry run — re-run with --apply (as root) to execute"
