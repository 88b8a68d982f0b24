# What `cmake --install` puts on the computer: the two programs, the
# desktop entry, the application icon and the AppStream metadata that make
# Teamforum appear in the desktop's menu and software centre, and the
# handbook.
include(GNUInstallDirs)
install(TARGETS teamforum teamforum-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
set(TEAMFORUM_DESKTOP_DIR ${CMAKE_SOURCE_DIR}/resources/desktop)
install(FILES ${TEAMFORUM_DESKTOP_DIR}/se.teamforum.Teamforum.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${TEAMFORUM_DESKTOP_DIR}/se.teamforum.Teamforum.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${TEAMFORUM_DESKTOP_DIR}/se.teamforum.Teamforum.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
    install(FILES ${TEAMFORUM_DESKTOP_DIR}/hicolor/${size}x${size}/apps/se.teamforum.Teamforum.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
# The handbook in Swedish (docs/handbok, made by scripts/handbook), where
# Hjälp → Handbok finds it (ui/shell/Handbook): its pages and pictures.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/handbok/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/teamforum/handbok
        FILES_MATCHING PATTERN "*.html" PATTERN "*.png")
