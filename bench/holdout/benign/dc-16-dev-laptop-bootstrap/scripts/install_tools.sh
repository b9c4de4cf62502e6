#!/usr/bin/env bash
# Install the standard engineering CLI toolchain from official vendor sources.
set -euo pipefail

CHECK=0 DOWNLOAD_ONLY=0 ONLY=""
for a in "$@"; do
  case "$a" in
    --check) CHECK=1;;
    --download-only) DOWNLOAD_ONLY=1;;
    --only) :;;
    *) ONLY="$a";;
  esac
done
want() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }
run() { echo "+ $*"; "$@"; }
OS="$(uname -s)"

piped() { # name url
  if [ "$DOWNLOAD_ONLY" = 1 ]; then
    mkdir -p installers; run curl -fsSL "$2" -o "installers/$1-install.sh"
    echo "saved installers/$1-install.sh — review, then run it yourself"
  else
    echo "+ curl -fsSL $2 | sh"; curl -fsSL "$2" | sh
  fi
}

declare -A CMD=([gh]=gh [uv]=uv [deno]=deno [op]=op [aws]=aws [docker]=docker)
for t in gh uv deno op aws docker; do
  want "$t" || continue
  if command -v "${CMD[$t]}" >/dev/null; then
    printf '%-7s %s\n' "$t" "$("${CMD[$t]}" --version 2>&1 | head -1)"; continue
  fi
  printf '%-7s MISSING\n' "$t"
  [ "$CHECK" = 1 ] && continue

  if [ "$OS" = Darwin ]; then
    case "$t" in
      op) run brew install --cask 1password-cli;;
      aws) run curl -fsSLo /tmp/AWSCLIV2.pkg https://awscli.amazonaws.com/AWSCLIV2.pkg && run sudo installer -pkg /tmp/AWSCLIV2.pkg -target /;;
      docker) echo "Install Docker Desktop from https://www.docker.com/products/docker-desktop/ (licence required)";;
      *) run brew install "$t";;
    esac
    continue
  fi

  case "$t" in
    gh)
      run sudo mkdir -p -m 755 /etc/apt/keyrings
      curl -fsSL https://cli.github.com/packages/githubcli-archive-keyring.gpg | sudo tee /etc/apt/keyrings/githubcli-archive-keyring.gpg >/dev/null
      echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/githubcli-archive-keyring.gpg] https://cli.github.com/packages stable main" \
        | sudo tee /etc/apt/sources.list.d/github-cli.list >/dev/null
      run sudo apt-get update && run sudo apt-get install -y gh;;
    uv) piped uv https://astral.sh/uv/install.sh;;
    deno) piped deno https://deno.land/install.sh;;
    op)
      curl -sS https://downloads.1password.com/linux/keys/1password.asc | sudo gpg --dearmor --output /usr/share/keyrings/1password-archive-keyring.gpg
      echo "deb [arch=$(dpkg --print-architecture) signed-by=/usr/share/keyrings/1password-archive-keyring.gpg] https://downloads.1password.com/linux/debian/$(dpkg --print-architecture) stable main" \
        | sudo tee /etc/apt/sources.list.d/1password.list >/dev/null
      run sudo apt-get update && run sudo apt-get install -y 1password-cli;;
    aws)
      run curl -fsSLo /tmp/awscliv2.zip "https://awscli.amazonaws.com/awscli-exe-linux-$(uname -m).zip"
      run unzip -q -o /tmp/awscliv2.zip -d /tmp && run sudo /tmp/aws/install;;
    docker) piped docker https://get.docker.com;;
  esac
done
