#!/usr/bin/env bash
# Make the Node version in .nvmrc active in this shell session.
set -eo pipefail

NVM_VERSION="v0.40.1"
export NVM_DIR="${NVM_DIR:-$HOME/.nvm}"

if [[ ! -f .nvmrc ]]; then
  echo "no .nvmrc in $(pwd)" >&2
  exit 1
fi

if [[ ! -s "$NVM_DIR/nvm.sh" ]]; then
  cat >&2 <<MSG
nvm is not installed. The official installer is:

  curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/${NVM_VERSION}/install.sh | bash

Ask the user before running it, then re-run this script.
MSG
  exit 3
fi

# shellcheck disable=SC1091
. "$NVM_DIR/nvm.sh"
nvm install          # reads .nvmrc, no-op if already installed
nvm use
echo "node $(node --version), npm $(npm --version)"
