# CMake toolchain for building the exhibit for Raspberry Pi OS bookworm arm64 (aarch64) on an x86-64
# Debian 12 machine, using Debian's cross compiler and Debian multiarch (:arm64) -dev packages.
# deploy/cross-build-arm64.sh installs everything this file expects; use it rather than this file alone:
#   cmake -S . -B build-arm64 -DCMAKE_TOOLCHAIN_FILE=deploy/toolchain-aarch64.cmake
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)

set(EXHIBIT_CROSS_TRIPLET aarch64-linux-gnu)
set(CMAKE_C_COMPILER ${EXHIBIT_CROSS_TRIPLET}-gcc)
set(CMAKE_CXX_COMPILER ${EXHIBIT_CROSS_TRIPLET}-g++)

# Debian's cross gcc is multiarch-aware (its sysroot is /): it finds headers in /usr/include and
# /usr/include/aarch64-linux-gnu and libraries in /usr/lib/aarch64-linux-gnu by itself. CMake learns the
# library architecture from the compiler, so find_package(SDL2 CONFIG) picks /usr/lib/aarch64-linux-gnu/cmake.
set(CMAKE_LIBRARY_ARCHITECTURE ${EXHIBIT_CROSS_TRIPLET})

# Programs (pkg-config, bash, dpkg) come from the build machine; libraries and packages from the target only.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)

# pkg-config must see the arm64 .pc files only (plus the architecture-independent ones), never the amd64 ones.
set(ENV{PKG_CONFIG_LIBDIR} "/usr/lib/${EXHIBIT_CROSS_TRIPLET}/pkgconfig:/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")

# CTest (and gtest_discover_tests) run the arm64 test programs under user-mode QEMU; no binfmt_misc needed.
# -L points QEMU at the cross glibc's loader (package libc6-arm64-cross); the multiarch libraries
# (libc6:arm64, libSDL2 ... in /usr/lib/aarch64-linux-gnu) are found through the host's ld.so.cache.
set(EXHIBIT_QEMU_LD_PREFIX "/usr/${EXHIBIT_CROSS_TRIPLET}" CACHE PATH "qemu-aarch64 -L: where the arm64 loader lives")
find_program(EXHIBIT_QEMU_AARCH64 qemu-aarch64 REQUIRED)
set(CMAKE_CROSSCOMPILING_EMULATOR "${EXHIBIT_QEMU_AARCH64};-L;${EXHIBIT_QEMU_LD_PREFIX}")
