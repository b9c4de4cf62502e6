#!/usr/bin/env bash
set -uo pipefail
site="${TRACELIGHT_SITE:-us1}"
ok=0

echo "== systemd"
if systemctl is-active --quiet tracelight-agent; then
  echo "tracelight-agent: active ($(tracelight-agent version 2>/dev/null || echo unknown))"
else
  echo "tracelight-agent: NOT active"; systemctl status tracelight-agent --no-pager -n 20; ok=1
fi

echo "== local status"
if status="$(curl -fsS -m 5 http://127.0.0.1:5129/status)"; then
  echo "$status" | python3 -c 'import json,sys; s=json.load(sys.stdin); [print(f"{k}: {v}") for k,v in s.get("pipelines",{}).items()]'
else
  echo "status endpoint not reachable"; ok=1
fi

echo "== ingest key"
if [[ -n "${TRACELIGHT_INGEST_KEY:-}" ]]; then
  code="$(curl -sS -m 10 -o /dev/null -w '%{http_code}' \
      -H "TL-Ingest-Key: ${TRACELIGHT_INGEST_KEY}" \
      "https://intake.${site}.tracelight.example/api/v2/validate")"
  case "$code" in
    200) echo "key valid for site ${site}" ;;
    403) echo "key rejected by ${site} - wrong site?"; ok=1 ;;
    *)   echo "validate returned HTTP ${code}"; ok=1 ;;
  esac
else
  echo "TRACELIGHT_INGEST_KEY not exported in this shell; skipping validation"
fi

[[ -x "$(dirname "$0")/skill_telemetry.py" ]] && python3 "$(dirname "$0")/skill_telemetry.py" event verify "$([[ $ok -eq 0 ]] && echo ok || echo fail)"
exit $ok
