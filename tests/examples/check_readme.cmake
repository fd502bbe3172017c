# Keeps the README's example compiled: the C++ block between the markers
#   <!-- readme-example:begin --> and <!-- readme-example:end -->
# in README.md must be exactly examples/readme_example.cpp (which the build
# compiles), and the program must print what the block's comments say: each
# line of the form `...; // <text>` whose statement writes to std::cout
# promises <text> as one line of output, in order.
#
#   cmake -DREADME=<README.md> -DSOURCE=<readme_example.cpp> -DPROGRAM=<exe> -P check_readme.cmake
file(READ "${README}" readme)
string(FIND "${readme}" "<!-- readme-example:begin -->" begin)
string(FIND "${readme}" "<!-- readme-example:end -->" end)
if(begin EQUAL -1 OR end EQUAL -1 OR end LESS begin)
  message(FATAL_ERROR "${README}: no <!-- readme-example:begin --> ... <!-- readme-example:end --> block")
endif()
math(EXPR length "${end} - ${begin}")
string(SUBSTRING "${readme}" ${begin} ${length} block)
# The code is what lies between the ```cpp fence and the closing ```.
string(FIND "${block}" "```cpp\n" open)
if(open EQUAL -1)
  message(FATAL_ERROR "${README}: the readme-example block holds no ```cpp fence")
endif()
math(EXPR open "${open} + 7")
string(SUBSTRING "${block}" ${open} -1 block)
string(FIND "${block}" "```" close)
if(close EQUAL -1)
  message(FATAL_ERROR "${README}: the readme-example block's ```cpp fence is not closed")
endif()
string(SUBSTRING "${block}" 0 ${close} snippet)

file(READ "${SOURCE}" source)
if(NOT snippet STREQUAL source)
  message(FATAL_ERROR "The README's example differs from ${SOURCE}; make them the same.\n"
                      "README:\n${snippet}\n${SOURCE}:\n${source}")
endif()

# What the comments promise, in order.
set(promised "")
# Semicolons would split CMake lists: set them aside first.
string(REPLACE ";" "<semicolon>" code "${source}")
string(REGEX MATCHALL "std::cout[^\n]*// [^\n]*" cout_lines "${code}")
foreach(line IN LISTS cout_lines)
  string(REGEX REPLACE ".*// " "" text "${line}")
  string(REPLACE "<semicolon>" "," text "${text}")
  list(APPEND promised "${text}")
endforeach()
if(NOT promised)
  message(FATAL_ERROR "${SOURCE}: no `std::cout ... // <output>` line to check")
endif()

execute_process(COMMAND "${PROGRAM}" OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${status}:\n${errors}")
endif()
string(REGEX REPLACE "\n$" "" output "${output}")
string(REPLACE ";" "," output "${output}")
string(REPLACE "\n" ";" printed "${output}")
if(NOT printed STREQUAL promised)
  message(FATAL_ERROR "The README's example prints\n  ${printed}\nbut its comments say\n  ${promised}")
endif()
message(STATUS "README example matches ${SOURCE} and prints: ${printed}")
