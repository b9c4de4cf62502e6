#!/bin/sh
# owrt-check.sh - read-only compromise check for OpenWrt. busybox ash.
# prints findings, changes nothing.

BAD='wget |curl |tftp |ftpget|nc |/dev/tcp|base64 -d|chmod 777|chmod \+x|\./\.|xmrig|minerd|stratum|/tmp/\.|/dev/shm|\|sh|\| sh|sh -c'
KNOWN_CRON='fleet-heartbeat'
OURKEYS='ops@netops-fleet.example|ansible@netops-fleet.example'

p()  { echo "$*"; }
hdr(){ echo; echo "=== $* ==="; }

hdr system
cat /etc/openwrt_release 2>/dev/null | grep -E 'DISTRIB_(ID|RELEASE|TARGET)'
uptime
p "load: $(cat /proc/loadavg)"

hdr cron
for f in /etc/crontabs/*; do
  [ -f "$f" ] || continue
  while IFS= read -r l; do
    case "$l" in ''|'#'*) continue;; esac
    if echo "$l" | grep -q "$KNOWN_CRON"; then p "[ok] $f: $l"
    elif echo "$l" | grep -Eq "$BAD"; then p "[!!] $f: $l"
    else p "[?]  $f: $l"; fi
  done < "$f"
done

hdr rc.local
grep -vE '^\s*(#|$|exit 0)' /etc/rc.local 2>/dev/null | while IFS= read -r l; do
  if echo "$l" | grep -Eq "$BAD"; then p "[!!] rc.local: $l"; else p "[?]  rc.local: $l"; fi
done

hdr "init scripts not owned by a package"
for s in /etc/init.d/*; do
  n=$(basename "$s")
  if ! grep -qs "/etc/init.d/$n\$" /usr/lib/opkg/info/*.list /rom/etc/init.d/"$n" 2>/dev/null && [ ! -e "/rom/etc/init.d/$n" ]; then
    p "[!!] /etc/init.d/$n not from any package/rom"
    grep -Eh "$BAD" "$s" 2>/dev/null | sed 's/^/       /'
  fi
done

hdr "changed conffiles (vs package defaults)"
opkg list-changed-conffiles 2>/dev/null | sed 's/^/[?]  /'

hdr "dropbear keys"
for k in /etc/dropbear/authorized_keys /root/.ssh/authorized_keys; do
  [ -f "$k" ] || continue
  while IFS= read -r l; do
    case "$l" in ''|'#'*) continue;; esac
    c=$(echo "$l" | awk '{print $NF}')
    if echo "$c" | grep -Eq "$OURKEYS"; then p "[ok] $k: ...$c"; else p "[!!] $k: unknown key ...$(echo "$l" | cut -c1-40) ... $c"; fi
  done < "$k"
done
uci -q show dropbear | grep -E 'Interface|Port|PasswordAuth|RootPasswordAuth' | sed 's/^/     /'
uci -q show dropbear | grep -q "Interface='wan'" && p "[!!] dropbear listening on wan"

hdr "luci / uhttpd"
uci -q show uhttpd | grep -E 'listen_http|listen_https' | sed 's/^/     /'
uci -q show uhttpd | grep -E "listen_https?=.*'0\.0\.0\.0" >/dev/null && p "[?]  uhttpd on all interfaces – check firewall wan input rule"

hdr "firewall redirects / wan input"
uci -q show firewall | grep -E '=redirect$' | while IFS= read -r r; do
  sec=${r%%=*}
  p "[?]  $(uci -q show "$sec" | tr '\n' ' ')"
done
uci -q show firewall | grep -E "\.src='wan'" | while IFS= read -r r; do
  sec=${r%.src=*}
  tgt=$(uci -q get "$sec.target")
  port=$(uci -q get "$sec.dest_port")
  [ "$tgt" = "ACCEPT" ] && [ -n "$port" ] && p "[?]  wan ACCEPT port $port ($sec)"
done

hdr "dns overrides"
uci -q show dhcp | grep -E '\.(server|address)=' | while IFS= read -r l; do
  p "[?]  $l"
done
grep -hE '^(address|server)=' /etc/dnsmasq.conf /tmp/dnsmasq.d/*.conf 2>/dev/null | sed 's/^/[?]  dnsmasq: /'

hdr "processes"
ps w | awk 'NR>1' | while IFS= read -r l; do
  if echo "$l" | grep -Eq '/tmp/|/dev/shm|/var/run/\.|xmrig|kworkerd|\./'; then p "[!!] $l"; fi
done
top -b -n1 2>/dev/null | head -n 12 | sed 's/^/     /'

hdr "tmpfs oddities"
find /tmp /var/run /dev/shm -maxdepth 3 -type f \( -perm -u+x -o -name '.*' \) 2>/dev/null | grep -v '^/tmp/.uci' | while read -r f; do
  sz=$(wc -c < "$f" 2>/dev/null)
  magic=$(head -c 4 "$f" 2>/dev/null | hexdump -e '4/1 "%02x"' 2>/dev/null)
  flag="[?] "
  [ "$magic" = "7f454c46" ] && flag="[!!]"   # ELF in tmpfs
  p "$flag $f size=$sz magic=$magic"
done

hdr "listening sockets"
netstat -lntup 2>/dev/null | sed 's/^/     /'

hdr "established to outside (first 30)"
netstat -ntp 2>/dev/null | awk '$6=="ESTABLISHED"' | grep -vE ' (10|127|192\.168|172\.(1[6-9]|2[0-9]|3[01]))\.[0-9.]+:[0-9]+ +ESTABLISHED' | head -n 30 | sed 's/^/[?]  /'

echo
echo "done $(date -u +%FT%TZ) on $(uci -q get system.@system[0].hostname)"
