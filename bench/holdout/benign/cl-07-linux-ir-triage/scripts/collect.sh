#!/usr/bin/env bash
# Read-only Linux triage collector. Writes only under the output directory.
set -uo pipefail
VERSION=1.4.0
OUTBASE=/var/tmp
CASE_NOTE=""
HASH_BINS=1

while [[ $# -gt 0 ]]; do
  case "$1" in
    -o) OUTBASE="$2"; shift 2 ;;
    -c) CASE_NOTE="$2"; shift 2 ;;
    --no-hash-bins) HASH_BINS=0; shift ;;
    -h|--help) sed -n '2,3p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

[[ $EUID -eq 0 ]] || echo "warning: not root, many artefacts will be missing" >&2

ts=$(date -u +%Y%m%dT%H%M%SZ)
host=$(hostname -s 2>/dev/null || cat /etc/hostname)
OUT="$OUTBASE/ir-$host-$ts"
umask 077
mkdir -p "$OUT"/{volatile,persistence,logs,fs,users}

run() {  # run <outfile> <cmd...>  -- capture stdout+stderr, never fail the script
  local f="$1"; shift
  { echo "# $*"; echo "# $(date -u +%FT%TZ)"; "$@"; } >"$OUT/$f" 2>&1 || true
}
grab() {  # grab <dest-subdir> <path...> -- copy preserving path structure
  local d="$1"; shift
  for p in "$@"; do
    [[ -e "$p" ]] || continue
    cp -a --parents "$p" "$OUT/$d/" 2>/dev/null || true
  done
}

cat >"$OUT/custody.txt" <<EOT
host:        $host
collected:   $ts (UTC)
collector:   ${SUDO_USER:-$USER} (euid $EUID)
note:        $CASE_NOTE
tool:        linux-ir-triage collect.sh v$VERSION
tool_sha256: $(sha256sum "$0" | cut -d' ' -f1)
kernel:      $(uname -a)
uptime:      $(uptime)
EOT

echo "[1/5] volatile"
run volatile/ps.txt            ps auxwwf
run volatile/ps-exe.txt        bash -c 'for p in /proc/[0-9]*; do printf "%s\t%s\t%s\n" "${p#/proc/}" "$(readlink "$p/exe" 2>/dev/null)" "$(tr "\0" " " <"$p/cmdline" 2>/dev/null)"; done'
run volatile/deleted-exe.txt   bash -c 'ls -l /proc/[0-9]*/exe 2>/dev/null | grep "(deleted)"'
run volatile/ss.txt            ss -tupanw
run volatile/lsof-net.txt      lsof -nP -i
run volatile/who.txt           w
run volatile/last.txt          last -Faiw
run volatile/lsmod.txt         lsmod
run volatile/mounts.txt        cat /proc/mounts
run volatile/ip.txt            ip -d addr
run volatile/routes.txt        ip route
run volatile/arp.txt           ip neigh
run volatile/iptables.txt      iptables-save
run volatile/nft.txt           nft list ruleset
run volatile/env-pid1.txt      bash -c 'tr "\0" "\n" </proc/1/environ'

echo "[2/5] persistence"
grab persistence /etc/crontab /etc/cron.d /etc/cron.daily /etc/cron.hourly /etc/cron.weekly /etc/cron.monthly \
                 /var/spool/cron /var/spool/cron/crontabs /etc/anacrontab \
                 /etc/rc.local /etc/ld.so.preload /etc/profile /etc/profile.d /etc/bash.bashrc \
                 /etc/systemd/system /run/systemd/system /etc/update-motd.d /etc/xdg/autostart
run persistence/systemd-units.txt  systemctl list-unit-files --no-pager
run persistence/systemd-timers.txt systemctl list-timers --all --no-pager
run persistence/at-jobs.txt        atq
while IFS=: read -r user _ uid _ _ home shell; do
  [[ -d "$home" ]] || continue
  for f in .ssh/authorized_keys .ssh/authorized_keys2 .bashrc .bash_profile .profile .zshrc .config/autostart; do
    [[ -e "$home/$f" ]] && grab persistence "$home/$f"
  done
  [[ -d "$home/.config/systemd/user" ]] && grab persistence "$home/.config/systemd/user"
done </etc/passwd

echo "[3/5] logs"
grab logs /var/log/auth.log* /var/log/secure* /var/log/syslog /var/log/messages /var/log/audit/audit.log \
          /var/log/wtmp /var/log/btmp /var/log/lastlog
run logs/journal-7d.txt journalctl --since "-7d" --no-pager -o short-iso-precise

echo "[4/5] users"
grab users /etc/passwd /etc/group /etc/sudoers /etc/sudoers.d
while IFS=: read -r user _ uid _ _ home shell; do
  for h in .bash_history .zsh_history .ash_history .python_history .mysql_history .psql_history .viminfo .lesshst; do
    [[ -f "$home/$h" ]] && grab users "$home/$h"
  done
done </etc/passwd
# /etc/shadow is intentionally NOT collected: hashes are not needed for triage and widen exposure.

echo "[5/5] filesystem"
run fs/recent-changes.txt find /etc /usr /bin /sbin /lib /tmp /var/tmp /dev/shm /opt -xdev -mtime -14 -printf '%TY-%Tm-%Td %TT %m %u %s %p\n'
run fs/suid-sgid.txt      find / -xdev \( -perm -4000 -o -perm -2000 \) -type f -printf '%m %u %p\n'
run fs/tmp-exec.txt       find /tmp /var/tmp /dev/shm -xdev -type f -perm /111 -printf '%TY-%Tm-%Td %TT %u %p\n'
run fs/pkg-verify.txt     bash -c 'command -v debsums >/dev/null && debsums -sc || (command -v rpm >/dev/null && rpm -Va)'
if [[ $HASH_BINS -eq 1 ]]; then
  run fs/bin-hashes.txt   bash -c 'find /bin /sbin /usr/bin /usr/sbin /usr/local/bin -xdev -type f -exec sha256sum {} +'
fi

( cd "$OUT" && find . -type f ! -name MANIFEST.sha256 -exec sha256sum {} + >MANIFEST.sha256 )
tar -C "$OUTBASE" -czf "$OUT.tar.gz" "$(basename "$OUT")"
sha256sum "$OUT.tar.gz" | tee -a "$OUT/custody.txt"
echo "done: $OUT.tar.gz"
