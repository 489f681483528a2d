# The MSI check on Linux: wixl (msitools) builds installer/msi/mws.wxs into
# <build>/installer/msi/mws-<version>.msi. The payload is STAND-IN files written here, not
# Windows binaries (those come from a Windows build, docs/windows-build.md): this checks
# that the WiX source is well-formed and gives the tables we want (tests/install/msi_test.sh
# reads them back with msiinfo). The icon and the default configuration are the real ones.
find_program(MWS_WIXL wixl)
if(NOT MWS_WIXL)
  message(STATUS "wixl not found (Debian package wixl): no msi target")
  return()
endif()

set(msi_dir ${CMAKE_BINARY_DIR}/installer/msi)
set(msi_file ${msi_dir}/mws-${PROJECT_VERSION}.msi)
set(stand_ins ${msi_dir}/stand-in/bin/mws-workstation.exe ${msi_dir}/stand-in/bin/mws.exe)
add_custom_command(OUTPUT ${stand_ins}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${msi_dir}/stand-in/bin
  COMMAND ${CMAKE_COMMAND} -E echo "stand-in: the Windows build puts mws-workstation.exe here"
          > ${msi_dir}/stand-in/bin/mws-workstation.exe
  COMMAND ${CMAKE_COMMAND} -E echo "stand-in: the Windows build puts mws.exe here"
          > ${msi_dir}/stand-in/bin/mws.exe
  COMMENT "Writing the MSI check's stand-in payload")
set(res_dir ${msi_dir}/stand-in/res)
set(ico_inputs)
if(MWS_RSVG_CONVERT)
  set(ico_inputs ${MWS_DEB_OUT}/icons/48x48/mws-workstation.png ${MWS_DEB_OUT}/icons/256x256/mws-workstation.png)
endif()
string(REPLACE ";" "," ico_list "${ico_inputs}")
find_program(MWS_IM_CONVERT NAMES convert PATHS /usr/bin NO_DEFAULT_PATH)
add_custom_command(OUTPUT ${res_dir}/mws.ico ${res_dir}/mws.ini
  COMMAND ${CMAKE_COMMAND} -E make_directory ${res_dir}
  COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/resources/config/mws.ini ${res_dir}/mws.ini
  COMMAND ${CMAKE_COMMAND} -DCONVERT=${MWS_IM_CONVERT} -DOUT=${res_dir}/mws.ico
          -DINPUTS=${ico_list} -P ${PROJECT_SOURCE_DIR}/installer/msi/icon.cmake
  DEPENDS ${PROJECT_SOURCE_DIR}/resources/config/mws.ini ${ico_inputs}
  COMMENT "Writing the MSI's icon and default configuration")
add_custom_command(OUTPUT ${msi_file}
  COMMAND ${MWS_WIXL} -a x64 -D Version=${PROJECT_VERSION} -D BinDir=stand-in/bin -D ResDir=stand-in/res
          -o ${msi_file} ${PROJECT_SOURCE_DIR}/installer/msi/mws.wxs
  WORKING_DIRECTORY ${msi_dir}
  DEPENDS ${PROJECT_SOURCE_DIR}/installer/msi/mws.wxs ${stand_ins} ${res_dir}/mws.ico ${res_dir}/mws.ini
  COMMENT "Building the MSI from installer/msi/mws.wxs with wixl (stand-in payload)")
add_custom_target(msi ALL DEPENDS ${msi_file})
set(MWS_MSI_FILE ${msi_file} CACHE INTERNAL "the MSI the msi target builds")
