# Fails when a translation is incomplete: a source string missing from a .ts file (running
# lupdate would add it), an unfinished or obsolete entry, or an English plural left empty.
# Run by CTest: cmake -DSOURCE_DIR=... -DWORK_DIR=... -DLUPDATE=... -DLANGUAGES=de,ja,fr -P ...
cmake_minimum_required(VERSION 3.22)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(problems "")

string(REPLACE "," ";" LANGUAGES "${LANGUAGES}")
foreach(language IN LISTS LANGUAGES ITEMS en)
    set(ts "${SOURCE_DIR}/translations/webhook-diag_${language}.ts")
    file(READ "${ts}" committed)
    foreach(marker "type=\"unfinished\"" "type=\"obsolete\"" "type=\"vanished\"")
        string(FIND "${committed}" "${marker}" at)
        if(NOT at EQUAL -1)
            string(APPEND problems "${ts}: has ${marker} entries\n")
        endif()
    endforeach()

    # lupdate on a copy, over the same sources: nothing may be new.
    set(copy "${WORK_DIR}/webhook-diag_${language}.ts")
    configure_file("${ts}" "${copy}" COPYONLY)
    set(options -no-obsolete -locations none)
    if(language STREQUAL "en")
        list(APPEND options -pluralonly)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" app ui -ts "${copy}" ${options}
        WORKING_DIRECTORY "${SOURCE_DIR}"
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${ts}:\n${out}${err}")
    endif()
    # English keeps plural forms only: a new plural shows up as unfinished below instead.
    if(NOT language STREQUAL "en" AND NOT "${out}${err}" MATCHES "\\(0 new and")
        string(APPEND problems "${ts}: source strings are missing (run update_translations):\n${out}${err}\n")
    endif()
    file(READ "${copy}" updated)
    string(FIND "${updated}" "type=\"unfinished\"" at)
    if(NOT at EQUAL -1)
        string(APPEND problems "${ts}: unfinished after lupdate\n")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "Translations are incomplete:\n${problems}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
