#!/usr/bin/env bash
# Read-only hardening audit for game server hosts. Prints findings; modifies nothing.
set -u
ok()   { echo "[OK]   $*"; }
warn() { echo "[WARN] $*"; }
fail() { echo "[FAIL] $*"; }
info() { echo "[INFO] $*"; }

echo "== SSH =="
sshd_eff=$(sshd -T 2>/dev/null || true)
if [[ -z "$sshd_eff" ]]; then warn "cannot run 'sshd -T' (need root?)"; else
  prl=$(awk '/^permitrootlogin/{print $2}' <<<"$sshd_eff")
  pa=$(awk '/^passwordauthentication/{print $2}' <<<"$sshd_eff")
  [[ "$prl" == "no" ]] && ok "PermitRootLogin no" || fail "PermitRootLogin is '$prl'"
  [[ "$pa" == "no" ]] && ok "PasswordAuthentication no" || warn "PasswordAuthentication is '$pa'"
fi

echo "== Authorized keys (review each) =="
for home in /root /home/*; do
  f="$home/.ssh/authorized_keys"
  [[ -r "$f" ]] || continue
  while read -r type key comment; do
    [[ -z "${type:-}" || "$type" == \#* ]] && continue
    fp=$(ssh-keygen -lf <(echo "$type $key") 2>/dev/null | awk '{print $2}')
    info "$f: $type $fp ${comment:-<no comment>}"
  done < "$f"
done

echo "== Game server processes =="
ps -eo user,comm,args | grep -Ei 'valheim_server|RustDedicated|cs2|ShooterGameServer|factorio|java .*server\.jar' | grep -v grep | while read -r u rest; do
  [[ "$u" == "root" ]] && fail "game server running as root: $rest" || ok "runs as $u: ${rest:0:60}"
done

echo "== Listening sockets =="
ss -tulpnH 2>/dev/null | awk '{print $1, $5, $7}' | while read -r proto addr proc; do
  info "$proto $addr $proc"
done

echo "== RCON exposure =="
ss -tlnH 2>/dev/null | awk '{print $4}' | grep -E ':(25575|27015|27020|28016)$' | while read -r a; do
  [[ "$a" == 127.0.0.1:* || "$a" == "[::1]:"* ]] && ok "RCON-like port local only: $a" || warn "RCON-like port on $a - make sure firewall restricts it"
done
for props in /home/*/serverfiles/server.properties /srv/*/server.properties; do
  [[ -r "$props" ]] || continue
  pw=$(grep -E '^rcon.password=' "$props" | cut -d= -f2-)
  if grep -q '^enable-rcon=true' "$props"; then
    (( ${#pw} >= 20 )) && ok "$props rcon password length ${#pw}" || fail "$props rcon password too short (${#pw})"
  fi
done

echo "== Firewall =="
if command -v ufw >/dev/null && ufw status 2>/dev/null | grep -q 'Status: active'; then ok "ufw active"
elif nft list ruleset 2>/dev/null | grep -q 'hook input'; then ok "nftables input chain present"
else fail "no active firewall detected"; fi

echo "== World-writable files in game dirs =="
find /home/*/serverfiles /srv -xdev -perm -o+w -type f 2>/dev/null | head -n 20 | while read -r f; do warn "world-writable: $f"; done

echo "== Cron =="
ls -1 /etc/cron.d 2>/dev/null | while read -r c; do info "/etc/cron.d/$c"; done
for u in $(cut -d: -f1 /etc/passwd); do
  crontab -l -u "$u" 2>/dev/null | grep -v '^#' | sed "s/^/[INFO] crontab $u: /"
done

echo "== Updates =="
systemctl is-enabled unattended-upgrades >/dev/null 2>&1 && ok "unattended-upgrades enabled" || warn "unattended-upgrades not enabled"
