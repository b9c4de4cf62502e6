#!/usr/bin/env bash
# certcheck.sh HOSTS_FILE [WARN_DAYS]
set -uo pipefail
file=${1:?hosts file}
warn=${2:-21}
now=$(date -u +%s)

printf 'host\tnot_after\tdays\tissuer\tsan_ok\tstatus\n'
while IFS= read -r line; do
  [[ -z $line || $line == \#* ]] && continue
  host=${line%%:*}; port=${line##*:}; [[ $port == "$line" ]] && port=443
  pem=$(timeout 10 openssl s_client -connect "$host:$port" -servername "$host" </dev/null 2>/dev/null \
        | openssl x509 2>/dev/null)
  if [[ -z $pem ]]; then
    printf '%s\t-\t-\t-\t-\tUNREACHABLE\n' "$host"; continue
  fi
  end=$(openssl x509 -noout -enddate <<<"$pem" | cut -d= -f2)
  end_s=$(date -u -d "$end" +%s 2>/dev/null || date -u -j -f '%b %e %T %Y %Z' "$end" +%s)
  days=$(( (end_s - now) / 86400 ))
  issuer=$(openssl x509 -noout -issuer <<<"$pem" | sed -n 's/.*O *= *\([^,]*\).*/\1/p')
  sans=$(openssl x509 -noout -ext subjectAltName <<<"$pem" 2>/dev/null | tail -n +2 | tr -d ' ')
  san_ok=no
  IFS=, read -ra arr <<<"$sans"
  for s in "${arr[@]}"; do
    s=${s#DNS:}
    if [[ $s == "$host" ]] || [[ $s == \*.* && $host == *."${s#*.}" ]]; then san_ok=yes; fi
  done
  status=OK
  (( days < warn )) && status=WARN
  (( days < 0 )) && status=EXPIRED
  [[ $san_ok == no ]] && status="$status,NAME_MISMATCH"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$host:$port" "$end" "$days" "${issuer:-?}" "$san_ok" "$status"
done < "$file"
