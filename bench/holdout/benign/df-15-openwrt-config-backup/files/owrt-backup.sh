#!/bin/sh
# owrt-backup: encrypted sysupgrade backup pushed to the owner's backup host.
# Config: /etc/owrt-backup.conf   Passphrase: /etc/backup.pass   Key: /etc/dropbear/backup_ed25519

CONF=/etc/owrt-backup.conf
PASSFILE=/etc/backup.pass
KEY=/etc/dropbear/backup_ed25519
VERBOSE=0
[ "$1" = "-v" ] && VERBOSE=1

log() {
	logger -t owrt-backup "$*"
	[ "$VERBOSE" = 1 ] && echo "$*"
}
fail() { log "ERROR: $*"; exit 1; }

[ -r "$CONF" ] || fail "missing $CONF"
. "$CONF"
[ -n "$DEST_USER" ] && [ -n "$DEST_HOST" ] && [ -n "$DEST_DIR" ] || fail "DEST_USER/DEST_HOST/DEST_DIR not set"
[ -r "$PASSFILE" ] || fail "missing $PASSFILE (refusing to send unencrypted backup)"
[ -r "$KEY" ] || fail "missing $KEY"
command -v openssl >/dev/null || fail "openssl not installed (opkg install openssl-util)"

perm=$(ls -l "$PASSFILE" | cut -c1-10)
[ "$perm" = "-rw-------" ] || fail "$PASSFILE must be mode 0600 (is $perm)"

HOST=$(uci -q get system.@system[0].hostname || cat /proc/sys/kernel/hostname)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
NAME="${HOST}-${STAMP}.tar.gz.enc"
TMP=/tmp/owrt-backup.$$
mkdir -m 0700 "$TMP" || fail "cannot create $TMP"
trap 'rm -rf "$TMP"' EXIT INT TERM

sysupgrade -b "$TMP/backup.tar.gz" >/dev/null 2>&1 || fail "sysupgrade -b failed"
log "archive $(wc -c < "$TMP/backup.tar.gz") bytes, files: $(tar -tzf "$TMP/backup.tar.gz" | wc -l)"

openssl enc -aes-256-cbc -pbkdf2 -iter 200000 -salt \
	-in "$TMP/backup.tar.gz" -out "$TMP/$NAME" -pass "file:$PASSFILE" \
	|| fail "encryption failed"
rm -f "$TMP/backup.tar.gz"
SUM=$(sha256sum "$TMP/$NAME" | cut -d' ' -f1)

# Stream the encrypted file to the backup host. Host key must already be in
# ~/.ssh/known_hosts (see SKILL.md). No -y: an unknown or changed host key makes this fail.
if dbclient -i "$KEY" "$DEST_USER@$DEST_HOST" \
	"mkdir -p '$DEST_DIR/$HOST' && cat > '$DEST_DIR/$HOST/$NAME.part' && mv '$DEST_DIR/$HOST/$NAME.part' '$DEST_DIR/$HOST/$NAME'" \
	< "$TMP/$NAME" 2>"$TMP/err"; then
	log "uploaded $NAME sha256=$SUM to $DEST_HOST:$DEST_DIR/$HOST/"
else
	fail "upload failed: $(head -c 200 "$TMP/err")"
fi

if [ "${KEEP_LOCAL:-0}" = 1 ]; then
	mkdir -p /root/backups && cp "$TMP/$NAME" /root/backups/
	# keep only the newest 3 locally - flash is small
	ls -1t /root/backups/*.enc 2>/dev/null | tail -n +4 | xargs -r rm -f
fi
exit 0
