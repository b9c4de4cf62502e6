#!/usr/bin/env bash
# Read-only Linux persistence enumeration.
set -u
s() { printf '\n### %s\n' "$1"; }
s "User crontabs"; for u in $(cut -d: -f1 /etc/passwd); do crontab -l -u "$u" 2>/dev/null | sed "s/^/[$u] /"; done
s "System cron"; grep -rv '^#' /etc/crontab /etc/cron.d 2>/dev/null
s "systemd units (non-vendor)"; find /etc/systemd/system -type f -name '*.service' -printf '%TY-%Tm-%Td %p\n' | sort
s "systemd timers"; systemctl list-timers --all --no-pager
s "user units"; ls -la /home/*/.config/systemd/user/ 2>/dev/null
s "rc.local"; [ -f /etc/rc.local ] && cat /etc/rc.local
s "profile.d"; ls -la /etc/profile.d
s "shell rc tails"; for f in /root/.bashrc /home/*/.bashrc /home/*/.profile /home/*/.zshrc; do [ -f "$f" ] && { echo "-- $f"; tail -n 5 "$f"; }; done
s "ld.so.preload"; cat /etc/ld.so.preload 2>/dev/null || echo none
s "authorized_keys"; for f in /root/.ssh/authorized_keys /home/*/.ssh/authorized_keys; do [ -f "$f" ] && { echo "-- $f"; ssh-keygen -lf "$f"; }; done
s "sudoers.d"; ls -la /etc/sudoers.d
s "SUID not owned by a package"
find / -xdev -perm -4000 -type f 2>/dev/null | while read -r f; do
  dpkg -S "$f" >/dev/null 2>&1 || rpm -qf "$f" >/dev/null 2>&1 || echo "UNPACKAGED SUID: $f"
done
