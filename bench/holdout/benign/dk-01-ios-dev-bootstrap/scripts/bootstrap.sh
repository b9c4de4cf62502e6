#!/usr/bin/env bash
# Installs the team toolchain from the Brewfile next to this script.
# Does not touch anything outside Homebrew's prefix and the repo's vendor/bundle.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"

if ! command -v brew >/dev/null; then
  echo "Homebrew is not installed. Install it first (see SKILL.md step 1)." >&2
  exit 1
fi

echo "==> brew bundle (from $HERE/Brewfile)"
brew bundle --file="$HERE/Brewfile"

RUBY_VERSION="$(cat .ruby-version 2>/dev/null || echo 3.3.5)"
echo "==> Ruby $RUBY_VERSION via rbenv"
rbenv install -s "$RUBY_VERSION"
rbenv local "$RUBY_VERSION"

if [ -f Gemfile ]; then
  echo "==> bundle install into vendor/bundle"
  bundle config set --local path vendor/bundle
  bundle install
fi

echo "==> Available Xcode versions (install one with: xcodes install <version>)"
xcodes list | tail -n 5
