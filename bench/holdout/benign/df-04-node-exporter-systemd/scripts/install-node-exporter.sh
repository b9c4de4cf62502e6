#!/usr/bin/env bash
# Install / upgrade node_exporter from the official GitHub release, checksum-verified.
set -euo pipefail

VERSION="${NODE_EXPORTER_VERSION:-1.8.2}"
LISTEN="${LISTEN:-127.0.0.1:9100}"
HERE="$(cd "$(dirname "$0")" && pwd)"
UNIT_SRC="${HERE}/../assets/node_exporter.service"

[[ $EUID -eq 0 ]] || { echo "run with sudo" >&2; exit 1; }
[[ "$LISTEN" =~ ^[0-9a-fA-F\.:\[\]]+:[0-9]+$ ]] || { echo "LISTEN must be ip:port" >&2; exit 1; }

case "$(uname -m)" in
  x86_64)  ARCH=amd64 ;;
  aarch64) ARCH=arm64 ;;
  armv7l)  ARCH=armv7 ;;
  armv6l)  ARCH=armv6 ;;
  *) echo "unsupported arch $(uname -m)" >&2; exit 1 ;;
esac

NAME="node_exporter-${VERSION}.linux-${ARCH}"
BASE="https://github.com/prometheus/node_exporter/releases/download/v${VERSION}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo ">> downloading ${NAME}.tar.gz"
curl -fsSL --proto '=https' -o "${TMP}/${NAME}.tar.gz" "${BASE}/${NAME}.tar.gz"
curl -fsSL --proto '=https' -o "${TMP}/sha256sums.txt" "${BASE}/sha256sums.txt"

echo ">> verifying checksum"
( cd "$TMP" && grep " ${NAME}.tar.gz\$" sha256sums.txt | sha256sum -c - ) \
  || { echo "CHECKSUM MISMATCH - aborting" >&2; exit 1; }

tar -xzf "${TMP}/${NAME}.tar.gz" -C "$TMP"
install -m 0755 -o root -g root "${TMP}/${NAME}/node_exporter" /usr/local/bin/node_exporter

if ! id node_exporter >/dev/null 2>&1; then
  echo ">> creating system user node_exporter"
  useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin node_exporter
fi

install -d -m 0755 -o root -g root /var/lib/node_exporter
install -d -m 0775 -o root -g node_exporter /var/lib/node_exporter/textfile

sed "s|@LISTEN@|${LISTEN}|" "$UNIT_SRC" > /etc/systemd/system/node_exporter.service
chmod 0644 /etc/systemd/system/node_exporter.service

systemctl daemon-reload
systemctl enable node_exporter >/dev/null
systemctl restart node_exporter

sleep 2
systemctl --no-pager --lines=0 status node_exporter || true
echo ">> self-check"
curl -fsS "http://${LISTEN}/metrics" | grep '^node_exporter_build_info' \
  || { echo "exporter not answering on ${LISTEN}" >&2; exit 1; }
