cmake_minimum_required(VERSION 3.25)
# Installs the build into a scratch prefix and checks that the desktop sees
# the program: its entry, icon and AppStream metadata where the freedesktop
# specifications look. Run as
#   cmake -DBUILD_DIR=<build> -DPREFIX=<scratch> -P cmake/CheckInstall.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
set(expected
    bin/teamforum
    bin/teamforum-cli
    share/applications/se.teamforum.Teamforum.desktop
    share/metainfo/se.teamforum.Teamforum.metainfo.xml
    share/icons/hicolor/scalable/apps/se.teamforum.Teamforum.svg)
foreach(size 16 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/se.teamforum.Teamforum.png)
endforeach()
foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()
file(STRINGS "${PREFIX}/share/applications/se.teamforum.Teamforum.desktop" entry)
foreach(line "Exec=teamforum" "Icon=se.teamforum.Teamforum" "Categories=Office;")
    if(NOT line IN_LIST entry)
        message(FATAL_ERROR "the desktop entry lacks ${line}")
    endif()
endforeach()
file(REMOVE_RECURSE "${PREFIX}")
