# tessera_add_test(NAME SOURCES file… [LIBS target…] [LABELS label…] [LAUNCHER command…])
# One Qt Test executable registered with ctest; GUI tests run on the offscreen platform. LAUNCHER runs the
# test through a command (e.g. tests/support/with-private-keyring.sh), given the executable as last argument.
function(tessera_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS;LAUNCHER" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test tessera::testsupport ${ARG_LIBS})
    tessera_target_defaults(${name})
    # A test is one file, or a few that share a class: nothing to gain from a unity build, and GCC
    # would read the test's own types as a header's (-Wsubobject-linkage).
    set_target_properties(${name} PROPERTIES UNITY_BUILD OFF)
    if(ARG_LAUNCHER)
        add_test(NAME ${name} COMMAND ${ARG_LAUNCHER} $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=tessera.*.info=false;TESSERA_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        TIMEOUT 300)
endfunction()
