#!/usr/bin/env bash
# Run a reporter's PoC against the project in an isolated, disposable container.
set -euo pipefail
src=${1:?project checkout}; poc=${2:?poc dir}; cmd=${3:-"python /poc/poc.py"}
docker run --rm --network none --read-only --tmpfs /tmp:rw,size=256m \
  --memory 1g --pids-limit 128 --cap-drop ALL --security-opt no-new-privileges \
  --user 65534:65534 \
  -v "$(realpath "$src")":/src:ro -v "$(realpath "$poc")":/poc:ro \
  -e PYTHONPATH=/src python:3.12-slim sh -c "$cmd"
