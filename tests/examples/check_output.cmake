# Runs an example and checks that every expected line appears in what it
# prints, so the documentation cannot drift from ../shared/arithmetic.md.
#
#   cmake -DPROGRAM=<exe> -DEXPECTED="<file>;<file>..." -P check_output.cmake
#
# An expected file holds one line of output per line (runs of spaces count as
# one space); lines starting with # give the derivation and are skipped.
execute_process(COMMAND "${PROGRAM}" OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${status}:\n${errors}")
endif()
string(REGEX REPLACE "[ \t]+" " " output "${output}")

set(missing "")
set(count 0)
foreach(file IN LISTS EXPECTED)
  file(STRINGS "${file}" lines ENCODING UTF-8)
  foreach(line IN LISTS lines)
    if(line STREQUAL "" OR line MATCHES "^#")
      continue()
    endif()
    string(REGEX REPLACE "[ \t]+" " " line "${line}")
    string(FIND "${output}" "${line}" at)
    math(EXPR count "${count} + 1")
    if(at EQUAL -1)
      string(APPEND missing "\n  ${line}")
    endif()
  endforeach()
endforeach()

if(count EQUAL 0)
  message(FATAL_ERROR "no expected lines in ${EXPECTED}")
endif()
if(missing)
  message(FATAL_ERROR "${PROGRAM}: expected lines not in its output:${missing}\n\nOutput was:\n${output}")
endif()
message(STATUS "${count} expected lines found")
