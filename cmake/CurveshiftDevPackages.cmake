# curveshift_find_dev_package(<TESTS|BENCHMARKS> <package> [find_package args...])
#
# Finds a package that only the project's own targets need (Catch2, Google Benchmark).
# If the matching CURVESHIFT_BUILD_<option> was set explicitly on the first configure
# (on the command line, by a preset or by a parent project), the package is REQUIRED.
# If the option merely took its default (PROJECT_IS_TOP_LEVEL), a missing package is
# a warning and the targets that need it are skipped, so configuring and installing
# curveshift never need the dev packages. <package>_FOUND tells the caller which.
macro(curveshift_find_dev_package _cfdp_option _cfdp_package)
  if(_CURVESHIFT_BUILD_${_cfdp_option}_EXPLICIT)
    find_package(${_cfdp_package} ${ARGN} REQUIRED)
  else()
    find_package(${_cfdp_package} ${ARGN} QUIET)
    if(NOT ${_cfdp_package}_FOUND)
      message(WARNING
        "curveshift: ${_cfdp_package} was not found, so the targets that need it are "
        "skipped. Install it, or set CURVESHIFT_BUILD_${_cfdp_option}=OFF to silence "
        "this; set CURVESHIFT_BUILD_${_cfdp_option}=ON to make it required.")
    endif()
  endif()
endmacro()
