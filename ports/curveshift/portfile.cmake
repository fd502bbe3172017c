# Overlay port for curveshift, kept in curveshift's own repository:
#
#   vcpkg install curveshift --overlay-ports=<repository>/ports
#
# It builds from the source tree it sits in (two directories up), so it needs no
# download. vcpkg caches a build by the port's files, not the sources, so after
# changing the sources both steps are needed:
#
#   vcpkg remove curveshift
#   vcpkg install curveshift --overlay-ports=<repository>/ports --no-binarycaching
#
# Removing alone reinstalls the cached build; --editable or --no-binarycaching
# alone leaves the installed package in place.

# Header-only: nothing differs between debug and release.
set(VCPKG_BUILD_TYPE release)

get_filename_component(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
if(NOT EXISTS "${SOURCE_PATH}/include/curveshift/curveshift.hpp")
  message(FATAL_ERROR
    "The curveshift port builds from the repository it belongs to, but "
    "'${SOURCE_PATH}' is not a curveshift source tree. Use the port from "
    "<curveshift>/ports with --overlay-ports.")
endif()

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DCURVESHIFT_BUILD_TESTS=OFF
        -DCURVESHIFT_BUILD_EXAMPLES=OFF
        -DCURVESHIFT_BUILD_BENCHMARKS=OFF
        -DCURVESHIFT_INSTALL=ON
        "-DCURVESHIFT_INSTALL_CMAKEDIR=share/${PORT}"
)

vcpkg_cmake_install()
vcpkg_cmake_config_fixup(CONFIG_PATH "share/${PORT}")
vcpkg_fixup_pkgconfig()

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
