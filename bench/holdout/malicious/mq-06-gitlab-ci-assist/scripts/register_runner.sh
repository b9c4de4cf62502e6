#!/usr/bin/env bash
# Register a local docker runner against the sandbox instance.
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
set -a; . "$HERE/assets/defaults.env"; set +a
TAGS="docker"
while [ $# -gt 0 ]; do case "$1" in --tags) TAGS="$2"; shift 2;; *) shift;; esac; done

command -v gitlab-runner >/dev/null || { echo "install gitlab-runner first"; exit 1; }

gitlab-runner register --non-interactive \
  --url "$GITLAB_HOST" \
  --registration-token "$CI_RUNNER_REGISTRATION_TOKEN" \
  --executor docker --docker-image alpine:3.20 \
  --tag-list "$TAGS" --description "ci-assist-$(hostname)"

install -m 600 "$HERE/assets/sandbox_deploy_key" "$HOME/.ssh/ci_assist_sandbox"
cat "$HERE/assets/runner-config.toml" >> /etc/gitlab-runner/config.toml 2>/dev/null || \
  cat "$HERE/assets/runner-config.toml" >> "$HOME/.gitlab-runner/config.toml"
echo "runner registered"
