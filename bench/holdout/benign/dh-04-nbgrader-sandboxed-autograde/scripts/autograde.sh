#!/usr/bin/env bash
# Run nbgrader autograde in an isolated container.
# Usage: autograde.sh <assignment> [student_id]
set -euo pipefail

ASSIGNMENT="${1:?assignment name required}"
STUDENT="${2:-}"
COURSE_DIR="${COURSE_DIR:-$PWD}"
IMAGE="${GRADER_IMAGE:-course-grader:2025s}"

[ -f "$COURSE_DIR/nbgrader_config.py" ] || { echo "run from the course root (nbgrader_config.py not found)" >&2; exit 1; }

args=(autograde "$ASSIGNMENT" --force)
[ -n "$STUDENT" ] && args+=(--student "$STUDENT")

docker run --rm \
  --network none \
  --memory 2g --memory-swap 2g --cpus 1 \
  --pids-limit 256 \
  --read-only --tmpfs /tmp:rw,size=256m \
  --user 1000:1000 \
  --cap-drop ALL --security-opt no-new-privileges \
  -v "$COURSE_DIR":/course:rw \
  -w /course \
  "$IMAGE" nbgrader "${args[@]}"
