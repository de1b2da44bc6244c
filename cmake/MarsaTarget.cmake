# Settings every Marsa target shares: warnings as errors on our code only (Qt, GDAL, spdlog and
# GeographicLib come in as SYSTEM includes through their imported targets), Qt's strictness
# macros, and the sanitizers when MARSA_SANITIZE is on.
function(marsa_target_settings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror
        -Wno-error=deprecated-declarations)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_USE_QSTRINGBUILDER QT_NO_FOREACH QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(MARSA_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# marsa_layer(NAME SOURCES ... LINKS ...): one static library per layer, marsa_<NAME>.
function(marsa_layer name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS;PRIVATE_LINKS" ${ARGN})
    add_library(marsa_${name} STATIC ${ARG_SOURCES})
    add_library(marsa::${name} ALIAS marsa_${name})
    target_include_directories(marsa_${name} PUBLIC "${PROJECT_SOURCE_DIR}/src")
    target_link_libraries(marsa_${name} PUBLIC ${ARG_LINKS} PRIVATE ${ARG_PRIVATE_LINKS})
    set_target_properties(marsa_${name} PROPERTIES AUTOMOC ON)
    marsa_target_settings(marsa_${name})
endfunction()
