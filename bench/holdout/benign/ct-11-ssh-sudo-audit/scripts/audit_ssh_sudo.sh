#!/usr/bin/env bash
# audit_ssh_sudo.sh - READ ONLY audit of sshd, authorized_keys, sudoers.
# Nothing is modified. Output: lines starting [BAD] [WARN] [OK] [INFO].
set -uo pipefail

bad()  { echo "[BAD]  $*"; }
warn() { echo "[WARN] $*"; }
ok()   { echo "[OK]   $*"; }
info() { echo "[INFO] $*"; }

echo "== host: $(hostname -f 2>/dev/null || hostname)  date: $(date -Is)  uid: $(id -u)"
[[ $(id -u) -eq 0 ]] || warn "not root: sudoers.d and other users' keys may be unreadable"

# ---------- sshd ----------
echo; echo "== sshd (effective config, sshd -T)"
if command -v sshd >/dev/null; then
  T=$(sshd -T 2>/dev/null)
  get() { awk -v k="$1" '$1==k {print $2; exit}' <<<"$T"; }
  [[ $(get permitrootlogin) == "yes" ]] && bad "PermitRootLogin yes" || ok "PermitRootLogin $(get permitrootlogin)"
  [[ $(get passwordauthentication) == "yes" ]] && bad "PasswordAuthentication yes" || ok "PasswordAuthentication no"
  [[ $(get permitemptypasswords) == "yes" ]] && bad "PermitEmptyPasswords yes"
  [[ $(get x11forwarding) == "yes" ]] && warn "X11Forwarding yes"
  [[ $(get gatewayports) != "no" ]] && warn "GatewayPorts $(get gatewayports)"
  mat=$(get maxauthtries); [[ ${mat:-6} -gt 4 ]] && warn "MaxAuthTries $mat"
  grep -Eiq '(^| |,)(3des-cbc|aes(128|192|256)-cbc|arcfour)' <<<"$(get ciphers)" && bad "weak ciphers: $(get ciphers)"
  grep -Eiq 'group1-sha1|group-exchange-sha1' <<<"$(get kexalgorithms)" && bad "weak kex: $(get kexalgorithms)"
  [[ -z "$(get allowgroups)$(get allowusers)" ]] && warn "no AllowGroups/AllowUsers restriction"
  grep -rEn '^\s*Match' /etc/ssh/sshd_config /etc/ssh/sshd_config.d/ 2>/dev/null | sed 's/^/[INFO] match block: /'
else
  info "sshd not installed"
fi

# ---------- authorized_keys ----------
echo; echo "== authorized_keys"
declare -A seen
while IFS=: read -r user _ uid _ _ home shell; do
  for f in "$home/.ssh/authorized_keys" "$home/.ssh/authorized_keys2"; do
    [[ -r "$f" ]] || continue
    perm=$(stat -c '%a' "$f"); hperm=$(stat -c '%a' "$home")
    [[ $perm =~ [2367]$|[2367].$ ]] && bad "$f is group/other writable ($perm)"
    [[ ${hperm: -1} =~ [2367] ]] && bad "$home is other-writable ($hperm)"
    [[ $shell =~ (nologin|false)$ ]] && warn "$user has keys but shell $shell"
    while read -r line; do
      [[ -z "$line" || "$line" == \#* ]] && continue
      fp=$(ssh-keygen -lf - <<<"$line" 2>/dev/null) || { warn "$f: unparsable line"; continue; }
      bits=$(awk '{print $1}' <<<"$fp"); hash=$(awk '{print $2}' <<<"$fp"); type=$(awk '{print $NF}' <<<"$fp")
      case "$type" in
        "(DSA)") bad "$user: DSA key $hash" ;;
        "(RSA)") [[ $bits -lt 3072 ]] && bad "$user: RSA $bits bit $hash" ;;
      esac
      [[ "$line" =~ ^(from=|command=|restrict|no-) ]] || info "$user: unrestricted key $hash"
      if [[ -n "${seen[$hash]:-}" ]]; then warn "same key $hash for $user and ${seen[$hash]}"; else seen[$hash]=$user; fi
    done < "$f"
  done
done < /etc/passwd

# ---------- sudoers ----------
echo; echo "== sudoers"
for f in /etc/sudoers /etc/sudoers.d/*; do
  [[ -f "$f" ]] || continue
  p=$(stat -c '%U:%G %a' "$f")
  [[ "$p" == "root:root 440" || "$p" == "root:root 400" ]] || bad "$f permissions $p (want root:root 0440)"
  [[ -r "$f" ]] || { warn "$f unreadable"; continue; }
  grep -vE '^\s*(#|$)' "$f" | while read -r rule; do
    case "$rule" in
      *"NOPASSWD: ALL"*|*"NOPASSWD:ALL"*) bad "$f: $rule" ;;
      ALL*ALL=*) bad "$f: rule for ALL users: $rule" ;;
      *'!authenticate'*|*'!env_reset'*) bad "$f: $rule" ;;
    esac
    if grep -Eq 'NOPASSWD:.*(/vim|/vi |/nano|/less|/more|/find|/tar|/awk|/python[0-9.]*|/perl|/env|/bash|/sh\b|/zip|/rsync|/git)' <<<"$rule"; then
      bad "$f: shell-escape capable binary: $rule"
    fi
    for cmd in $(grep -oE '(/[A-Za-z0-9._/-]+)' <<<"$rule"); do
      [[ -e "$cmd" ]] || continue
      owner=$(stat -c '%U' "$cmd"); m=$(stat -c '%a' "$cmd")
      [[ "$owner" != root || ${m: -2:1} =~ [2367] || ${m: -1} =~ [2367] ]] && bad "$f: $cmd writable by non-root ($owner $m)"
    done
  done
done

echo; echo "== privileged groups"
for g in sudo wheel admin; do
  getent group "$g" >/dev/null && info "$g: $(getent group "$g" | cut -d: -f4)"
done
echo; echo "== done (read only, nothing changed)"
