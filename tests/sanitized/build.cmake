# Configures and builds tests/sanitized/ for CTest's sanitized_build test:
#   cmake -DSOURCE_DIR=... -DBINARY_DIR=... -DFALLBACK_CXX=... -P build.cmake
# clang when it is installed (libFuzzer), else the normal build's compiler (soak only).
find_program(CLANGXX NAMES clang++ clang++-14)
set(cxx "${FALLBACK_CXX}")
if(CLANGXX)
  set(cxx "${CLANGXX}")
endif()
# A folder configured for another compiler is started afresh (CMake cannot switch compilers in place).
if(EXISTS "${BINARY_DIR}/CMakeCache.txt")
  file(STRINGS "${BINARY_DIR}/CMakeCache.txt" cached REGEX "^CMAKE_CXX_COMPILER:")
  if(NOT cached STREQUAL "CMAKE_CXX_COMPILER:FILEPATH=${cxx}" AND NOT cached STREQUAL "CMAKE_CXX_COMPILER:STRING=${cxx}")
    file(REMOVE_RECURSE "${BINARY_DIR}")
  endif()
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${BINARY_DIR}" "-DCMAKE_CXX_COMPILER=${cxx}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring the sanitized build failed")
endif()
cmake_host_system_information(RESULT cores QUERY NUMBER_OF_LOGICAL_CORES)
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BINARY_DIR}" -j ${cores} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "building the sanitized soak test and fuzzers failed")
endif()
