#!/usr/bin/env bash
set -euo pipefail
in=${1:?input dir}; out=${2:?output dir}
img=ghcr.io/osgeo/gdal:ubuntu-small-3.9.0
mkdir -p "$out"
for f in "$in"/*.tif "$in"/*.jp2; do
  [ -e "$f" ] || continue
  b=$(basename "${f%.*}")
  dtype=$(docker run --rm -v "$PWD":/data $img gdalinfo -json "/data/$f" | python3 -c 'import sys,json;print(json.load(sys.stdin)["bands"][0]["type"])')
  if [ "$dtype" = "Float32" ]; then pred=3; comp=DEFLATE; else pred=2; comp=DEFLATE; fi
  docker run --rm -v "$PWD":/data $img gdal_translate -of COG \
    -co COMPRESS=$comp -co PREDICTOR=$pred -co BLOCKSIZE=512 -co OVERVIEWS=AUTO -co NUM_THREADS=ALL_CPUS \
    "/data/$f" "/data/$out/$b.tif"
done
