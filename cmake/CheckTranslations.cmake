# Fails when a text of the interface has no Swedish translation, naming it:
# lupdate, run on a copy of the program's .ts file with the same sources as
# the update_translations target, marks such a text unfinished.
#   cmake -DLUPDATE=… -DTS=….ts -DSOURCES="a|b" -DINCLUDE=src -DWORK=dir -P CheckTranslations.cmake
file(MAKE_DIRECTORY "${WORK}")
set(copy "${WORK}/teamforum_sv.ts")
configure_file("${TS}" "${copy}" COPYONLY)
string(REPLACE "|" ";" sources "${SOURCES}")
execute_process(
    COMMAND "${LUPDATE}" ${sources} -I "${INCLUDE}" -no-obsolete -locations none -ts "${copy}"
    RESULT_VARIABLE result
    OUTPUT_QUIET
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${errors}")
endif()
file(READ "${copy}" text)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\""
    unfinished "${text}")
if(unfinished)
    list(LENGTH unfinished count)
    set(names "")
    foreach(entry IN LISTS unfinished)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*$" "\\1" source "${entry}")
        string(APPEND names "\n  ${source}")
    endforeach()
    message(FATAL_ERROR "${count} texts have no Swedish translation "
        "(cmake --build BUILD --target update_translations, then translate them in "
        "resources/translations/teamforum_sv.ts):${names}")
endif()
