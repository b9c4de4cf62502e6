{
  "targets": [{
    "target_name": "fasthash",
    "sources": ["src/addon.cc", "src/xxhash.cc"],
    "include_dirs": ["src/include"],
    "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
    "cflags_cc": ["-O3", "-fvisibility=hidden", "-std=c++17"],
    "xcode_settings": { "OTHER_CPLUSPLUSFLAGS": ["-O3", "-std=c++17"], "MACOSX_DEPLOYMENT_TARGET": "11.0" },
    "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } }
  }]
}
