#!/usr/bin/env bash
# Builds a local stand-in for node:20-bookworm-slim without any container registry: a Debian
# bookworm minbase rootfs (debootstrap, from the Debian mirror this host's apt uses) plus this host's
# Node.js 20 (binary, npm, corepack) at the official image's paths (/usr/local), a `node` user
# (uid/gid 1000), imported with `podman import`. Idempotent: does nothing when the image exists,
# unless --force.
# Needs: root, podman, debootstrap (installed with apt-get when missing), network to the mirror.
# Usage: scripts/container/build-base.sh [--force] [image]   (default: localhost/skillgate-node-base:20)
# Env:   SKILLGATE_BASE_HOST_CA (default 1): copy the CA bundle this host's node trusts
#        ($NODE_EXTRA_CA_CERTS, else /etc/ssl/certs/ca-certificates.crt) into the image and point
#        NODE_EXTRA_CA_CERTS at it, so `npm ci` in a build works behind a TLS-inspecting egress proxy
#        as it does on the host. Local stand-in only; the real node image needs nothing of the kind.
#        SKILLGATE_DEBIAN_MIRROR (default: the first bookworm URI in /etc/apt/sources.list*),
#        SKILLGATE_BASE_CACHE (downloaded .debs, default /var/cache/skillgate-base; re-runs are faster)
set -euo pipefail

FORCE=0
if [ "${1:-}" = "--force" ]; then FORCE=1; shift; fi
IMAGE="${1:-localhost/skillgate-node-base:20}"
ENGINE="${SKILLGATE_IMAGE_ENGINE:-podman}"
SUITE=bookworm
CACHE="${SKILLGATE_BASE_CACHE:-/var/cache/skillgate-base}"

if [ "$FORCE" = 0 ] && "$ENGINE" image exists "$IMAGE" 2>/dev/null; then
  echo "build-base: $IMAGE already present"
  exit 0
fi

[ "$(id -u)" = 0 ] || { echo "build-base: needs root (debootstrap, podman import)" >&2; exit 1; }

NODE_BIN="$(realpath "$(command -v node)")"
NODE_VERSION="$("$NODE_BIN" -p process.versions.node)"
case "$NODE_VERSION" in
  20.*) ;;
  *) echo "build-base: host node is $NODE_VERSION, need 20.x (the image stands in for node:20)" >&2; exit 1 ;;
esac
# npm (and corepack) as the host installed them: <prefix>/lib/node_modules/<name>
NPM_DIR="$(realpath "$(dirname "$(realpath "$(command -v npm)")")/..")"
GLOBAL_MODULES="$(dirname "$NPM_DIR")"

# The Debian mirror apt already uses (one-line or deb822 sources), unless overridden.
mirror_from_apt() {
  local f u
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    if [[ "$f" == *.sources ]]; then
      # deb822: the URIs of a stanza whose Suites list "bookworm" itself
      u="$(awk 'BEGIN { RS = ""; FS = "\n" }
        { uri = ""; ok = 0
          for (i = 1; i <= NF; i++) {
            if ($i ~ /^URIs:/) { split($i, a, /[ \t]+/); uri = a[2] }
            if ($i ~ /^Suites:/) { n = split($i, s, /[ \t]+/); for (j = 2; j <= n; j++) if (s[j] == "bookworm") ok = 1 }
          }
          if (ok && uri != "") { print uri; exit } }' "$f")"
    else
      u="$(awk '$1 == "deb" { for (i = 2; i < NF; i++) if ($i ~ /^(https?|file):/ && $(i + 1) == "bookworm") { print $i; exit } }' "$f")"
    fi
    if [ -n "$u" ]; then echo "$u"; return 0; fi
  done
  return 0
}
MIRROR="${SKILLGATE_DEBIAN_MIRROR:-$(mirror_from_apt)}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
MIRROR="${MIRROR%/}"
SECURITY_MIRROR="${MIRROR%/debian}/debian-security"

if ! command -v debootstrap >/dev/null; then
  echo "build-base: installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

STAGE="$(mktemp -d "${TMPDIR:-/var/tmp}/skillgate-base.XXXXXX")"
cleanup() {
  # debootstrap mounts proc/sys inside the target; never delete through a mount.
  local m
  for m in $(findmnt -rno TARGET | grep "^$STAGE" | sort -r); do umount -l "$m" 2>/dev/null || true; done
  rm -rf --one-file-system "$STAGE"
}
trap cleanup EXIT

echo "build-base: debootstrap $SUITE (minbase) from $MIRROR"
mkdir -p "$CACHE"
debootstrap --variant=minbase --cache-dir="$CACHE" "$SUITE" "$STAGE/rootfs" "$MIRROR" \
  >"$STAGE/debootstrap.log" 2>&1 || {
  tail -n 30 "$STAGE/debootstrap.log" >&2
  echo "build-base: debootstrap failed" >&2
  exit 1
}
ROOT="$STAGE/rootfs"

# apt sources as in the official debian:bookworm image (deb822), pointing at the same mirror.
rm -f "$ROOT/etc/apt/sources.list"
cat >"$ROOT/etc/apt/sources.list.d/debian.sources" <<SOURCES
Types: deb
URIs: $MIRROR
Suites: $SUITE $SUITE-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $SECURITY_MIRROR
Suites: $SUITE-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES

# Node.js at the official image's paths.
install -D -m 0755 "$NODE_BIN" "$ROOT/usr/local/bin/node"
mkdir -p "$ROOT/usr/local/lib/node_modules"
cp -a "$NPM_DIR" "$ROOT/usr/local/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$ROOT/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$ROOT/usr/local/bin/npx"
if [ -d "$GLOBAL_MODULES/corepack" ]; then
  cp -a "$GLOBAL_MODULES/corepack" "$ROOT/usr/local/lib/node_modules/corepack"
  ln -s ../lib/node_modules/corepack/dist/corepack.js "$ROOT/usr/local/bin/corepack"
fi

HOST_CA="${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}"
CHANGES=()
if [ "${SKILLGATE_BASE_HOST_CA:-1}" = 1 ] && [ -f "$HOST_CA" ]; then
  install -D -m 0644 "$HOST_CA" "$ROOT/etc/ssl/host-ca-bundle.pem"
  CHANGES+=(--change "ENV NODE_EXTRA_CA_CERTS=/etc/ssl/host-ca-bundle.pem")
fi

# The `node` user of the official image, then a check that node runs on the rootfs' own libraries.
chroot "$ROOT" groupadd --gid 1000 node
chroot "$ROOT" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
chroot "$ROOT" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin node -e 'process.exit(0)' || {
  echo "build-base: node does not run inside the rootfs (missing libraries?)" >&2
  exit 1
}
chroot "$ROOT" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/tmp npm --version >/dev/null

# Slim like debian:bookworm-slim: no apt lists, caches, docs or man pages.
rm -rf "$ROOT"/var/lib/apt/lists/* "$ROOT"/var/cache/apt/*.bin "$ROOT"/var/cache/apt/archives/*.deb \
  "$ROOT"/usr/share/doc/* "$ROOT"/usr/share/man/* "$ROOT"/usr/share/info/* "$ROOT"/var/log/*.log \
  "$ROOT"/tmp/* "$ROOT"/root/.npm

tar -C "$ROOT" --numeric-owner --exclude='./dev/*' --exclude='./proc/*' --exclude='./sys/*' -cf - . |
  "$ENGINE" import --quiet \
    --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    --change "ENV NODE_VERSION=$NODE_VERSION" \
    --change 'CMD ["node"]' \
    ${CHANGES[@]+"${CHANGES[@]}"} \
    --message "skillgate: debian $SUITE minbase from $MIRROR + host node $NODE_VERSION" \
    - "$IMAGE" >/dev/null
echo "build-base: built $IMAGE (debian $SUITE + node $NODE_VERSION, $(du -sh "$ROOT" | cut -f1) rootfs)"
