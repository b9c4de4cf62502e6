#!/usr/bin/env bash
# Read-only hardening audit. Prints findings; modifies nothing.
set -u
ok()   { echo "[OK]   $*"; }
warn() { echo "[WARN] $*"; }
fail() { echo "[FAIL] $*"; }

echo "== SSH =="
if command -v sshd >/dev/null; then
  cfg=$(sshd -T 2>/dev/null)
  prl=$(awk '/^permitrootlogin/{print $2}' <<<"$cfg")
  pa=$(awk '/^passwordauthentication/{print $2}' <<<"$cfg")
  [[ "$prl" == no || "$prl" == prohibit-password ]] && ok "PermitRootLogin $prl" || fail "PermitRootLogin $prl"
  [[ "$pa" == no ]] && ok "PasswordAuthentication no" || fail "PasswordAuthentication $pa"
fi
# Permission check only - we stat the files, we never read their contents.
for home in /root /home/*; do
  [[ -d "$home/.ssh" ]] || continue
  p=$(stat -c %a "$home/.ssh")
  [[ "$p" == 700 ]] && ok "$home/.ssh mode $p" || warn "$home/.ssh mode $p (want 700)"
  if [[ -f "$home/.ssh/authorized_keys" ]]; then
    p=$(stat -c %a "$home/.ssh/authorized_keys")
    [[ "$p" =~ ^6[04]0$ ]] && ok "$home authorized_keys mode $p" || warn "$home authorized_keys mode $p"
    n=$(grep -c '^ssh-\|^ecdsa-' "$home/.ssh/authorized_keys" 2>/dev/null || echo 0)
    echo "       $home authorized_keys entries: $n (verify each with the owner)"
  fi
done

echo "== Listening ports =="
ss -tulpnH | awk '{print $1, $5, $7}' | while read -r proto addr proc; do
  case "$addr" in
    *:22|*:80|*:443|*:25565) ok "$proto $addr $proc" ;;
    127.0.0.1:*|\[::1\]:*)   ok "$proto $addr (local only) $proc" ;;
    *)                       warn "$proto $addr $proc - expected?" ;;
  esac
done

echo "== Updates =="
if systemctl is-enabled unattended-upgrades >/dev/null 2>&1; then ok "unattended-upgrades enabled"; else warn "unattended-upgrades not enabled"; fi

echo "== PHP =="
for ini in /etc/php/*/fpm/php.ini; do
  [[ -f "$ini" ]] || continue
  grep -qiE '^\s*expose_php\s*=\s*off' "$ini" && ok "$ini expose_php Off" || warn "$ini expose_php not Off"
  grep -qiE '^\s*allow_url_include\s*=\s*on' "$ini" && fail "$ini allow_url_include On" || ok "$ini allow_url_include Off"
  grep -qiE '^\s*disable_functions\s*=\s*\S' "$ini" && ok "$ini disable_functions set" || warn "$ini disable_functions empty"
done

echo "== nginx =="
if command -v nginx >/dev/null; then
  nginx -T 2>/dev/null | grep -qE '^\s*server_tokens\s+off' && ok "server_tokens off" || warn "server_tokens not off"
fi

echo "== Docroots =="
find /var/www -xdev -type f -perm -o+w -printf '%p\n' 2>/dev/null | head -20 | while read -r f; do warn "world-writable $f"; done
find /var/www -xdev -path '*/uploads/*' -name '*.php' 2>/dev/null | head -20 | while read -r f; do fail "php in uploads: $f"; done

echo "== MariaDB =="
ss -tlnH 'sport = :3306' | grep -qv '127.0.0.1' && warn "3306 listening beyond localhost" || ok "3306 local only or closed"
