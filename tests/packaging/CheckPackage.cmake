# Installs the build into a temporary prefix and checks the tree, then builds the .deb, checks
# its contents and metadata, unpacks it and starts both programs from it. On CI (as root) the
# package is also installed with dpkg, started from /usr/bin and removed again.
# Run by CTest: cmake -DBUILD_DIR=... -DWORK_DIR=... -DVERSION=... -P CheckPackage.cmake
cmake_minimum_required(VERSION 3.22)

# check("<if() condition>" "message"): fails the test with the message unless it holds.
macro(check condition message)
    cmake_language(EVAL CODE "if(NOT (${condition}))\n message(FATAL_ERROR [=[${message}]=])\n endif()")
endmacro()

function(run_checked)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "failed (${result}): ${ARGN}\n${out}\n${err}")
    endif()
    set(run_output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(ENV{QT_QPA_PLATFORM} offscreen)

# 1. The install tree.
run_checked(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${WORK_DIR}/prefix")
set(expected
    bin/webhook-diag
    bin/webhook-diag-cli
    share/applications/webhook-diag.desktop
    share/metainfo/webhook-diag.metainfo.xml
    share/icons/hicolor/scalable/apps/webhook-diag.svg
    share/doc/webhook-diag/copyright)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/webhook-diag.png)
endforeach()
foreach(file IN LISTS expected)
    check("EXISTS \"${WORK_DIR}/prefix/${file}\"" "cmake --install did not install ${file}")
endforeach()
file(READ "${WORK_DIR}/prefix/share/applications/webhook-diag.desktop" desktop)
check("desktop MATCHES \"\nExec=webhook-diag\n\"" "the desktop file does not start webhook-diag")
check("desktop MATCHES \"\nIcon=webhook-diag\n\"" "the desktop file does not name the icon")
run_checked("${WORK_DIR}/prefix/bin/webhook-diag-cli" --version)
check("run_output STREQUAL \"webhook-diag-cli ${VERSION}\n\"" "installed CLI printed: ${run_output}")

# 2. The .deb.
run_checked(cpack -G DEB -B "${WORK_DIR}/package" --config "${BUILD_DIR}/CPackConfig.cmake")
file(GLOB debs "${WORK_DIR}/package/webhook-diag_${VERSION}_*.deb")
list(LENGTH debs count)
check("count EQUAL 1" "expected one webhook-diag_${VERSION}_*.deb, found: ${debs}")
run_checked(dpkg-deb --field "${debs}" Package Version Depends)
check("run_output MATCHES \"Package: webhook-diag\"" "package name: ${run_output}")
check("run_output MATCHES \"libqt6widgets6\"" "the .deb does not depend on Qt Widgets: ${run_output}")
check("run_output MATCHES \"libqt6sql6-sqlite\"" "the .deb does not depend on the SQLite driver")
run_checked(dpkg-deb --contents "${debs}")
foreach(file IN LISTS expected)
    string(REPLACE "." "\\." pattern "./usr/${file}")
    check("run_output MATCHES \"${pattern}\n\"" "the .deb lacks /usr/${file}")
endforeach()
run_checked(dpkg-deb --extract "${debs}" "${WORK_DIR}/unpacked")
run_checked("${WORK_DIR}/unpacked/usr/bin/webhook-diag" --version)
check("run_output MATCHES \"${VERSION}\"" "webhook-diag from the .deb printed: ${run_output}")

# 3. A real install, on CI only (it changes the machine).
if(DEFINED ENV{CI})
    execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(uid STREQUAL "0")
        run_checked(dpkg -i "${debs}")
        run_checked(/usr/bin/webhook-diag --version)
        check("run_output MATCHES \"${VERSION}\"" "installed webhook-diag printed: ${run_output}")
        run_checked(/usr/bin/webhook-diag-cli --version)
        run_checked(dpkg -r webhook-diag)
    endif()
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
