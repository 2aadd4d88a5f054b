# Compiler warnings for every Tessera target; TESSERA_WERROR (the ci preset) makes them errors.
function(tessera_target_defaults target)
    # GCC's -Wshadow=local is unknown to clang (the fuzz preset), whose -Wshadow is the nearest.
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
                                             $<IF:$<CXX_COMPILER_ID:Clang>,-Wshadow,-Wshadow=local>)
    if(TESSERA_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS
                                                 QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()
