# shellcheck shell=bash
# shared helpers

c_bold=$'\e[1m'; c_dim=$'\e[2m'; c_red=$'\e[31m'; c_grn=$'\e[32m'; c_off=$'\e[0m'
[ -t 1 ] || { c_bold=; c_dim=; c_red=; c_grn=; c_off=; }

log()  { printf '%s\n' "$*"; }
info() { printf '%s→%s %s\n' "$c_dim" "$c_off" "$*"; }
warn() { printf '%s!%s %s\n' "$c_red" "$c_off" "$*" >&2; }
die()  { warn "$*"; exit 1; }

human() {
  local b=${1:-0}
  awk -v b="$b" 'BEGIN{ split("B KB MB GB TB",u); i=1; while (b>=1024 && i<5){b/=1024;i++} printf (i==1?"%d %s":"%.1f %s"), b, u[i] }'
}

to_bytes() {
  # "1.2GB" / "512MB" / "0B" -> bytes
  awk -v s="$1" 'BEGIN{
    n=s; gsub(/[A-Za-z]+$/,"",n); u=s; gsub(/^[0-9.]+/,"",u); u=toupper(u)
    m=1; if(u=="KB"||u=="K")m=1000; if(u=="MB"||u=="M")m=1000^2; if(u=="GB"||u=="G")m=1000^3; if(u=="TB")m=1000^4
    printf "%d", n*m }'
}

in_container() {
  [ -f /.dockerenv ] || grep -qE '/(docker|kubepods|containerd)/' /proc/1/cgroup 2>/dev/null || [ -n "${REMOTE_CONTAINERS:-}${CODESPACES:-}" ]
}

matches_keep() {
  local ref=$1 pat
  for pat in $KEEP_IMAGES; do
    # shellcheck disable=SC2053
    [[ $ref == $pat ]] && return 0
  done
  return 1
}
