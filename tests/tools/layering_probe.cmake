# Copies the tree's layout into WORK, plants `#include <wx/string.h>` in the core, and
# expects check_layering.sh to fail and name the file.
file(REMOVE_RECURSE "${WORK}")
foreach(dir workstation/core workstation/presenter workstation/ui peripherals)
  file(MAKE_DIRECTORY "${WORK}/${dir}")
endforeach()
file(WRITE "${WORK}/workstation/core/bad.hpp" "#pragma once\n#include <wx/string.h>\n")
execute_process(COMMAND "${SCRIPT}" "${WORK}" RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(rc EQUAL 0 OR NOT out MATCHES "workstation/core/bad.hpp")
  message(FATAL_ERROR "the layering check missed a core that includes wx:\n${out}")
endif()
message(STATUS "layering check caught the planted violation")
