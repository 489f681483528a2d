# Finds every outside dependency of the project. A missing one stops the configure with
# the name of the Debian package that provides it (scripts/setup-deps installs them all).

macro(mws_require found package what)
  if(NOT ${found})
    message(FATAL_ERROR "${what} was not found: install the Debian package '${package}' "
                        "(or run scripts/setup-deps).")
  endif()
endmacro()

find_package(PkgConfig QUIET)
mws_require(PKG_CONFIG_FOUND pkg-config "pkg-config")

# PostgreSQL client library (libpq). Defines PostgreSQL::PostgreSQL; Poco's DataPostgreSQL
# config wants a PostgreSQL::client target too, so we provide it as an alias.
find_package(PostgreSQL QUIET)
mws_require(PostgreSQL_FOUND libpq-dev "The PostgreSQL client library (libpq)")
if(NOT TARGET PostgreSQL::client)
  add_library(PostgreSQL::client INTERFACE IMPORTED)
  target_link_libraries(PostgreSQL::client INTERFACE PostgreSQL::PostgreSQL)
endif()

find_package(SOCI 4.0 QUIET COMPONENTS postgresql)
mws_require(SOCI_FOUND libsoci-dev "SOCI 4 with its PostgreSQL backend")

find_package(wxWidgets 3.2 QUIET COMPONENTS core base)
mws_require(wxWidgets_FOUND libwxgtk3.2-dev "wxWidgets 3.2")
if(NOT TARGET mws_wx)
  add_library(mws_wx INTERFACE IMPORTED)
  set_target_properties(mws_wx PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${wxWidgets_INCLUDE_DIRS}"
    INTERFACE_COMPILE_DEFINITIONS "${wxWidgets_DEFINITIONS}"
    INTERFACE_COMPILE_OPTIONS "${wxWidgets_CXX_FLAGS}"
    INTERFACE_LINK_LIBRARIES "${wxWidgets_LIBRARIES}")
  add_library(mws::wx ALIAS mws_wx)
endif()

find_package(OpenCV 4 QUIET COMPONENTS core imgproc objdetect videoio imgcodecs)
mws_require(OpenCV_FOUND libopencv-dev "OpenCV 4 (core, imgproc, objdetect, videoio, imgcodecs)")
set(MWS_OPENCV_DATA_DIR "/usr/share/opencv4" CACHE PATH "Where opencv-data put the cascades")
if(NOT EXISTS "${MWS_OPENCV_DATA_DIR}/haarcascades/haarcascade_frontalface_default.xml")
  message(FATAL_ERROR "OpenCV's face cascades were not found in ${MWS_OPENCV_DATA_DIR}: "
                      "install the Debian package 'opencv-data'.")
endif()

pkg_check_modules(GLIB2 QUIET IMPORTED_TARGET glib-2.0 gobject-2.0 gio-2.0)
mws_require(GLIB2_FOUND libglib2.0-dev "GLib 2 (needed by libfprint's pkg-config file)")
pkg_check_modules(FPRINT QUIET IMPORTED_TARGET libfprint-2)
mws_require(FPRINT_FOUND libfprint-2-dev "libfprint-2")

pkg_check_modules(TESSERACT QUIET IMPORTED_TARGET tesseract lept)
mws_require(TESSERACT_FOUND "libtesseract-dev" "Tesseract (the OCR baseline the MRZ benchmark compares with)")
find_package(ZXing QUIET)
mws_require(ZXing_FOUND libzxing-dev "ZXing-C++ (QR and PDF417 codes)")
pkg_check_modules(FREETYPE QUIET IMPORTED_TARGET freetype2)
mws_require(FREETYPE_FOUND libfreetype-dev "FreeType (renders OCR-B test documents)")
set(MWS_OCRB_FONT "/usr/share/fonts/opentype/ocr-b/OCRB.otf" CACHE FILEPATH "The OCR-B font (fonts-ocr-b)")

find_package(Poco QUIET COMPONENTS Foundation Util Net NetSSL Crypto JSON)
mws_require(Poco_FOUND libpoco-dev "Poco (Foundation, Util, Net, NetSSL, Crypto, JSON)")

pkg_check_modules(SODIUM QUIET IMPORTED_TARGET libsodium)
mws_require(SODIUM_FOUND libsodium-dev "libsodium")

find_package(Threads REQUIRED)

if(MWS_BUILD_TESTS)
  find_package(Boost 1.74 QUIET COMPONENTS unit_test_framework)
  mws_require(Boost_FOUND libboost-test-dev "Boost.Test")
endif()
