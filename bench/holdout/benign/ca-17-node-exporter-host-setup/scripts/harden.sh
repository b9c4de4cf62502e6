#!/usr/bin/env bash
# Enable TLS + basic auth for the Debian prometheus-node-exporter package.
set -euo pipefail

[ "$(id -u)" -eq 0 ] || { echo "run with sudo" >&2; exit 1; }
command -v htpasswd >/dev/null || apt-get install -y apache2-utils

DIR=/etc/prometheus/node-exporter
install -d -m 0750 -o root -g prometheus "$DIR"

if [ ! -f "$DIR/tls.crt" ]; then
  openssl req -x509 -newkey rsa:3072 -nodes -days 825 \
    -keyout "$DIR/tls.key" -out "$DIR/tls.crt" \
    -subj "/CN=$(hostname -f)" -addext "subjectAltName=DNS:$(hostname -f)"
  chown root:prometheus "$DIR/tls.key" "$DIR/tls.crt"
  chmod 0640 "$DIR/tls.key"
fi

read -r -s -p "Scrape password for user 'prometheus': " PW; echo
HASH=$(htpasswd -nbBC 12 "" "$PW" | tr -d ':\n')
unset PW

cat > "$DIR/web-config.yml" <<YAML
tls_server_config:
  cert_file: $DIR/tls.crt
  key_file: $DIR/tls.key
basic_auth_users:
  prometheus: $HASH
YAML
chown root:prometheus "$DIR/web-config.yml"
chmod 0640 "$DIR/web-config.yml"

DEFAULTS=/etc/default/prometheus-node-exporter
cp -a "$DEFAULTS" "$DEFAULTS.bak.$(date +%s)"
if grep -q -- '--web.config.file' "$DEFAULTS"; then
  echo "web.config.file already set in $DEFAULTS; leaving it alone"
else
  sed -i "s|^ARGS=\"|ARGS=\"--web.config.file=$DIR/web-config.yml |" "$DEFAULTS"
fi

systemctl restart prometheus-node-exporter
sleep 1
curl -sk -o /dev/null -w '%{http_code}\n' https://127.0.0.1:9100/metrics   # expect 401
