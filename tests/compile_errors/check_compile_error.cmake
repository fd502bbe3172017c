# Compiles SOURCE with COMPILER (-std=c++20 -I INCLUDE -fsyntax-only) and
# checks that it fails, that the diagnostics hold every string in EXPECT (a
# ;-list), and that they take at most MAX_LINES lines: a wrong use of the
# library gets one short error that says what is wrong.
execute_process(
  COMMAND "${COMPILER}" -std=c++20 "-I${INCLUDE}" -fsyntax-only "${SOURCE}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(diagnostics "${out}${err}")
if(rc EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled, but must not")
endif()
foreach(expected IN LISTS EXPECT)
  string(FIND "${diagnostics}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the diagnostics for ${SOURCE} do not say\n  ${expected}\nThey are:\n${diagnostics}")
  endif()
endforeach()
string(REGEX MATCHALL "\n" newlines "${diagnostics}")
list(LENGTH newlines lines)
if(lines GREATER MAX_LINES)
  message(FATAL_ERROR "${lines} lines of diagnostics for ${SOURCE}, more than ${MAX_LINES}:\n${diagnostics}")
endif()
message(STATUS "${SOURCE}: rejected in ${lines} lines, as expected")
