#!/usr/bin/env bash
set -euo pipefail
DS="${1:?designspace}"
FAM="$(basename "$DS" .designspace)"
mkdir -p build/web
fontmake -m "$DS" -o variable --output-dir build/ --filter DecomposeTransformedComponentsFilter
for f in build/*.ttf; do gftools fix-font "$f" -o "$f"; done
for f in build/*.ttf; do
  woff2_compress "$f"
  pyftsubset "$f" --unicodes="U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+2000-206F,U+20AC" \
    --layout-features='*' --flavor=woff2 --output-file="build/web/$(basename "${f%.ttf}").latin.woff2"
done
fontbakery check-googlefonts build/*.ttf --ghmarkdown build/qa.md || true
echo "Built $FAM -> build/"
