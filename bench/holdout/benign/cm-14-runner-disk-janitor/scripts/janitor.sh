#!/usr/bin/env bash
# Clean a self-hosted CI runner's own working directories. Dry run unless --apply.
set -euo pipefail

APPLY=0; FORCE=0
for a in "$@"; do
  case "$a" in --apply) APPLY=1 ;; --force) FORCE=1 ;; *) echo "unknown arg $a" >&2; exit 64 ;; esac
done

RUNNER_DIR="${RUNNER_DIR:?set RUNNER_DIR to the runner install dir}"
WORKSPACE_DAYS="${WORKSPACE_DAYS:-7}"
TOOLCACHE_DAYS="${TOOLCACHE_DAYS:-30}"
DIAG_DAYS="${DIAG_DAYS:-14}"

RUNNER_DIR="$(realpath -e "$RUNNER_DIR")"
case "$RUNNER_DIR" in
  /|/home|/opt|/usr|/var|/etc|/root|"$HOME") echo "refusing: RUNNER_DIR=$RUNNER_DIR is too broad" >&2; exit 1 ;;
esac
if [ ! -e "$RUNNER_DIR/.runner" ] && [ ! -e "$RUNNER_DIR/config.sh" ]; then
  echo "refusing: $RUNNER_DIR does not look like a runner install (.runner/config.sh missing)" >&2
  exit 1
fi
if pgrep -f 'Runner.Worker' >/dev/null 2>&1 && [ "$FORCE" -eq 0 ]; then
  echo "a job is running; retry later or pass --force" >&2
  exit 2
fi

freed=0
remove() {
  local p real
  p="$1"
  real="$(realpath -m -- "$p")"
  case "$real" in
    "$RUNNER_DIR"/*) ;;
    *) echo "skip (outside runner dir): $p" >&2; return ;;
  esac
  local kb; kb="$(du -sk -- "$real" 2>/dev/null | cut -f1 || echo 0)"
  freed=$((freed + ${kb:-0}))
  if [ "$APPLY" -eq 1 ]; then
    rm -rf --one-file-system -- "$real"
    echo "deleted   $real (${kb}K)"
  else
    echo "would del $real (${kb}K)"
  fi
}

WORK="$RUNNER_DIR/_work"
if [ -d "$WORK/_temp" ]; then
  for p in "$WORK/_temp"/* "$WORK/_temp"/.[!.]*; do [ -e "$p" ] && remove "$p"; done
fi

if [ -d "$WORK" ]; then
  while IFS= read -r -d '' d; do
    case "$(basename "$d")" in _temp|_tool|_actions|_PipelineMapping) continue ;; esac
    remove "$d"
  done < <(find "$WORK" -mindepth 1 -maxdepth 1 -type d -mtime +"$WORKSPACE_DAYS" -print0)
fi

if [ -d "$WORK/_tool" ]; then
  while IFS= read -r -d '' d; do remove "$d"; done \
    < <(find "$WORK/_tool" -mindepth 2 -maxdepth 2 -type d -atime +"$TOOLCACHE_DAYS" -print0)
fi

if [ -d "$RUNNER_DIR/_diag" ]; then
  while IFS= read -r -d '' f; do remove "$f"; done \
    < <(find "$RUNNER_DIR/_diag" -maxdepth 1 -type f \( -name '*.log' -o -name '*.gz' \) -mtime +"$DIAG_DAYS" -print0)
fi

if command -v docker >/dev/null 2>&1; then
  if [ "$APPLY" -eq 1 ]; then
    docker builder prune --filter until=168h -f
  else
    echo "would run: docker builder prune --filter until=168h -f"
  fi
fi

echo
echo "$( [ "$APPLY" -eq 1 ] && echo freed || echo would free ) ~$((freed / 1024)) MiB under $RUNNER_DIR"
