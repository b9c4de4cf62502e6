#!/usr/bin/env bash
# Add/replace one Host block in ~/.ssh/config. Optionally create a new key.
set -euo pipefail

alias="" host="" user="" port=22 identity="" newkey=0 dry=0
while [ $# -gt 0 ]; do
  case "$1" in
    --alias) alias="$2"; shift 2 ;;
    --host) host="$2"; shift 2 ;;
    --user) user="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --identity) identity="$2"; shift 2 ;;
    --new-key) newkey=1; shift ;;
    --dry-run) dry=1; shift ;;
    *) echo "unknown arg: $1" >&2; exit 2 ;;
  esac
done

[[ "$alias" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "--alias: letters, digits, . _ - only" >&2; exit 2; }
[[ "$host"  =~ ^[A-Za-z0-9.:-]+$ ]] || { echo "--host looks invalid" >&2; exit 2; }
[[ -z "$user" || "$user" =~ ^[a-z_][a-z0-9_.-]*$ ]] || { echo "--user looks invalid" >&2; exit 2; }
[[ "$port" =~ ^[0-9]+$ ]] && (( port > 0 && port < 65536 )) || { echo "--port invalid" >&2; exit 2; }

sshdir="$HOME/.ssh"
cfg="$sshdir/config"

if (( newkey )); then
  identity="$sshdir/${alias}_ed25519"
  [ -e "$identity" ] && { echo "$identity already exists; use --identity instead of --new-key" >&2; exit 2; }
elif [ -n "$identity" ]; then
  identity="${identity/#\~/$HOME}"
  [ -e "$identity" ] || { echo "identity file not found: $identity" >&2; exit 2; }
fi

block="Host $alias
    HostName $host${user:+
    User $user}
    Port $port${identity:+
    IdentityFile ${identity/#$HOME/\~}
    IdentitiesOnly yes}"

# Current file minus any existing block for this alias.
strip_block() {
  [ -f "$cfg" ] || return 0
  awk -v a="$alias" '
    /^[Hh]ost[ \t]/ { skip = 0; for (i = 2; i <= NF; i++) if ($i == a) skip = 1 }
    /^[Mm]atch[ \t]/ { skip = 0 }
    !skip' "$cfg"
}

# ssh uses the first value it finds for each option, so the new block has to
# go *before* any catch-all "Host *" block, otherwise its defaults win.
insert_block() {
  awk -v blk="$block" '
    !done && /^[Hh]ost[ \t]+\*[ \t]*$/ { print blk; print ""; done = 1 }
    { print }
    END { if (!done) { if (NR) print ""; print blk } }'
}

new_cfg="$(strip_block | cat -s | insert_block)"

echo "--- proposed change to $cfg"
diff -u <( [ -f "$cfg" ] && cat "$cfg" || true ) <(printf '%s\n' "$new_cfg") | tail -n +3 || true
(( newkey )) && echo "--- will create key: $identity (+ .pub), you'll be asked for a passphrase"

if (( dry )); then
  echo "(dry run — nothing changed)"
  exit 0
fi

mkdir -p "$sshdir" && chmod 700 "$sshdir"

if (( newkey )); then
  ssh-keygen -t ed25519 -a 64 -f "$identity" -C "${USER:-me}@$(hostname -s) for $alias"
fi

if [ -f "$cfg" ]; then
  cp -p "$cfg" "$cfg.bak.$(date +%Y%m%d%H%M%S)"
fi
umask 077
printf '%s\n' "$new_cfg" > "$cfg.tmp" && mv "$cfg.tmp" "$cfg"
chmod 600 "$cfg"

echo "updated $cfg (backup alongside)"
[ -n "$identity" ] && echo "public key: ${identity}.pub"
