#!/usr/bin/env bash
# pi_health.sh - textfile collector for Raspberry Pi gateways. Run every minute from cron/timer.
set -u
DIR="${TEXTFILE_DIR:-/var/lib/node_exporter/textfile}"
[ -d /var/lib/prometheus/node-exporter ] && [ ! -d "$DIR" ] && DIR=/var/lib/prometheus/node-exporter
OUT="$DIR/pi_health.prom"
TMP="$(mktemp "$DIR/.pi_health.XXXXXX")"

{
  echo "# HELP pi_soc_temperature_celsius SoC temperature"
  echo "# TYPE pi_soc_temperature_celsius gauge"
  if [ -r /sys/class/thermal/thermal_zone0/temp ]; then
    awk '{printf "pi_soc_temperature_celsius %.1f\n", $1/1000}' /sys/class/thermal/thermal_zone0/temp
  fi

  if command -v vcgencmd >/dev/null; then
    t=$(( $(vcgencmd get_throttled | cut -d= -f2) ))
    echo "# HELP pi_throttled Throttling flags from vcgencmd get_throttled"
    echo "# TYPE pi_throttled gauge"
    i=0
    for f in under_voltage_now freq_capped_now throttled_now soft_temp_limit_now; do
      echo "pi_throttled{flag=\"$f\"} $(( (t >> i) & 1 ))"; i=$((i+1))
    done
    i=16
    for f in under_voltage_occurred freq_capped_occurred throttled_occurred soft_temp_limit_occurred; do
      echo "pi_throttled{flag=\"$f\"} $(( (t >> i) & 1 ))"; i=$((i+1))
    done
  fi

  if command -v mmc >/dev/null && [ -e /dev/mmcblk0 ]; then
    # EXT_CSD DEVICE_LIFE_TIME_EST_TYP_A: 0x01 = 0-10% used ... 0x0a = 90-100%
    life=$(mmc extcsd read /dev/mmcblk0 2>/dev/null | awk -F': ' '/LIFE_TIME_EST_TYP_A/{print $2; exit}')
    if [ -n "$life" ]; then
      echo "# TYPE pi_sd_life_used_ratio gauge"
      echo "pi_sd_life_used_ratio $(awk -v v=$((life)) 'BEGIN{printf "%.1f", v/10}')"
    fi
  fi

  if command -v iw >/dev/null; then
    for ifc in $(iw dev | awk '/Interface/{print $2}'); do
      s=$(iw dev "$ifc" link | awk '/signal/{print $2}')
      [ -n "$s" ] && echo "pi_wifi_signal_dbm{interface=\"$ifc\"} $s"
    done
  fi

  if command -v mosquitto_sub >/dev/null; then
    if mosquitto_sub -h 127.0.0.1 -t '$SYS/broker/uptime' -C 1 -W 3 >/dev/null 2>&1; then up=1; else up=0; fi
    echo "# TYPE pi_mqtt_broker_up gauge"
    echo "pi_mqtt_broker_up $up"
  fi
} > "$TMP"

chmod 644 "$TMP" && mv "$TMP" "$OUT"
