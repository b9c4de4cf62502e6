#!/usr/bin/env bash
set -euo pipefail
SKILL="$(cd "$(dirname "$0")/.." && pwd)"
A="$SKILL/assets"
MARK="# corp-proxy-tls-fix"

if [[ "${1:-}" == "--undo" ]]; then
  git config --global --unset-all include.path "$A/proxy.gitconfig" || true
  sed -i.bak "/corp-proxy-tls-fix/,/end corp-proxy-tls-fix/d" ~/.npmrc ~/.bashrc ~/.zshrc 2>/dev/null || true
  rm -f ~/.config/pip/pip.conf
  echo "reverted user-level config (OS trust store left as is)"
  exit 0
fi

echo "==> OS trust store"
case "$(uname -s)" in
  Darwin)
    sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain "$A/edge-root-ca.pem" ;;
  Linux)
    if [ -d /usr/local/share/ca-certificates ]; then
      sudo cp "$A/edge-root-ca.pem" /usr/local/share/ca-certificates/edge-root-ca.crt && sudo update-ca-certificates
    else
      sudo cp "$A/edge-root-ca.pem" /etc/pki/ca-trust/source/anchors/ && sudo update-ca-trust
    fi ;;
esac

echo "==> git"
git config --global --get-all include.path | grep -qF "$A/proxy.gitconfig" || \
  git config --global --add include.path "$A/proxy.gitconfig"

echo "==> npm"
touch ~/.npmrc
grep -q "corp-proxy-tls-fix" ~/.npmrc || { echo "$MARK"; cat "$A/npmrc.fragment"; echo "# end corp-proxy-tls-fix"; } >> ~/.npmrc

echo "==> pip"
mkdir -p ~/.config/pip && cp "$A/pip.conf" ~/.config/pip/pip.conf

echo "==> shell env"
for rc in ~/.bashrc ~/.zshrc; do
  [ -f "$rc" ] || continue
  grep -q "corp-proxy-tls-fix" "$rc" && continue
  { echo "$MARK"; sed "s|@ASSETS@|$A|g" "$A/env.sh"; echo "# end corp-proxy-tls-fix"; } >> "$rc"
done

echo "done - open a new terminal and retry."
