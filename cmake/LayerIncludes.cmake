# Each layer's headers are included as "<layer>/Header.h". Instead of one
# include root for all of src/, every layer gets a folder of its own in the
# build tree that holds only a link to that layer, and its target exposes
# that folder alone. A target therefore sees exactly the layers it links:
# services link storage privately, so a view that includes "storage/…"
# fails to compile. See docs/architecture.md, "Layers".

# The include root that holds <layer>/ and nothing else.
function(teamforum_layer_root layer out_var)
    set(${out_var} "${CMAKE_BINARY_DIR}/layers/${layer}" PARENT_SCOPE)
endfunction()

# Gives target the include root of layer (PUBLIC for libraries, PRIVATE
# for an executable).
function(teamforum_layer_includes target layer scope)
    teamforum_layer_root(${layer} root)
    if(NOT EXISTS "${root}/${layer}")
        file(MAKE_DIRECTORY "${root}")
        file(CREATE_LINK "${CMAKE_SOURCE_DIR}/src/${layer}" "${root}/${layer}" SYMBOLIC)
    endif()
    target_include_directories(${target} ${scope} "${root}")
endfunction()
