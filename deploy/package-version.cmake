# Read by cpack when it makes the .deb (CPACK_PROJECT_CONFIG_FILE, top-level CMakeLists.txt), not at configure time:
# the package's version is the project's plus the moment the package was made, <version>+<UTC yyyymmddHHMMSS>, so
# a rebuilt package is always newer than the one installed and apt (or deploy/ansible) installs it. A reproducible
# build sets SOURCE_DATE_EPOCH, which string(TIMESTAMP) uses instead of the clock.
string(TIMESTAMP exhibit_package_stamp "%Y%m%d%H%M%S" UTC)
set(CPACK_PACKAGE_VERSION "${CPACK_PACKAGE_VERSION}+${exhibit_package_stamp}")
set(CPACK_DEBIAN_PACKAGE_VERSION "${CPACK_PACKAGE_VERSION}")
