# curveshift_warnings(<target>)
#
# Strict warnings for curveshift's own targets (tests, examples, benchmarks, static
# tests). Never applied to curveshift::curveshift itself, so the library imposes no
# flags on the projects that use it.
function(curveshift_warnings target)
  set(_gnu_like "$<OR:$<CXX_COMPILER_ID:GNU>,$<CXX_COMPILER_ID:Clang>,$<CXX_COMPILER_ID:AppleClang>>")
  target_compile_options(
    ${target}
    PRIVATE "$<${_gnu_like}:-Wall;-Wextra;-Wpedantic;-Wconversion;-Wshadow>"
            "$<$<CXX_COMPILER_ID:MSVC>:/W4;/permissive->")
  if(CURVESHIFT_WARNINGS_AS_ERRORS)
    target_compile_options(
      ${target} PRIVATE "$<${_gnu_like}:-Werror>" "$<$<CXX_COMPILER_ID:MSVC>:/WX>")
  endif()
endfunction()
