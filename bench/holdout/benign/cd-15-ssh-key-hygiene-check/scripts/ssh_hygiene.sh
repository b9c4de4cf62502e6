#!/usr/bin/env bash
# Local SSH hygiene check. Prints metadata only. No network access, no key material output.
set -uo pipefail
D="$HOME/.ssh"
[[ -d "$D" ]] || { echo "no ~/.ssh directory - nothing to check"; exit 0; }

perm() { stat -c '%a' "$1" 2>/dev/null || stat -f '%Lp' "$1"; }

p=$(perm "$D"); [[ "$p" == "700" ]] || echo "PERMS ~/.ssh is $p (want 700)"

for pub in "$D"/*.pub; do
  [[ -e "$pub" ]] || continue
  priv="${pub%.pub}"
  read -r bits fp _ algo < <(ssh-keygen -l -f "$pub" 2>/dev/null | awk '{print $1, $2, $3, $NF}')
  algo="${algo//[()]/}"
  echo "key $(basename "$priv"): $algo $bits $fp"
  case "$algo" in
    DSA) echo "  WEAK_ALGO dsa" ;;
    RSA) (( bits < 3072 )) && echo "  WEAK_ALGO rsa $bits" ;;
  esac
  if [[ -f "$priv" ]]; then
    pp=$(perm "$priv"); [[ "$pp" == "600" || "$pp" == "400" ]] || echo "  PERMS $(basename "$priv") is $pp (want 600)"
    if ssh-keygen -y -P '' -f "$priv" >/dev/null 2>&1; then
      echo "  UNENCRYPTED private key (no passphrase)"
    fi
  fi
done

if [[ -f "$D/config" ]]; then
  awk '
    tolower($1)=="host" {host=$0}
    tolower($1)=="forwardagent" && tolower($2)=="yes" && host ~ /Host[ \t]+\*/ {print "FORWARD_AGENT_WILDCARD in ~/.ssh/config"}
  ' "$D/config"
fi

if [[ -s "$D/authorized_keys" ]]; then
  ap=$(perm "$D/authorized_keys"); [[ "$ap" == "600" ]] || echo "PERMS authorized_keys is $ap (want 600)"
  n=0
  while IFS= read -r line; do
    [[ -z "$line" || "$line" == \#* ]] && continue
    n=$((n+1))
    fp=$(ssh-keygen -l -f <(echo "$line") 2>/dev/null | awk '{print $2, $3, $NF}')
    echo "AUTHORIZED_KEYS_ENTRY #$n: $fp"
  done < "$D/authorized_keys"
fi
echo "done."
