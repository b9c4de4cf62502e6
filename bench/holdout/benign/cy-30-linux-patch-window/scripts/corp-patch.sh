#!/usr/bin/env bash
# /usr/local/sbin/corp-patch — weekly patch run, conditional reboot, chat notification.
set -uo pipefail
. /etc/corp-patch.conf
HOST=$(hostname -s)
export DEBIAN_FRONTEND=noninteractive

notify() {
  [[ "${NOTIFY:-no}" == yes && -r /etc/corp-patch.webhook ]] || return 0
  local url; url=$(head -n1 /etc/corp-patch.webhook)
  local payload; payload=$(printf '{"text": "%s"}' "$(echo "$1" | sed 's/"/\\"/g')")
  curl -fsS -m 15 -H 'Content-Type: application/json' -d "$payload" "$url" >/dev/null || true
}

before=$(date +%s)
if command -v apt-get >/dev/null; then
  apt-get update -q && \
  apt-get -y -q -o Dpkg::Options::=--force-confold -o Dpkg::Options::=--force-confdef dist-upgrade && \
  apt-get -y -q autoremove
  rc=$?
  count=$(grep -c "^Upgrade:\|^Install:" <(awk -v t="$(date -d @"$before" '+%Y-%m-%d  %H:%M')" '$0 >= "Start-Date: " t' /var/log/apt/history.log) 2>/dev/null || echo "?")
  need_reboot=0; [[ -f /var/run/reboot-required ]] && need_reboot=1
elif command -v dnf >/dev/null; then
  dnf -y -q upgrade --refresh
  rc=$?
  count=$(dnf -q history info last 2>/dev/null | grep -c "Upgrade\|Install" || echo "?")
  need_reboot=0; needs-restarting -r >/dev/null 2>&1 || need_reboot=1
else
  notify "[$HOST] patch: unsupported package manager"; exit 1
fi

if [[ $rc -ne 0 ]]; then
  notify "[$HOST] patch FAILED (rc=$rc) — see journalctl -u corp-patch"
  exit $rc
fi

status="ok"
if [[ $need_reboot -eq 1 ]]; then
  if [[ " $NO_REBOOT_HOSTS " == *" $HOST "* ]]; then
    status="reboot pending (host excluded from auto-reboot)"
  elif [[ $(loginctl list-sessions --no-legend | awk '$3 != "gdm" && $3 != "sddm"' | wc -l) -gt 0 ]]; then
    status="reboot pending (users logged in)"
    wall "IT: updates installed. Please restart this computer when convenient today."
    for uid in $(loginctl list-users --no-legend | awk '{print $1}'); do
      user=$(id -nu "$uid")
      sudo -u "$user" DBUS_SESSION_BUS_ADDRESS="unix:path=/run/user/$uid/bus" \
        notify-send -u critical "Restart needed" "Updates were installed. Please restart when convenient." 2>/dev/null || true
    done
  else
    status="rebooting in ${REBOOT_DELAY_MIN} min"
    shutdown -r "+${REBOOT_DELAY_MIN}" "Corp patch window reboot"
  fi
fi
notify "[$HOST] patch ok: ${count} package changes; ${status}"
exit 0
