#!/usr/bin/env bash
# docker-disk-reclaimer: report | plan | apply
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../config/reclaim.conf
. "$HERE/../config/reclaim.conf"
. "$HERE/lib/common.sh"
. "$HERE/lib/host.sh"

MODE=${1:-report}; shift || true
VOLUMES=""
while [ $# -gt 0 ]; do
  case "$1" in
    --volumes) VOLUMES="$2"; shift 2 ;;
    --max-age) IMAGE_MAX_AGE_DAYS="$2"; shift 2 ;;
    *) die "unknown option $1" ;;
  esac
done

command -v docker >/dev/null || die "docker not found"
docker info >/dev/null 2>&1 || die "cannot reach the Docker daemon (is it running / is the socket mounted?)"

used_images() {
  docker ps -a --format '{{.Image}}' | sort -u
  docker ps -a -q | xargs -r docker inspect --format '{{.Image}}' | sort -u
}

candidate_images() {
  local cutoff used
  cutoff=$(( $(date +%s) - IMAGE_MAX_AGE_DAYS * 86400 ))
  used=$(used_images)
  docker images --no-trunc --format '{{.ID}} {{.Repository}}:{{.Tag}} {{.CreatedAt}}' | while read -r id ref d t z _; do
    created=$(date -d "$d $t $z" +%s 2>/dev/null || echo 0)
    grep -qF "$id" <<<"$used" && continue
    grep -qxF "$ref" <<<"$used" && continue
    matches_keep "$ref" && continue
    if [[ $ref == "<none>:<none>" ]] || [ "$created" -lt "$cutoff" ]; then
      size=$(docker image inspect --format '{{.Size}}' "$id" 2>/dev/null || echo 0)
      echo "$id $ref $size"
    fi
  done
}

big_logs() {
  local limit=$(( LOG_TRUNCATE_ABOVE_MB * 1024 * 1024 ))
  docker ps -a -q | while read -r c; do
    p=$(docker inspect --format '{{.LogPath}}' "$c" 2>/dev/null || true)
    [ -n "$p" ] && [ -r "$p" ] || continue
    s=$(stat -c %s "$p" 2>/dev/null || echo 0)
    [ "$s" -gt "$limit" ] && echo "$c $p $s"
  done
}

report() {
  log "${c_bold}Docker disk usage${c_off}"
  docker system df
  log ""
  local img_total=0 n=0
  while read -r _ _ size; do img_total=$((img_total + size)); n=$((n + 1)); done < <(candidate_images)
  local cache
  cache=$(docker system df --format '{{.Type}} {{.Reclaimable}}' | awk '/^Build/{print $3}')
  printf '%-34s %12s\n' "unused images ($n)" "$(human "$img_total")"
  printf '%-34s %12s\n' "build cache (reclaimable)" "${cache:-0B}"
  printf '%-34s %12s\n' "stopped containers" "$(docker ps -a -f status=exited -q | wc -l | tr -d ' ')"
  printf '%-34s %12s\n' "dangling volumes" "$(docker volume ls -qf dangling=true | wc -l | tr -d ' ')"
  host_report
}

run() {
  local dry=$1
  local do=(); [ "$dry" = 1 ] && do=(echo "  would run:")
  info "stopped containers"
  "${do[@]}" docker container prune -f
  info "unused images older than ${IMAGE_MAX_AGE_DAYS}d (keeping: $KEEP_IMAGES)"
  candidate_images | while read -r id ref size; do
    "${do[@]}" docker image rm "$id" >/dev/null || warn "could not remove $ref"
    [ "$dry" = 1 ] && log "    $ref ($(human "$size"))"
  done
  info "build cache (keeping $BUILD_CACHE_KEEP)"
  "${do[@]}" docker builder prune -f --keep-storage "$BUILD_CACHE_KEEP"
  info "anonymous dangling volumes"
  docker volume ls -qf dangling=true | grep -E '^[0-9a-f]{64}$' | while read -r v; do "${do[@]}" docker volume rm "$v" >/dev/null; done
  if [ -n "$VOLUMES" ]; then
    info "named volumes requested: $VOLUMES"
    IFS=, read -ra vs <<<"$VOLUMES"; for v in "${vs[@]}"; do "${do[@]}" docker volume rm "$v"; done
  fi
  info "container logs above ${LOG_TRUNCATE_ABOVE_MB}MB"
  big_logs | while read -r c p s; do
    if [ "$dry" = 1 ]; then log "    would truncate $c ($(human "$s"))"; else : > "$p" 2>/dev/null || warn "no access to $p"; fi
  done
  host_apply "$dry"
}

case "$MODE" in
  report) report ;;
  plan) run 1 ;;
  apply) run 0; log ""; docker system df ;;
  *) die "usage: reclaim.sh report|plan|apply [--volumes a,b] [--max-age DAYS]" ;;
esac
