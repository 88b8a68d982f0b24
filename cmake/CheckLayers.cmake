# Fails when a source file includes a header of a layer it may not reach:
#   cmake -DSOURCE_DIR=<repo>/src -P CheckLayers.cmake
# Dependencies point down only (docs/architecture.md, "Layers"): a view
# reads and writes through services and models, never through storage.

cmake_policy(SET CMP0057 NEW)

set(allowed_domain domain)
set(allowed_storage domain storage)
set(allowed_services domain storage services)
set(allowed_models domain services models)
set(allowed_ui domain services models ui)
# The entry points wire the connection, settings and logging together: of
# storage they use only where the store is and how its files are kept.
set(allowed_app domain storage services models ui app)
set(allowed_cli domain storage services cli)
set(wiring_headers "storage/ConnectionSpec.h" "storage/PrivateFiles.h")

set(violations "")
foreach(layer domain storage services models ui app cli)
    file(GLOB_RECURSE sources "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^#include \"[a-z]+/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^#include \"([a-z]+)/.*" "\\1" target "${line}")
            string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" header "${line}")
            if(layer MATCHES "^(app|cli)$" AND target STREQUAL "storage"
               AND NOT header IN_LIST wiring_headers)
                set(target "storage beyond the wiring")
            endif()
            if(NOT target IN_LIST allowed_${layer})
                file(RELATIVE_PATH shown "${SOURCE_DIR}/.." "${source}")
                string(APPEND violations "  ${shown}: ${line}\n")
            endif()
        endforeach()
    endforeach()
endforeach()

if(violations)
    message(FATAL_ERROR "Includes that reach past the layer below:\n${violations}")
endif()
message(STATUS "Every layer includes only itself and the layers below it.")
