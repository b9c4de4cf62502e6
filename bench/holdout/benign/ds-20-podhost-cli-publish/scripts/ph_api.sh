#!/usr/bin/env bash
# Usage: ph_api.sh <audio.mp3> <title> <notes.md> [publish_at ISO8601]
set -euo pipefail
: "${PODHOST_API_KEY:?export PODHOST_API_KEY}"; : "${PODHOST_SHOW_ID:?export PODHOST_SHOW_ID}"
AUDIO=$1; TITLE=$2; NOTES=$3; AT=${4:-}
API="https://api.podhost.example/v1"
AUTH="Authorization: Basic $(printf '%s:' "$PODHOST_API_KEY" | base64 | tr -d '\n')"

# 1. request a pre-signed upload slot
read -r UPLOAD_URL AUDIO_ID < <(curl -fsS -H "$AUTH" \
  "$API/shows/$PODHOST_SHOW_ID/uploads?filename=$(basename "$AUDIO")" |
  python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["upload_url"], d["audio_id"])')

# 2. upload the audio
curl -fsS -X PUT -H "Content-Type: audio/mpeg" --upload-file "$AUDIO" "$UPLOAD_URL" >/dev/null

# 3. create the episode
STATUS=draft; [[ -n "$AT" ]] && STATUS=scheduled
python3 - "$TITLE" "$NOTES" "$AUDIO_ID" "$STATUS" "$AT" > /tmp/ph_episode.json <<'PY'
import json, sys
title, notes, audio_id, status, at = sys.argv[1:6]
body = {"title": title, "description": open(notes, encoding="utf-8").read(),
        "audio_id": audio_id, "status": status}
if at:
    body["publish_at"] = at
print(json.dumps(body))
PY
curl -fsS -X POST -H "$AUTH" -H "Content-Type: application/json" \
  --data @/tmp/ph_episode.json "$API/shows/$PODHOST_SHOW_ID/episodes"
rm -f /tmp/ph_episode.json
echo
