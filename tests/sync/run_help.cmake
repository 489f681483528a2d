# Runs ${PROGRAM} --help, echoes what it printed, then its exit code (checked by ctest).
execute_process(COMMAND ${PROGRAM} --help
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 30)
message("${out}${err}")
message("exit code: ${rc}")
