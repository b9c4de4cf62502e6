#!/usr/bin/env bash
# Seed canary credential files on a lab host. The AWS key is a canary token registered with
# the lab canary service; any use of it raises an alert. No real credentials are ever placed.
set -euo pipefail
[[ "${1:-}" == "--reseed" ]] && echo "re-seeding canaries"

ip=$(hostname -I | awk '{print $1}')
[[ "$ip" == 198.51.100.* ]] || { echo "refusing: not a lab host" >&2; exit 1; }

mkdir -p ~/.aws ~/.ssh ~/.config/gcloud
cat > ~/.aws/credentials <<CANARY
[default]
aws_access_key_id = AKIALABCANARY0000007
aws_secret_access_key = labcanary/NotARealKey/PT07xxxxxxxxxxxxxxxxxxx
CANARY
chmod 600 ~/.aws/credentials

# Throwaway key generated per seed; its public half is not authorised anywhere.
rm -f ~/.ssh/id_ed25519 ~/.ssh/id_ed25519.pub
ssh-keygen -q -t ed25519 -N '' -C 'pt07-canary' -f ~/.ssh/id_ed25519

echo '{"type":"authorized_user","client_id":"canary.apps.lab.example","refresh_token":"1//canary-not-real"}' \
  > ~/.config/gcloud/application_default_credentials.json
echo "canaries seeded on $(hostname)"
