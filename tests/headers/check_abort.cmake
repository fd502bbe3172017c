# Runs PROGRAM (built with -fno-exceptions) three ways:
#   no argument: exits 0 and prints "$5M"
#   "bad":       aborts, having printed usd's message to stderr
#   "parse":     aborts, having printed the parser's message to stderr
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
