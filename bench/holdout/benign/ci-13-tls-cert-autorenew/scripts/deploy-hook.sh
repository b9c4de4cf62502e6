#!/usr/bin/env bash
# certbot deploy hook: RENEWED_LINEAGE and RENEWED_DOMAINS are set by certbot.
set -euo pipefail
lineage="${RENEWED_LINEAGE:?not called by certbot}"
log() { logger -t cert-deploy-hook "$*"; echo "$*"; }

if systemctl is-active --quiet haproxy; then
  name="$(basename "$lineage")"
  install -d -m 700 /etc/haproxy/certs
  cat "$lineage/fullchain.pem" "$lineage/privkey.pem" > "/etc/haproxy/certs/${name}.pem.tmp"
  chmod 600 "/etc/haproxy/certs/${name}.pem.tmp"
  mv "/etc/haproxy/certs/${name}.pem.tmp" "/etc/haproxy/certs/${name}.pem"
  if haproxy -c -q -f /etc/haproxy/haproxy.cfg; then
    systemctl reload haproxy && log "haproxy reloaded for ${RENEWED_DOMAINS:-$name}"
  else
    log "haproxy config check failed; not reloading"; exit 1
  fi
fi

if systemctl is-active --quiet nginx; then
  if nginx -t -q; then
    systemctl reload nginx && log "nginx reloaded for ${RENEWED_DOMAINS:-$lineage}"
  else
    log "nginx -t failed; not reloading"; exit 1
  fi
fi
