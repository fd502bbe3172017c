# curveshift_find_dev_package(<TESTS|BENCHMARKS> <package> [find_package args...])
#
# Finds a package that only the project's own targets need (Catch2, Google Benchmark).
# If the matching CURVESHIFT_BUILD_<option> was set explicitly on the first configure
# (on the command line, by a preset or by a parent project), the package is REQUIRED.
# If the option merely took its default (PROJECT_IS_TOP_LEVEL), a missing package is
# a warning and the targets that need it are skipped, so configuring and installing
# curveshift never need the dev packages. <package>_FOUND tells the caller which.
#
# With CURVESHIFT_INSTALL_DEV_PACKAGES=ON (the dev presets set it, so that
# `cmake --workflow --preset test` works on a fresh Debian or Ubuntu machine), a
# required package that is missing is installed from the distribution's packages
# with apt-get (as root, or through `sudo -n`), then found again.
option(CURVESHIFT_INSTALL_DEV_PACKAGES
       "Install missing test and benchmark packages with apt-get (Debian, Ubuntu)" OFF)

# The Debian package that provides each CMake package.
set(_CURVESHIFT_DEBIAN_PACKAGE_Catch2 catch2)
set(_CURVESHIFT_DEBIAN_PACKAGE_benchmark libbenchmark-dev)

function(_curveshift_apt_install debian_package)
  find_program(CURVESHIFT_APT_GET apt-get)
  mark_as_advanced(CURVESHIFT_APT_GET)
  if(NOT CURVESHIFT_APT_GET)
    message(WARNING "curveshift: ${debian_package} is missing and there is no apt-get to install it with")
    return()
  endif()
  set(_sudo)
  execute_process(COMMAND id -u OUTPUT_VARIABLE _uid OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT _uid STREQUAL "0")
    set(_sudo sudo -n)
  endif()
  message(STATUS "curveshift: installing ${debian_package} (CURVESHIFT_INSTALL_DEV_PACKAGES=ON): "
                 "${_sudo} apt-get install ${debian_package}")
  set(ENV{DEBIAN_FRONTEND} noninteractive)
  execute_process(COMMAND ${_sudo} "${CURVESHIFT_APT_GET}" update -q
                  RESULT_VARIABLE _rc OUTPUT_QUIET)
  execute_process(COMMAND ${_sudo} "${CURVESHIFT_APT_GET}" install -y -q --no-install-recommends ${debian_package}
                  RESULT_VARIABLE _rc OUTPUT_QUIET)
  if(NOT _rc EQUAL 0)
    message(WARNING "curveshift: apt-get install ${debian_package} failed (${_rc}); install it yourself")
  endif()
endfunction()

macro(curveshift_find_dev_package _cfdp_option _cfdp_package)
  if(_CURVESHIFT_BUILD_${_cfdp_option}_EXPLICIT)
    if(CURVESHIFT_INSTALL_DEV_PACKAGES AND DEFINED _CURVESHIFT_DEBIAN_PACKAGE_${_cfdp_package})
      find_package(${_cfdp_package} ${ARGN} QUIET)
      if(NOT ${_cfdp_package}_FOUND)
        _curveshift_apt_install(${_CURVESHIFT_DEBIAN_PACKAGE_${_cfdp_package}})
      endif()
    endif()
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
