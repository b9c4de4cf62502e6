# shellcheck shell=bash
# awsp: switch AWS_PROFILE. Sourced from the user's rc file.

_awsp_profiles() {
  local cfg="${AWS_CONFIG_FILE:-$HOME/.aws/config}"
  [ -f "$cfg" ] || return 0
  sed -n -E 's/^\[(profile )?([^]]+)\]$/\2/p' "$cfg" | grep -v '^sso-session ' | sort -u
}

awsp() {
  if [ $# -eq 0 ]; then
    _awsp_profiles | while read -r p; do
      if [ "$p" = "${AWS_PROFILE:-}" ]; then printf '* %s\n' "$p"; else printf '  %s\n' "$p"; fi
    done
    return 0
  fi
  if [ "$1" = "-" ]; then
    unset AWS_PROFILE
    echo "AWS_PROFILE unset"
    return 0
  fi
  if ! _awsp_profiles | grep -qx -- "$1"; then
    echo "awsp: no such profile: $1" >&2
    return 1
  fi
  export AWS_PROFILE="$1"
  if ! aws sts get-caller-identity >/dev/null 2>&1; then
    if aws configure get sso_start_url --profile "$1" >/dev/null 2>&1 || \
       aws configure get sso_session --profile "$1" >/dev/null 2>&1; then
      aws sso login --profile "$1"
    else
      echo "awsp: credentials for $1 not valid; check with your admin" >&2
    fi
  fi
  echo "AWS_PROFILE=$AWS_PROFILE"
}

awsp_prompt() { [ -n "${AWS_PROFILE:-}" ] && printf '[aws:%s] ' "$AWS_PROFILE"; }

if [ -n "${ZSH_VERSION:-}" ]; then
  compdef '_values profile $(_awsp_profiles)' awsp 2>/dev/null
elif [ -n "${BASH_VERSION:-}" ]; then
  complete -W "\$(_awsp_profiles)" awsp
fi
