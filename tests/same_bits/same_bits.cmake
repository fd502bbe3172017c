# Builds each SOURCES program with OTHER (the compiler this build is not:
# clang++ for a g++ build, g++ for a clang++ build) and checks it prints what
# this build's PROGRAMS print, byte for byte (issue 24: draws must not depend
# on the compiler). Exits with SKIPPED when OTHER is empty.
#
#   cmake -DOTHER=clang++ "-DINCLUDE=include|examples" "-DDEFINES=..." \
#         "-DSOURCES=a.cpp|b.cpp" "-DPROGRAMS=build/a|build/b" -DWORK=dir -P same_bits.cmake
# Lists come joined by "|": a ";" does not survive add_test's COMMAND.
foreach(name SOURCES PROGRAMS INCLUDE DEFINES)
  string(REPLACE "|" ";" ${name} "${${name}}")
endforeach()
if(NOT OTHER)
  message("SKIPPED: no second compiler found (g++ and clang++ are both needed)")
  return()
endif()
list(LENGTH SOURCES count)
math(EXPR last "${count} - 1")
set(flags -std=c++20 -O2)
foreach(dir IN LISTS INCLUDE)
  list(APPEND flags -I${dir})
endforeach()
foreach(definition IN LISTS DEFINES)
  list(APPEND flags -D${definition})
endforeach()
file(MAKE_DIRECTORY "${WORK}")
foreach(i RANGE ${last})
  list(GET SOURCES ${i} source)
  list(GET PROGRAMS ${i} program)
  get_filename_component(stem "${source}" NAME_WE)
  set(other_program "${WORK}/${stem}")
  execute_process(COMMAND ${OTHER} ${flags} "${source}" -o "${other_program}" -pthread
                  RESULT_VARIABLE built ERROR_VARIABLE build_errors)
  if(NOT built EQUAL 0)
    message(FATAL_ERROR "${OTHER} could not build ${source}:\n${build_errors}")
  endif()
  execute_process(COMMAND "${program}" OUTPUT_VARIABLE ours RESULT_VARIABLE ran_ours)
  execute_process(COMMAND "${other_program}" OUTPUT_VARIABLE theirs RESULT_VARIABLE ran_theirs)
  if(NOT ran_ours EQUAL 0 OR NOT ran_theirs EQUAL 0)
    message(FATAL_ERROR "${stem}: a program failed (${ran_ours}, ${ran_theirs})")
  endif()
  if(NOT ours STREQUAL theirs)
    file(WRITE "${WORK}/${stem}.ours" "${ours}")
    file(WRITE "${WORK}/${stem}.theirs" "${theirs}")
    message(FATAL_ERROR "${stem}: ${OTHER} prints other numbers than this build; see ${WORK}/${stem}.ours and .theirs")
  endif()
  string(LENGTH "${ours}" bytes)
  message("same: ${stem} (${bytes} bytes of output)")
endforeach()
