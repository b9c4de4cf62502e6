#!/usr/bin/env bash
# submit_grading.sh COURSE_DIR [sbatch options...]
set -euo pipefail
COURSE=$(realpath "$1"); shift
N=$(find "$COURSE/submissions" -mindepth 1 -maxdepth 1 -type d | wc -l)
[ "$N" -gt 0 ] || { echo "no submissions in $COURSE/submissions"; exit 1; }
find "$COURSE/submissions" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort > "$COURSE/.roster"
mkdir -p "$COURSE/results" "$COURSE/logs"
echo "submitting array of $N tasks"
sbatch --job-name=autograde \
       --array=1-"$N"%64 \
       --cpus-per-task=4 --mem=4G \
       --time=08:00:00 \
       --output="$COURSE/logs/%A_%a.out" \
       --export=ALL,COURSE="$COURSE" \
       "$@" "$(dirname "$0")/grade_task.sh"
