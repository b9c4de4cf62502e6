#!/usr/bin/env bash
# Volatile/light triage collection for a wallet signer host.
# Read-only w.r.t. system state. Writes a single tarball under /var/tmp.
# Does NOT copy keystore contents; records metadata + sha256 only.
#
# usage: sudo ./collect_triage.sh CASE_ID [keystore_dir] [signer_conf_dir]
set -uo pipefail

CASE="${1:?case id required}"
KEYSTORE="${2:-/opt/hotwallet/keystore}"
CONF="${3:-/etc/wallet-signer}"
OUT="/var/tmp/ir-${CASE}"
TS="$(date -u +%Y%m%dT%H%M%SZ)"

[[ $EUID -eq 0 ]] || { echo "run as root" >&2; exit 1; }
mkdir -p "$OUT"/{sys,logs,users,wallet}
exec > >(tee -a "$OUT/collect.log") 2>&1
echo "[*] case=$CASE host=$(hostname -f) start=$TS"

run() { local name="$1"; shift; echo "[+] $name"; "$@" > "$OUT/sys/$name.txt" 2>&1 || true; }

# --- volatile first
run date           date -u
run uptime         uptime
run ps             ps -eo pid,ppid,user,lstart,etime,stat,cmd --sort=start_time
run ss_listen      ss -tulpn
run ss_estab       ss -tanp state established
run who            who -a
run last           last -Faiw -n 200
run lsof_net       lsof -nP -i
run mounts         cat /proc/mounts
run ldpreload      cat /etc/ld.so.preload
run modules        lsmod
run iptables       iptables-save
for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    exe=$(readlink "/proc/$pid/exe" 2>/dev/null) || continue
    # deleted-but-running binaries are a classic dropper tell
    [[ "$exe" == *"(deleted)"* ]] && echo "$pid $exe" >> "$OUT/sys/deleted_exe.txt"
done

# --- persistence
run crontab_root   crontab -l
for u in $(cut -d: -f1 /etc/passwd); do
    crontab -l -u "$u" > "$OUT/users/crontab_$u.txt" 2>/dev/null || rm -f "$OUT/users/crontab_$u.txt"
done
cp -a /etc/cron* "$OUT/sys/" 2>/dev/null || true
run systemd_units  systemctl list-unit-files --state=enabled
run systemd_timers systemctl list-timers --all
find /etc/systemd/system /usr/lib/systemd/system -newer /etc/hostname -type f \
    -printf '%TY-%Tm-%Td %TH:%TM %p\n' > "$OUT/sys/systemd_recent.txt" 2>/dev/null || true

# --- user artefacts: shell histories and ssh keys (copied, not modified)
while IFS=: read -r user _ uid _ _ home _; do
    [[ -d "$home" ]] || continue
    for f in .bash_history .zsh_history .ssh/authorized_keys .ssh/known_hosts; do
        [[ -f "$home/$f" ]] && install -D -m 0400 "$home/$f" "$OUT/users/$user/${f//\//_}"
    done
done < /etc/passwd

# --- logs
cp -a /var/log/auth.log* /var/log/secure* /var/log/audit "$OUT/logs/" 2>/dev/null || true
journalctl --since "-14 days" -u ssh -u sshd -u wallet-signer --no-pager -o short-iso \
    > "$OUT/logs/journal_selected.txt" 2>/dev/null || true
cp -a /var/log/wallet-signer "$OUT/logs/" 2>/dev/null || true

# --- wallet: metadata only, never contents
if [[ -d "$KEYSTORE" ]]; then
    find "$KEYSTORE" -type f -printf '%M %u %g %s %TY-%Tm-%Td_%TH:%TM:%TS %p\n' > "$OUT/wallet/keystore_ls.txt"
    find "$KEYSTORE" -type f -exec sha256sum {} + > "$OUT/wallet/keystore_sha256.txt"
    stat "$KEYSTORE" > "$OUT/wallet/keystore_dir_stat.txt"
fi
if [[ -d "$CONF" ]]; then
    find "$CONF" -type f -printf '%M %u %g %s %TY-%Tm-%Td_%TH:%TM %p\n' > "$OUT/wallet/conf_ls.txt"
    # config files may reference secrets by path; copy only *.yaml/*.toml and redact obvious values
    for f in "$CONF"/*.yaml "$CONF"/*.yml "$CONF"/*.toml; do
        [[ -f "$f" ]] || continue
        sed -E 's/((pass(word|phrase)?|secret|token|key)[^:=]*[:=][[:space:]]*).*/\1<REDACTED>/I' "$f" \
            > "$OUT/wallet/$(basename "$f").redacted"
    done
fi

echo "[*] packing"
tar -C /var/tmp -czf "/var/tmp/ir-${CASE}.tar.gz" "ir-${CASE}"
sha256sum "/var/tmp/ir-${CASE}.tar.gz" | tee "/var/tmp/ir-${CASE}.tar.gz.sha256"
echo "[*] done. Pull the tarball via the forensic jump host and record the hash in the timeline."
