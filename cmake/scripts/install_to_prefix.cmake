# cmake -DPREFIX=<dir> -DBUILD_DIR=<build tree> [-DCONFIG=<config>] -P install_to_prefix.cmake
#
# A fresh `cmake --install` of BUILD_DIR into PREFIX (emptied first), for the
# package tests to build consumers against.
cmake_minimum_required(VERSION 3.23)
file(REMOVE_RECURSE "${PREFIX}")
set(_config)
if(CONFIG)
  set(_config --config "${CONFIG}")
endif()
execute_process(
  COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" ${_config}
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
