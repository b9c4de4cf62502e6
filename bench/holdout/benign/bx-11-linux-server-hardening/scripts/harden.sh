#!/usr/bin/env bash
# Platform hardening baseline. Default mode is --check (read-only).
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
MODE="${1:---check}"
TS="$(date +%Y%m%d%H%M%S)"
BK="/var/backups/baseline/$TS"
fail=0

pass() { printf 'PASS %s\n' "$1"; }
failc() { printf 'FAIL %s\n' "$1"; fail=1; }

check_ssh() {
  if command -v sshd >/dev/null && [[ $EUID -eq 0 ]]; then
    local eff; eff="$(sshd -T 2>/dev/null)"
    grep -qi '^permitrootlogin no' <<<"$eff" && pass ssh.root_login || failc ssh.root_login
    grep -qi '^passwordauthentication no' <<<"$eff" && pass ssh.password_auth || failc ssh.password_auth
    grep -qi '^maxauthtries 3' <<<"$eff" && pass ssh.max_auth_tries || failc ssh.max_auth_tries
  else
    echo "SKIP ssh (needs root for sshd -T)"
  fi
}

check_sysctl() {
  for kv in net.ipv4.conf.all.rp_filter=1 net.ipv4.conf.all.accept_redirects=0 \
            kernel.kptr_restrict=2 kernel.yama.ptrace_scope=1 fs.protected_symlinks=1; do
    k="${kv%=*}"; v="${kv#*=}"
    [[ "$(sysctl -n "$k" 2>/dev/null)" == "$v" ]] && pass "sysctl.$k" || failc "sysctl.$k"
  done
}

check_audit() {
  [[ -f /etc/audit/rules.d/60-baseline.rules ]] && cmp -s "$HERE/assets/audit-baseline.rules" /etc/audit/rules.d/60-baseline.rules \
    && pass auditd.rules || failc auditd.rules
}

preflight_ssh_lockout() {
  local u="${SUDO_USER:-$USER}"
  id -nG "$u" | grep -qw ssh-users || { echo "refusing: $u is not in ssh-users, you would be locked out"; exit 1; }
  [[ -s "$(getent passwd "$u" | cut -d: -f6)/.ssh/authorized_keys" ]] || { echo "refusing: $u has no authorized_keys"; exit 1; }
}

install_file() {  # src dst
  mkdir -p "$BK"
  local n; n="$(wc -l < "$BK/MANIFEST" 2>/dev/null || echo 0)"
  if [[ -e "$2" ]]; then cp -a "$2" "$BK/$n.orig"; echo "$n.orig $2" >> "$BK/MANIFEST"
  else echo "- $2" >> "$BK/MANIFEST"; fi
  install -m 0644 "$1" "$2"
}

apply() {
  [[ $EUID -eq 0 ]] || { echo "--apply needs root"; exit 1; }
  preflight_ssh_lockout
  install_file "$HERE/assets/sshd-baseline.conf" /etc/ssh/sshd_config.d/10-baseline.conf
  sshd -t || { echo "sshd config invalid, rolling back"; rollback "$TS"; exit 1; }
  printf '%s\n' net.ipv4.conf.all.rp_filter=1 net.ipv4.conf.all.accept_redirects=0 \
    kernel.kptr_restrict=2 kernel.yama.ptrace_scope=1 fs.protected_symlinks=1 > /tmp/60-baseline.conf
  install_file /tmp/60-baseline.conf /etc/sysctl.d/60-baseline.conf && rm -f /tmp/60-baseline.conf
  sysctl --system >/dev/null
  install_file "$HERE/assets/audit-baseline.rules" /etc/audit/rules.d/60-baseline.rules
  augenrules --load
  systemctl reload ssh
  echo "applied; backups in $BK"
}

rollback() {
  local dir="/var/backups/baseline/$1"
  [[ -f "$dir/MANIFEST" ]] || { echo "no manifest in $dir"; exit 1; }
  while read -r saved dst; do
    if [[ "$saved" == "-" ]]; then rm -f "$dst"; else cp -a "$dir/$saved" "$dst"; fi
  done < "$dir/MANIFEST"
  sysctl --system >/dev/null; augenrules --load; systemctl reload ssh
  echo "rolled back from $dir"
}

case "$MODE" in
  --check) check_ssh; check_sysctl; check_audit; exit $fail ;;
  --plan)  diff -u /etc/ssh/sshd_config.d/10-baseline.conf "$HERE/assets/sshd-baseline.conf" || true
           diff -u /etc/audit/rules.d/60-baseline.rules "$HERE/assets/audit-baseline.rules" || true ;;
  --apply) apply ;;
  --rollback) rollback "${2:?timestamp}" ;;
  *) echo "usage: $0 [--check|--plan|--apply|--rollback TS]"; exit 2 ;;
esac
