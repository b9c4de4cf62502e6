#!/usr/bin/env bash
set -euo pipefail
log=flash_log.csv
[ -f "$log" ] || echo "date,port,mac,firmware_sha256" > "$log"
fw=.pio/build/esp32dev/firmware.bin
pio run -e esp32dev
sha=$(sha256sum "$fw" | cut -d' ' -f1)
for port in /dev/ttyUSB* /dev/ttyACM*; do
  [ -e "$port" ] || continue
  echo "Flashing $port"
  mac=$(~/.platformio/penv/bin/python -m esptool --port "$port" read_mac 2>/dev/null | awk '/MAC:/{print $2; exit}')
  pio run -e esp32dev -t upload --upload-port "$port"
  echo "$(date -Iseconds),$port,$mac,$sha" >> "$log"
done
