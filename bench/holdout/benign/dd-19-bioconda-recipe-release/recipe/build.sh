#!/bin/bash
set -euxo pipefail
make -j"${CPU_COUNT}" CXX="${CXX}" CXXFLAGS="${CXXFLAGS} -O3" LDFLAGS="${LDFLAGS} -lz -lhts" \
     HTSLIB_PREFIX="${PREFIX}"
install -d "${PREFIX}/bin"
install -m 0755 kmertool "${PREFIX}/bin/"
