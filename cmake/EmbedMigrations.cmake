# cmake -DOUTPUT=<file.cpp> -DINPUTS=<a.sql;b.sql> -P EmbedMigrations.cmake
# Writes a C++ source that holds the SQL migrations, so the binaries need no data files.
# File names are NNNN_name.sql; NNNN is the version.
set(body "#include \"mws/storage/migrations.hpp\"\n\nnamespace mws::storage {\n\n")
string(APPEND body "const std::vector<Migration>& migrations() {\n  static const std::vector<Migration> all{\n")
foreach(input IN LISTS INPUTS)
  get_filename_component(stem "${input}" NAME_WE)
  string(REGEX MATCH "^([0-9]+)_(.+)$" _ "${stem}")
  if(NOT CMAKE_MATCH_1)
    message(FATAL_ERROR "migration file name must be NNNN_name.sql: ${input}")
  endif()
  math(EXPR version "${CMAKE_MATCH_1}")
  file(READ "${input}" sql)
  string(APPEND body "      {${version}, \"${CMAKE_MATCH_2}\", R\"mws_sql(${sql})mws_sql\"},\n")
endforeach()
string(APPEND body "  };\n  return all;\n}\n\n}  // namespace mws::storage\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
