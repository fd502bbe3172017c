# Install rules for curveshift::curveshift: headers, an exported target file with the
# curveshift:: namespace, a config file, a version file and a pkg-config file.
#
# Everything installed is relocatable: the config file finds the prefix from its own
# location and the pkg-config file from ${pcfiledir}, so no path of the build machine
# ends up in the installed tree (tests/CMakeLists.txt checks this).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# A header-only library is architecture independent, so its CMake and pkg-config
# files go under share/ rather than lib/.
set(CURVESHIFT_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/curveshift"
    CACHE STRING "Where to install curveshift's CMake package files, relative to the prefix")
set(CURVESHIFT_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_DATADIR}/pkgconfig"
    CACHE STRING "Where to install curveshift.pc, relative to the prefix")
mark_as_advanced(CURVESHIFT_INSTALL_CMAKEDIR CURVESHIFT_INSTALL_PKGCONFIGDIR)

install(
  TARGETS curveshift
  EXPORT curveshift-targets
  FILE_SET HEADERS DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")

install(
  EXPORT curveshift-targets
  NAMESPACE curveshift::
  FILE curveshift-targets.cmake
  DESTINATION "${CURVESHIFT_INSTALL_CMAKEDIR}")

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/curveshift-config.cmake.in"
  "${PROJECT_BINARY_DIR}/curveshift-config.cmake"
  INSTALL_DESTINATION "${CURVESHIFT_INSTALL_CMAKEDIR}"
  NO_SET_AND_CHECK_MACRO)

# 0.1.x promises compatibility within a minor version while the API settles.
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/curveshift-config-version.cmake"
  VERSION "${PROJECT_VERSION}"
  COMPATIBILITY SameMinorVersion
  ARCH_INDEPENDENT)

# The licence travels with the headers (MIT asks that the notice go with copies).
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}")

install(FILES "${PROJECT_BINARY_DIR}/curveshift-config.cmake"
              "${PROJECT_BINARY_DIR}/curveshift-config-version.cmake"
        DESTINATION "${CURVESHIFT_INSTALL_CMAKEDIR}")

# pkg-config: the prefix is found relative to the .pc file itself.
if(IS_ABSOLUTE "${CURVESHIFT_INSTALL_PKGCONFIGDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  message(FATAL_ERROR
    "curveshift: CURVESHIFT_INSTALL_PKGCONFIGDIR and CMAKE_INSTALL_INCLUDEDIR must be "
    "relative to the install prefix so that the installed tree stays relocatable.")
endif()
file(RELATIVE_PATH CURVESHIFT_PC_PREFIX_FROM_PCFILEDIR
     "/prefix/${CURVESHIFT_INSTALL_PKGCONFIGDIR}" "/prefix")
string(REGEX REPLACE "/+$" "" CURVESHIFT_PC_PREFIX_FROM_PCFILEDIR
       "${CURVESHIFT_PC_PREFIX_FROM_PCFILEDIR}")
if(CURVESHIFT_PC_PREFIX_FROM_PCFILEDIR STREQUAL "")
  set(CURVESHIFT_PC_PREFIX "\${pcfiledir}")
else()
  set(CURVESHIFT_PC_PREFIX "\${pcfiledir}/${CURVESHIFT_PC_PREFIX_FROM_PCFILEDIR}")
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/curveshift.pc.in"
               "${PROJECT_BINARY_DIR}/curveshift.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/curveshift.pc"
        DESTINATION "${CURVESHIFT_INSTALL_PKGCONFIGDIR}")
