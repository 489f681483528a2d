# Debian packages (CPack DEB, one package per component) and the MSI check (wixl):
#   mws-workstation  mws-workstation, mws, desktop entry, icons, translations,
#                    /etc/mws/mws.ini (conffile), udev rule for fingerprint readers,
#                    mws-sync.service (a unit server's `mws sync --daemon`)
#   mws-central      mws-central, mws-central.service, /etc/mws-central/mws-central.ini
# Build them with scripts/package (or: cmake --build B --target package). The Debian
# revision is $MWS_BUILD_NUMBER when cpack runs (default 1), so one build can produce two
# versions for the upgrade test: MWS_BUILD_NUMBER=2 cpack -G DEB.
# Dependencies come from dpkg-shlibdeps, plus PostgreSQL and the tools the scripts use.

set(MWS_DEB_DIR ${PROJECT_SOURCE_DIR}/installer/deb)
set(MWS_DEB_OUT ${CMAKE_BINARY_DIR}/installer/deb)

# --- what each package holds -------------------------------------------------------------

install(TARGETS mws mws-workstation RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT workstation)
install(TARGETS mws-central RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT central)

# Translations: the .mo files MwsGettext.cmake compiles from resources/locale/*.po.
install(DIRECTORY ${CMAKE_BINARY_DIR}/locale/ DESTINATION ${CMAKE_INSTALL_LOCALEDIR}
        COMPONENT workstation OPTIONAL FILES_MATCHING PATTERN "*.mo")

install(FILES ${MWS_DEB_DIR}/mws.ini DESTINATION /etc/mws COMPONENT workstation)
install(FILES ${MWS_DEB_DIR}/mws-workstation.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
        COMPONENT workstation)
install(FILES ${MWS_DEB_DIR}/mws-workstation.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT workstation)
install(FILES ${MWS_DEB_DIR}/mws-sync.service DESTINATION /lib/systemd/system COMPONENT workstation)
install(FILES ${PROJECT_SOURCE_DIR}/resources/config/mws.ini
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mws-workstation RENAME mws.ini.example
        COMPONENT workstation)

install(FILES ${MWS_DEB_DIR}/mws-central.ini DESTINATION /etc/mws-central COMPONENT central)
install(FILES ${MWS_DEB_DIR}/mws-central.service DESTINATION /lib/systemd/system COMPONENT central)

# PNG icons drawn from the SVG, and the udev rule from libfprint's list of supported readers.
find_program(MWS_RSVG_CONVERT rsvg-convert)
set(icon_outputs)
if(MWS_RSVG_CONVERT)
  foreach(size 48 128 256)
    set(png ${MWS_DEB_OUT}/icons/${size}x${size}/mws-workstation.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${MWS_DEB_OUT}/icons/${size}x${size}
      COMMAND ${MWS_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${MWS_DEB_DIR}/mws-workstation.svg
      DEPENDS ${MWS_DEB_DIR}/mws-workstation.svg
      COMMENT "Drawing the ${size}px icon")
    list(APPEND icon_outputs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            COMPONENT workstation)
  endforeach()
else()
  message(STATUS "rsvg-convert not found (librsvg2-bin): the packages get the SVG icon only")
endif()
set(udev_rules ${MWS_DEB_OUT}/60-mws-fingerprint.rules)
add_custom_command(OUTPUT ${udev_rules}
  BYPRODUCTS ${MWS_DEB_OUT}/mws-workstation.metainfo.xml
  COMMAND ${CMAKE_COMMAND} -DHWDB=/lib/udev/hwdb.d/60-autosuspend-libfprint-2.hwdb
          -DOUT=${udev_rules} -DMETAINFO=${MWS_DEB_OUT}/mws-workstation.metainfo.xml
          -P ${MWS_DEB_DIR}/udev-rules.cmake
  DEPENDS ${MWS_DEB_DIR}/udev-rules.cmake
  COMMENT "Writing the fingerprint readers' udev rule")
add_custom_target(mws_package_files ALL DEPENDS ${icon_outputs} ${udev_rules})
install(FILES ${udev_rules} DESTINATION /lib/udev/rules.d COMPONENT workstation)
install(FILES ${MWS_DEB_OUT}/mws-workstation.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo
        COMPONENT workstation)

# Debian wants the copyright file and a compressed changelog in each package's doc folder.
foreach(component workstation central)
  set(pkg mws-${component})
  configure_file(${MWS_DEB_DIR}/copyright ${MWS_DEB_OUT}/${pkg}/copyright COPYONLY)
  install(FILES ${MWS_DEB_OUT}/${pkg}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${pkg}
          COMPONENT ${component})
  set(changelog ${MWS_DEB_OUT}/${pkg}/changelog.Debian.gz)
  add_custom_command(OUTPUT ${changelog}
    COMMAND sh -c "sed 's/@PACKAGE@/${pkg}/; s/@VERSION@/${PROJECT_VERSION}/' '${MWS_DEB_DIR}/changelog' | gzip -n -9 > '${changelog}'"
    DEPENDS ${MWS_DEB_DIR}/changelog VERBATIM)
  list(APPEND changelogs ${changelog})
  install(FILES ${changelog} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${pkg} COMPONENT ${component})
  # Maintainer scripts and conffiles, each package's own.
  set(MWS_DEB_CONTROL_${component})
  foreach(script postinst prerm postrm conffiles)
    list(APPEND MWS_DEB_CONTROL_${component} ${MWS_DEB_DIR}/${component}/${script})
  endforeach()
endforeach()
# Manual pages, compressed as Debian wants them.
foreach(page mws:workstation mws-workstation:workstation mws-central:central)
  string(REPLACE ":" ";" parts "${page}")
  list(GET parts 0 name)
  list(GET parts 1 component)
  set(gz ${MWS_DEB_OUT}/man/${name}.1.gz)
  add_custom_command(OUTPUT ${gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${MWS_DEB_OUT}/man
    COMMAND sh -c "gzip -n -9 -c '${MWS_DEB_DIR}/man/${name}.1' > '${gz}'"
    DEPENDS ${MWS_DEB_DIR}/man/${name}.1 VERBATIM)
  list(APPEND changelogs ${gz})
  install(FILES ${gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
endforeach()
add_custom_target(mws_package_changelogs ALL DEPENDS ${changelogs})

# --- CPack -------------------------------------------------------------------------------

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mws)
set(CPACK_PACKAGE_VENDOR "Department of Migration and Personalization")
set(CPACK_PACKAGE_CONTACT "MWS packaging <packaging@mws.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's first description line is its own synopsis (below), not a shared summary.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_COMPONENTS_ALL workstation central)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)  # CPackOptions.cmake takes $MWS_BUILD_NUMBER at cpack time
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://mws.invalid/")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

set(CPACK_DEBIAN_WORKSTATION_PACKAGE_NAME mws-workstation)
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_DEPENDS "postgresql, adduser, passwd, init-system-helpers (>= 1.52)")
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_CONTROL_EXTRA "${MWS_DEB_CONTROL_workstation}")
set(CPACK_COMPONENT_WORKSTATION_DESCRIPTION
  "Migration Officer Workstation: the counter's program and command line
The officer's window (mws-workstation) and IT's command line (mws): identity
documents (MRZ, QR codes), ICAO portrait photos, fingerprints (libfprint)
and migration cases against PostgreSQL (a private cluster, or the unit's
server), offline-first, synced to the centre over mutual TLS. Includes the
udev rule for USB fingerprint readers and mws-sync.service for a unit
server.")

set(CPACK_DEBIAN_CENTRAL_PACKAGE_NAME mws-central)
set(CPACK_DEBIAN_CENTRAL_PACKAGE_SECTION net)
set(CPACK_DEBIAN_CENTRAL_PACKAGE_DEPENDS "adduser, init-system-helpers (>= 1.52)")
set(CPACK_DEBIAN_CENTRAL_PACKAGE_RECOMMENDS "postgresql")
set(CPACK_DEBIAN_CENTRAL_PACKAGE_CONTROL_EXTRA "${MWS_DEB_CONTROL_central}")
set(CPACK_COMPONENT_CENTRAL_DESCRIPTION
  "Migration Officer Workstation: the central sync server
mws-central receives the units' cases, persons and blobs over mutual TLS,
applies each entry once, and serves the centre's decisions and reference
data back to the units. Includes a pilot certificate authority (mws-central
ca) and mws-central.service.")

set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_SOURCE_DIR}/installer/deb/CPackOptions.cmake)
include(CPack)

# --- the MSI (installer/msi) -------------------------------------------------------------
include(${PROJECT_SOURCE_DIR}/installer/msi/msi.cmake OPTIONAL)
