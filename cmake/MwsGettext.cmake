# The gettext catalogues of the workstation (domain "mws"), resources/locale/<lang>.po.
#
# Included from the top-level CMakeLists (after the libraries):
#   - compiles each .po into ${CMAKE_BINARY_DIR}/locale/<lang>/LC_MESSAGES/mws.mo at build time
#     (target mws_locale, built before mws_ui so tests and scripts/run always find them);
#   - installs them to <prefix>/share/locale/<lang>/LC_MESSAGES/mws.mo;
#   - target pot-update: re-extracts resources/locale/mws.pot from the UI, app and presenter
#     sources and merges it into every .po (new strings come in untranslated, for a translator).
#
# Run as a script (the one place the xgettext options live; tests/tools/check_translations.sh
# uses it too):
#   cmake -DMWS_SOURCE_DIR=<root> -DMWS_POT=<out.pot> [-DMWS_MERGE=ON] -P cmake/MwsGettext.cmake

set(MWS_LANGUAGES uz uz@cyrillic ru en)
set(MWS_GETTEXT_SOURCE_DIRS workstation/ui workstation/app workstation/presenter)

function(mws_find_gettext_tools)
  foreach(tool xgettext msgfmt msgmerge msgen msgattrib)
    string(TOUPPER "${tool}" upper)
    find_program(MWS_${upper} ${tool})
    if(NOT MWS_${upper})
      message(FATAL_ERROR "${tool} was not found: install the Debian package 'gettext' "
                          "(or run scripts/setup-deps).")
    endif()
  endforeach()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE)
  mws_find_gettext_tools()
  if(NOT MWS_SOURCE_DIR OR NOT MWS_POT)
    message(FATAL_ERROR "usage: cmake -DMWS_SOURCE_DIR=<root> -DMWS_POT=<out.pot> "
                        "[-DMWS_MERGE=ON] -P MwsGettext.cmake")
  endif()
  set(globs)
  foreach(dir IN LISTS MWS_GETTEXT_SOURCE_DIRS)
    list(APPEND globs ${MWS_SOURCE_DIR}/${dir}/*.cpp ${MWS_SOURCE_DIR}/${dir}/*.hpp
                      ${MWS_SOURCE_DIR}/${dir}/*.h)
  endforeach()
  file(GLOB_RECURSE sources RELATIVE "${MWS_SOURCE_DIR}" ${globs})
  if(NOT sources)
    message(FATAL_ERROR "no sources under ${MWS_SOURCE_DIR}/{${MWS_GETTEXT_SOURCE_DIRS}}")
  endif()
  list(SORT sources)
  set(list_file "${MWS_POT}.sources")
  list(JOIN sources "\n" text)
  file(WRITE "${list_file}" "${text}\n")
  execute_process(
    COMMAND ${MWS_XGETTEXT} --language=C++ --from-code=UTF-8 --package-name=mws
            --copyright-holder= --add-comments=TRANSLATORS: --add-location=file --sort-by-file
            --keyword=_ --keyword=N_ --keyword=wxTRANSLATE --keyword=wxPLURAL:1,2
            --keyword=wxGetTranslation:1 --keyword=wxGETTEXT_IN_CONTEXT:1c,2
            --keyword=wxGETTEXT_IN_CONTEXT_PLURAL:1c,2,3 --keyword=wxTRANSLATE_IN_CONTEXT:1c,2
            --files-from=${list_file} --output=${MWS_POT}
    WORKING_DIRECTORY "${MWS_SOURCE_DIR}" RESULT_VARIABLE failed)
  file(REMOVE "${list_file}")
  if(failed)
    message(FATAL_ERROR "xgettext failed")
  endif()
  if(NOT EXISTS "${MWS_POT}")
    message(FATAL_ERROR "xgettext found no string to translate in ${MWS_SOURCE_DIR}")
  endif()
  if(MWS_MERGE)
    get_filename_component(po_dir "${MWS_POT}" DIRECTORY)
    foreach(lang uz uz@cyrillic ru)
      execute_process(COMMAND ${MWS_MSGMERGE} --quiet --update --backup=none
                              --add-location=file --sort-by-file ${po_dir}/${lang}.po ${MWS_POT}
                      RESULT_VARIABLE failed)
      if(failed)
        message(FATAL_ERROR "msgmerge failed for ${lang}.po")
      endif()
    endforeach()
    # English is the language of the sources: its catalogue is the identity (msgen fills
    # only the entries that have no translation yet).
    execute_process(COMMAND ${MWS_MSGATTRIB} --no-fuzzy --output-file=${po_dir}/en.po ${po_dir}/en.po)
    execute_process(COMMAND ${MWS_MSGMERGE} --quiet --update --backup=none --no-fuzzy-matching
                            --add-location=file --sort-by-file ${po_dir}/en.po ${MWS_POT})
    execute_process(COMMAND ${MWS_MSGEN} --add-location=file --sort-by-file
                            --output-file=${po_dir}/en.po ${po_dir}/en.po)
  endif()
  return()
endif()

mws_find_gettext_tools()
set(MWS_PO_DIR "${PROJECT_SOURCE_DIR}/resources/locale")
set(mo_files)
foreach(lang IN LISTS MWS_LANGUAGES)
  set(mo_dir "${CMAKE_BINARY_DIR}/locale/${lang}/LC_MESSAGES")
  add_custom_command(
    OUTPUT ${mo_dir}/mws.mo
    COMMAND ${CMAKE_COMMAND} -E make_directory ${mo_dir}
    COMMAND ${MWS_MSGFMT} --check --output-file=${mo_dir}/mws.mo ${MWS_PO_DIR}/${lang}.po
    DEPENDS ${MWS_PO_DIR}/${lang}.po
    COMMENT "Compiling the ${lang} catalogue")
  list(APPEND mo_files ${mo_dir}/mws.mo)
  install(FILES ${mo_dir}/mws.mo DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/${lang}/LC_MESSAGES)
endforeach()
add_custom_target(mws_locale ALL DEPENDS ${mo_files})

if(TARGET mws_ui)
  add_dependencies(mws_ui mws_locale)
  target_compile_definitions(mws_ui PRIVATE
    MWS_INSTALL_LOCALEDIR="${CMAKE_INSTALL_FULL_LOCALEDIR}")
endif()

add_custom_target(pot-update
  COMMAND ${CMAKE_COMMAND} -DMWS_SOURCE_DIR=${PROJECT_SOURCE_DIR}
          -DMWS_POT=${MWS_PO_DIR}/mws.pot -DMWS_MERGE=ON -P ${CMAKE_CURRENT_LIST_FILE}
  COMMENT "Extracting the strings into resources/locale/mws.pot and merging every .po"
  VERBATIM)
