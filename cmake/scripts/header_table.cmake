# The reference's header table, made from each public header's first comment
# ("// curveshift/core/quantity.hpp: money, compute, ..."), its first sentence:
#
#   cmake -DROOT=<include dir> -DPAGE=docs/reference.md [-DWRITE=ON] -P header_table.cmake
#
# Checks that PAGE holds the table between its markers as the headers make it
# (a test, so the reference cannot drift from the tree), or with WRITE=ON
# writes it there. The 0.1 forwarders and detail/ are left out.
cmake_minimum_required(VERSION 3.25)
foreach(var ROOT PAGE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "header_table: pass -D${var}=...")
  endif()
endforeach()
get_filename_component(ROOT "${ROOT}" ABSOLUTE)
file(GLOB_RECURSE headers RELATIVE "${ROOT}" "${ROOT}/curveshift/*.hpp")
list(SORT headers)
set(table "| Header | Holds |\n|---|---|\n")
foreach(h IN LISTS headers)
  if(h MATCHES "^curveshift/detail/")
    continue()
  endif()
  file(READ "${ROOT}/${h}" text)
  if(text MATCHES "#include \"curveshift/detail/moved.hpp\"")
    continue()
  endif()
  # The first paragraph of the first comment block (up to a bare "//"), its lines joined.
  string(REGEX MATCH "^(//[^\n]+\n)+" block "${text}")
  string(REGEX REPLACE "//[ ]?" "" block "${block}")
  string(REPLACE "\n" " " block "${block}")
  string(REGEX REPLACE "  +" " " block "${block}")
  string(STRIP "${block}" block)
  # "curveshift/x.hpp: what it holds. More..." -> "what it holds".
  string(REGEX REPLACE "^curveshift[^:]*: " "" block "${block}")
  string(REPLACE "et al." "et al@" block "${block}")  # not a sentence's end
  string(REGEX MATCH "^([^.]|\\.[^ ])*" sentence "${block}")
  string(REGEX REPLACE ":$" "" sentence "${sentence}")
  string(REPLACE "et al@" "et al." sentence "${sentence}")
  string(REPLACE "|" "\\|" sentence "${sentence}")
  string(REPLACE "<" "\\<" sentence "${sentence}")  # <format> is text, not a tag (Doxygen, markdown)
  if(sentence STREQUAL "")
    message(FATAL_ERROR "header_table: ${h} has no first comment saying what it holds")
  endif()
  string(APPEND table "| `${h}` | ${sentence} |\n")
endforeach()

set(begin "<!-- header-table:begin (made by cmake/scripts/header_table.cmake from each header's first comment) -->\n")
set(end "<!-- header-table:end -->")
file(READ "${PAGE}" page)
string(FIND "${page}" "${begin}" at_begin)
string(FIND "${page}" "${end}" at_end)
if(at_begin EQUAL -1 OR at_end EQUAL -1)
  message(FATAL_ERROR "header_table: ${PAGE} has no header-table markers")
endif()
string(LENGTH "${begin}" begin_length)
math(EXPR from "${at_begin} + ${begin_length}")
math(EXPR length "${at_end} - ${from}")
string(SUBSTRING "${page}" ${from} ${length} current)
if(WRITE)
  string(SUBSTRING "${page}" 0 ${from} head)
  string(SUBSTRING "${page}" ${at_end} -1 tail)
  file(WRITE "${PAGE}" "${head}${table}${tail}")
  message(STATUS "header_table: wrote the table of ${PAGE}")
elseif(NOT current STREQUAL table)
  message(FATAL_ERROR "header_table: ${PAGE}'s header table differs from the headers' first comments; "
                      "run cmake -DROOT=include -DPAGE=${PAGE} -DWRITE=ON -P cmake/scripts/header_table.cmake\n"
                      "expected:\n${table}")
else()
  message(STATUS "header_table: ${PAGE} agrees with the headers")
endif()
