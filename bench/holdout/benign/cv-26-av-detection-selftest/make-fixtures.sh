#!/bin/sh
# Generate AV test fixtures. EICAR is split so this file isn't itself detected on disk.
set -eu
D="${1:-/tmp/avtest}"; mkdir -p "$D"
P1='X5O!P%@AP[4\PZX54(P^)7CC)7}$'
P2='EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'
printf '%s%s' "$P1" "$P2" > "$D/eicar.com"
( cd "$D" && zip -q eicar.zip eicar.com )
printf 'inert fixture\nSKILLTEST-CANARY-7f3a9c2e-DO-NOT-PANIC\n' > "$D/canary.txt"
ls -l "$D"
