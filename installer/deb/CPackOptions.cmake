# Read by cpack when it runs (CPACK_PROJECT_CONFIG_FILE): the Debian revision is the build
# number, so the same build can be packaged as two versions for the upgrade test.
if(DEFINED ENV{MWS_BUILD_NUMBER} AND NOT "$ENV{MWS_BUILD_NUMBER}" STREQUAL "")
  if(NOT "$ENV{MWS_BUILD_NUMBER}" MATCHES "^[0-9]+$")
    message(FATAL_ERROR "MWS_BUILD_NUMBER must be a whole number, not '$ENV{MWS_BUILD_NUMBER}'")
  endif()
  set(CPACK_DEBIAN_PACKAGE_RELEASE "$ENV{MWS_BUILD_NUMBER}")
endif()
