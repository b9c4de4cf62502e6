#!/usr/bin/env bash
# Builds the docker/podman sandbox image offline (no registry is reachable): a rootfs made of the
# host's interpreters (python3, bash, sh, node), a few core tools and the libraries `ldd` lists,
# imported with `podman import`. Idempotent: does nothing when the image exists, unless --force.
# Usage: scripts/sandbox/build-image.sh [--force] [image]   (default image: skillgate-sandbox:latest)
set -euo pipefail

FORCE=0
if [ "${1:-}" = "--force" ]; then FORCE=1; shift; fi
IMAGE="${1:-skillgate-sandbox:latest}"
ENGINE="${SKILLGATE_IMAGE_ENGINE:-podman}"

if [ "$FORCE" = 0 ] && "$ENGINE" image exists "$IMAGE" 2>/dev/null; then
  echo "build-image: $IMAGE already present"
  exit 0
fi

STAGE="$(mktemp -d /tmp/skillgate-rootfs.XXXXXX)"
trap 'rm -rf "$STAGE"' EXIT

# Copies one path into the stage under its canonical directory, following symlink chains so both
# the link and its target exist in the image.
add_path() {
  local p="$1" dir
  [ -e "$p" ] || return 0
  dir="$(realpath "$(dirname "$p")")"
  p="$dir/$(basename "$p")"
  while [ -L "$p" ]; do
    cp -P --parents "$p" "$STAGE"
    local target
    target="$(readlink "$p")"
    case "$target" in /*) ;; *) target="$dir/$target" ;; esac
    dir="$(realpath "$(dirname "$target")")"
    p="$dir/$(basename "$target")"
  done
  if [ -d "$p" ]; then
    cp -a --parents "$p" "$STAGE"
  else
    cp --parents "$p" "$STAGE"
  fi
}

add_with_libs() {
  local f lib
  for f in "$@"; do
    add_path "$f"
    # ldd prints "name => /path (addr)" or "/path (addr)"; keep the absolute paths.
    for lib in $(ldd "$f" 2>/dev/null | grep -oE '/[^ ]+' || true); do
      add_path "$lib"
    done
  done
}

PY="$(realpath /usr/bin/python3)"
TOOLS=(/usr/bin/bash /usr/bin/dash /usr/bin/sh /usr/bin/node /usr/bin/python3 "$PY")
for t in cat echo ls head tail wc sort uniq cut tr tee env printf mkdir rm cp mv touch sleep date \
  true false test expr basename dirname readlink realpath id seq md5sum sha256sum base64 od \
  grep sed awk mawk find xargs; do
  if [ -e "/usr/bin/$t" ]; then TOOLS+=("/usr/bin/$t"); fi
done
add_with_libs "${TOOLS[@]}"

PYLIB="/usr/lib/$(basename "$PY")"
add_path "$PYLIB"
add_with_libs "$PYLIB"/lib-dynload/*.so
add_path /etc/alternatives/awk

# Merged-/usr layout, an empty writable /tmp (a tmpfs at run time) and a minimal user database.
ln -s usr/bin "$STAGE/bin"
ln -s usr/sbin "$STAGE/sbin"
ln -s usr/lib "$STAGE/lib"
[ -d "$STAGE/usr/lib64" ] && ln -s usr/lib64 "$STAGE/lib64"
mkdir -p "$STAGE/tmp" "$STAGE/skill" "$STAGE/proc" "$STAGE/dev" "$STAGE/sys" "$STAGE/etc"
chmod 1777 "$STAGE/tmp"
printf 'root:x:0:0:root:/root:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/tmp:/usr/sbin/nologin\n' \
  >"$STAGE/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$STAGE/etc/group"

tar -C "$STAGE" -cf - . | "$ENGINE" import --quiet \
  --change 'USER 65534:65534' --change 'WORKDIR /tmp' \
  --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' --change 'ENV HOME=/tmp' --change 'ENV LANG=C.UTF-8' \
  - "$IMAGE" >/dev/null
echo "build-image: built $IMAGE ($(du -sh "$STAGE" | cut -f1) rootfs)"
