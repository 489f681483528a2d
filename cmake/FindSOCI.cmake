# FindSOCI
# --------
# Finds SOCI 4 (Debian ships no CMake config for it) and its PostgreSQL backend.
#
# Imported targets:
#   SOCI::core        the SOCI core library
#   SOCI::postgresql  the PostgreSQL backend (links SOCI::core and PostgreSQL::PostgreSQL)
#
# Result variables: SOCI_FOUND, SOCI_INCLUDE_DIR, SOCI_VERSION, SOCI_postgresql_FOUND

find_path(SOCI_INCLUDE_DIR NAMES soci/soci.h)
find_library(SOCI_CORE_LIBRARY NAMES soci_core)
find_library(SOCI_POSTGRESQL_LIBRARY NAMES soci_postgresql)

if(SOCI_INCLUDE_DIR AND EXISTS "${SOCI_INCLUDE_DIR}/soci/version.h")
  file(STRINGS "${SOCI_INCLUDE_DIR}/soci/version.h" _soci_ver REGEX "^#define SOCI_VERSION [0-9]+")
  string(REGEX REPLACE ".*SOCI_VERSION ([0-9]+).*" "\\1" _soci_num "${_soci_ver}")
  math(EXPR _major "${_soci_num} / 100000")
  math(EXPR _minor "${_soci_num} / 100 % 1000")
  math(EXPR _patch "${_soci_num} % 100")
  set(SOCI_VERSION "${_major}.${_minor}.${_patch}")
endif()

if(SOCI_POSTGRESQL_LIBRARY)
  set(SOCI_postgresql_FOUND TRUE)
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(SOCI
  REQUIRED_VARS SOCI_CORE_LIBRARY SOCI_INCLUDE_DIR
  VERSION_VAR SOCI_VERSION
  HANDLE_COMPONENTS
  REASON_FAILURE_MESSAGE "install the Debian package libsoci-dev")

if(SOCI_FOUND AND NOT TARGET SOCI::core)
  add_library(SOCI::core UNKNOWN IMPORTED)
  set_target_properties(SOCI::core PROPERTIES
    IMPORTED_LOCATION "${SOCI_CORE_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${SOCI_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${CMAKE_DL_LIBS}")
endif()
if(SOCI_FOUND AND SOCI_postgresql_FOUND AND NOT TARGET SOCI::postgresql)
  find_package(PostgreSQL QUIET)
  add_library(SOCI::postgresql UNKNOWN IMPORTED)
  set_target_properties(SOCI::postgresql PROPERTIES
    IMPORTED_LOCATION "${SOCI_POSTGRESQL_LIBRARY}"
    INTERFACE_LINK_LIBRARIES "SOCI::core;PostgreSQL::PostgreSQL")
endif()
mark_as_advanced(SOCI_INCLUDE_DIR SOCI_CORE_LIBRARY SOCI_POSTGRESQL_LIBRARY)
