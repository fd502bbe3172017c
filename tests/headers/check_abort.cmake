# Runs PROGRAM (built with -fno-exceptions) three ways:
#   no argument: exits 0 and prints "$5M"
#   "bad":       aborts, having printed usd's message to stderr
#   "parse":     aborts, having printed the parser's message to stderr
#   "csv_skip":  exits 0, having skipped and listed four bad cells
#   "csv_stop":  aborts at the first bad cell, with its line and reason
execute_process(COMMAND "${PROGRAM}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^\\$5M")
  message(FATAL_ERROR "no argument: expected exit 0 and \"$5M\", got ${rc}: ${out}${err}")
endif()

function(expect_abort argument expected)
  execute_process(COMMAND "${PROGRAM}" ${argument} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  # An abort is a signal: CMake reports it as text, never as 0.
  if(rc EQUAL 0 OR rc EQUAL 1)
    message(FATAL_ERROR "${argument}: expected an abort, got exit code ${rc}; stdout: ${out}")
  endif()
  string(FIND "${err}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${argument}: expected stderr to hold\n  ${expected}\ngot\n  ${err}")
  endif()
  message(STATUS "${argument}: aborted (${rc}) with: ${err}")
endfunction()

expect_abort(bad "curveshift::usd: amount = -5; expected a finite value >= 0")
expect_abort(parse "curveshift::parse_time_span_range: expected an upper bound >= the lower bound \"12\" after \"12-\" at column 4 in \"12-9 months\"")

# on_bad_row::skip with exceptions off: the rows are skipped, each listed
# with the parser's reason, and the program goes on.
execute_process(COMMAND "${PROGRAM}" csv_skip RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(expected_skip
    "2 records, 4 skipped"
    "line 3, column 2 (\"compute\") = \"3e24 FLOP/s\": expected \"FLOP\" (a count; FLOP/s is parse_flop_rate's) at character 6"
    "line 4, column 1 (\"date\") = \"2024-13-01\": expected a month in [1, 12] at character 6"
    "line 5, column 2 (\"compute\") = \"1e400\": a number out of the range of a double"
    "line 6, column 2 (\"compute\") = \"lots\": expected a number at character 1")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "csv_skip: expected exit 0, got ${rc}: ${out}${err}")
endif()
foreach(line IN LISTS expected_skip)
  string(FIND "${out}" "${line}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "csv_skip: expected stdout to hold\n  ${line}\ngot\n${out}")
  endif()
endforeach()
message(STATUS "csv_skip: ${out}")
expect_abort(csv_stop "curveshift::read_observations: line 3, column 2 (\"compute\") = \"3e24 FLOP/s\"")
