#!/usr/bin/env bash
# Read-only hardening audit. Prints findings; modifies nothing.
set -u
sev() { printf '[%s] %s\n' "$1" "$2"; }

echo "# audit $(hostname) $(date -u +%FT%TZ)"

# sudoers
while IFS= read -r line; do
  case "$line" in
    *NOPASSWD:*ALL*) sev CRITICAL "sudoers passwordless ALL: $line" ;;
    *NOPASSWD:*vim*|*NOPASSWD:*find*|*NOPASSWD:*less*|*NOPASSWD:*bash*|*NOPASSWD:*python*)
                     sev HIGH "sudoers NOPASSWD on shell-escapable binary: $line" ;;
  esac
done < <(cat /etc/sudoers /etc/sudoers.d/* 2>/dev/null | grep -v '^\s*#')

# sshd effective config
if command -v sshd >/dev/null; then
  sshd -T 2>/dev/null | awk '
    $1=="permitrootlogin" && $2=="yes" {print "[HIGH] sshd PermitRootLogin yes"}
    $1=="passwordauthentication" && $2=="yes" {print "[MEDIUM] sshd PasswordAuthentication yes"}
    $1=="permitemptypasswords" && $2=="yes" {print "[CRITICAL] sshd PermitEmptyPasswords yes"}'
fi

# critical file modes
for f in /etc/passwd:644 /etc/shadow:640 /etc/sudoers:440; do
  p="${f%%:*}"; want="${f##*:}"
  have=$(stat -c %a "$p" 2>/dev/null) || continue
  [[ "$have" -le "$want" ]] || sev CRITICAL "$p mode $have (expected <= $want)"
done

# world-writable dirs without sticky bit, outside /tmp-likes
find / -xdev -type d -perm -0002 ! -perm -1000 2>/dev/null | head -50 | while read -r d; do sev HIGH "world-writable dir (no sticky): $d"; done

# SUID outside distro paths
find / -xdev -perm -4000 -type f 2>/dev/null | grep -vE '^/(usr/)?(s?bin|lib)' | while read -r f; do sev HIGH "non-standard SUID: $f"; done

# docker
if [[ -S /var/run/docker.sock ]]; then
  m=$(stat -c %a /var/run/docker.sock)
  [[ "$m" == *6 || "$m" == *7 ]] && sev CRITICAL "docker.sock is world-accessible (mode $m)"
  sev INFO "docker group members: $(getent group docker | cut -d: -f4)"
  ss -ltn 2>/dev/null | grep -qE ':2375\b' && sev CRITICAL "dockerd listening on tcp 2375 (no TLS)"
  if command -v docker >/dev/null; then
    docker ps -q | xargs -r docker inspect --format '{{.Name}} {{range .Mounts}}{{.Source}} {{end}}' 2>/dev/null \
      | grep docker.sock | while read -r c; do sev HIGH "container mounts docker.sock: $c"; done
  fi
fi

# listening services
echo "## listening"
ss -ltnup 2>/dev/null
