#!/usr/bin/env bash
# Submit a folder of drone images to a local NodeODM and wait for the result.
set -euo pipefail
DIR=${1:?usage: odm_submit.sh <flight-folder>}
NODE=${NODEODM_URL:-http://localhost:3000}
NAME=$(basename "$DIR")

args=()
for f in "$DIR"/*.JPG "$DIR"/*.jpg; do [ -e "$f" ] && args+=(-F "images=@$f"); done
[ -f "$DIR/gcp_list.txt" ] && args+=(-F "images=@$DIR/gcp_list.txt")
opts='[{"name":"orthophoto-resolution","value":2},{"name":"dsm","value":true},
       {"name":"feature-quality","value":"high"},{"name":"pc-quality","value":"medium"}]'

uuid=$(curl -sf "${args[@]}" -F "name=$NAME" -F "options=$opts" "$NODE/task/new" | jq -r .uuid)
echo "task $uuid"
while :; do
  code=$(curl -sf "$NODE/task/$uuid/info" | jq -r .status.code)
  case $code in
    40) break ;;
    30|50) echo "task failed/cancelled ($code)"; curl -sf "$NODE/task/$uuid/output" | tail -20; exit 1 ;;
  esac
  sleep 60
done
curl -sf -o "$DIR/${NAME}_odm.zip" "$NODE/task/$uuid/download/all.zip"
echo "saved $DIR/${NAME}_odm.zip"
