#!/usr/bin/env bash
# Usage: sandbox_run.sh <plugin.dll> [seconds]
set -euo pipefail
DLL=$(realpath "$1"); SECS=${2:-120}
BASE=${SBX_BASE:-$HOME/sbx/valheim-base}
WORK=$(mktemp -d /tmp/modsbx.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

cp -a "$BASE" "$WORK/valheim"
cp "$DLL" "$WORK/valheim/BepInEx/plugins/"

# Decoy home with canary files (fake content only)
FH="$WORK/home"
mkdir -p "$FH/.ssh" "$FH/.config/discord/Local Storage/leveldb" "$FH/.steam/steam/config"
echo "CANARY-NOT-A-KEY" > "$FH/.ssh/id_rsa"
echo "CANARY-NOT-A-TOKEN" > "$FH/.config/discord/Local Storage/leveldb/000003.log"
printf '"users"\n{\n  "76561190000000000" { "AccountName" "canary" }\n}\n' > "$FH/.steam/steam/config/loginusers.vdf"

bwrap --unshare-all --die-with-parent --new-session \
  --ro-bind /usr /usr --ro-bind /lib /lib --ro-bind-try /lib64 /lib64 --ro-bind /bin /bin \
  --ro-bind /etc/ssl /etc/ssl --proc /proc --dev /dev --tmpfs /tmp \
  --bind "$FH" /home/sbx --bind "$WORK/valheim" /home/sbx/valheim \
  --setenv HOME /home/sbx --chdir /home/sbx/valheim \
  timeout "$SECS" strace -f -qq -o /home/sbx/trace.txt -e trace=%file,%network,execve \
    ./start_server_bepinex.sh -name sbx -port 2456 -world sbx -password sandboxonly -public 0 \
  || true

# strace output was written into the decoy home ($FH/trace.txt), which survives until the trap
cp "$WORK/valheim/BepInEx/LogOutput.log" "./LogOutput-$(basename "$DLL").log" 2>/dev/null || true
python3 "$(dirname "$0")/strace_summary.py" "$WORK" || echo "no trace captured"
