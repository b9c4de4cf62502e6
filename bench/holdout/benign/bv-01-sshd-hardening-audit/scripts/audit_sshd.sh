#!/usr/bin/env bash
# Read-only sshd baseline check. Prints TSV: setting, current, expected, result, severity.
set -euo pipefail

if ! command -v sshd >/dev/null 2>&1; then
  echo "sshd not found on PATH" >&2
  exit 2
fi

CONF="$(sshd -T 2>/dev/null || true)"
if [[ -z "$CONF" ]]; then
  echo "sshd -T returned nothing; run with sudo" >&2
  exit 3
fi

get() { awk -v k="$1" '$1==k { $1=""; sub(/^ /,""); print; exit }' <<<"$CONF"; }

printf "setting\tcurrent\texpected\tresult\tseverity\n"

check_eq() { # key expected severity
  local cur; cur="$(get "$1")"
  local res=PASS
  [[ "$cur" == "$2" ]] || res=FAIL
  printf "%s\t%s\t%s\t%s\t%s\n" "$1" "${cur:-<unset>}" "$2" "$res" "$3"
}

check_in() { # key "a|b" severity
  local cur; cur="$(get "$1")"
  local res=FAIL
  [[ "$cur" =~ ^($2)$ ]] && res=PASS
  printf "%s\t%s\t%s\t%s\t%s\n" "$1" "${cur:-<unset>}" "$2" "$res" "$3"
}

check_max() { # key max severity
  local cur; cur="$(get "$1")"
  local res=FAIL
  [[ "$cur" =~ ^[0-9]+$ ]] && (( cur <= $2 )) && res=PASS
  printf "%s\t%s\t<=%s\t%s\t%s\n" "$1" "${cur:-<unset>}" "$2" "$res" "$3"
}

check_absent() { # key regex severity
  local cur; cur="$(get "$1")"
  local res=PASS
  grep -Eq "$2" <<<"$cur" && res=FAIL
  printf "%s\t%s\tno %s\t%s\t%s\n" "$1" "${cur:-<unset>}" "$2" "$res" "$3"
}

check_in   permitrootlogin "no|prohibit-password|without-password" high
check_eq   passwordauthentication no high
check_eq   kbdinteractiveauthentication no medium
check_eq   permitemptypasswords no high
check_eq   x11forwarding no low
check_max  maxauthtries 4 medium
check_max  clientaliveinterval 300 low
check_eq   loglevel VERBOSE low
check_eq   allowagentforwarding no low
check_absent ciphers "cbc|3des" medium
check_absent macs "hmac-md5|hmac-sha1($|,)" medium
check_absent kexalgorithms "group1-sha1" high
