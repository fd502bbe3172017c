# Shows that the layer check cannot be fooled: copies the include tree,
# adds one include line to one header, and requires the check to fail
# naming it (run with cmake -P):
#
#   cmake -DROOT=<include dir> -DWORK=<scratch dir> -DHEADER=core/number.hpp
#         -DINCLUDE=text/format.hpp -DEXPECT="<text the failure must contain>"
#         -P check_layers_injected.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var ROOT WORK HEADER INCLUDE EXPECT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_layers_injected: pass -D${var}=...")
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK}")
file(COPY "${ROOT}/curveshift" DESTINATION "${WORK}")
file(APPEND "${WORK}/curveshift/${HEADER}" "\n#include \"curveshift/${INCLUDE}\"\n")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DROOT=${WORK}" -P "${CMAKE_CURRENT_LIST_DIR}/check_layers.cmake"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(result EQUAL 0)
  message(FATAL_ERROR "the layer check passed with ${HEADER} including ${INCLUDE}:\n${out}${err}")
endif()
string(FIND "${err}" "${EXPECT}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the layer check failed, but without \"${EXPECT}\":\n${err}")
endif()
message(STATUS "injected ${HEADER} -> ${INCLUDE}: the check failed as it should")
