# Checks after the README's find_package snippet: curveshift installed to a
# prefix and found with find_package.

# It must be the freshly installed copy, not one from the build tree or the system.
if(CURVESHIFT_EXPECTED_PREFIX)
  file(REAL_PATH "${curveshift_DIR}" _found)
  file(REAL_PATH "${CURVESHIFT_EXPECTED_PREFIX}" _prefix)
  string(FIND "${_found}/" "${_prefix}/" _at)
  if(NOT _at EQUAL 0)
    message(FATAL_ERROR "curveshift found in '${_found}', expected under '${_prefix}'")
  endif()
endif()

# The version file promises SameMinorVersion: ask it about other versions the way
# find_package would.
function(expect_compatible requested expected)
  string(REPLACE "." ";" _parts "${requested}")
  list(GET _parts 0 PACKAGE_FIND_VERSION_MAJOR)
  list(GET _parts 1 PACKAGE_FIND_VERSION_MINOR)
  set(PACKAGE_FIND_VERSION "${requested}")
  set(PACKAGE_FIND_VERSION_COUNT 2)
  include("${curveshift_DIR}/curveshift-config-version.cmake")
  if(NOT PACKAGE_VERSION_COMPATIBLE STREQUAL expected)
    message(FATAL_ERROR "curveshift ${PACKAGE_VERSION}: asking for ${requested} should give "
                        "compatible=${expected}, got '${PACKAGE_VERSION_COMPATIBLE}'")
  endif()
endfunction()
expect_compatible(0.1 TRUE)
expect_compatible(0.2 FALSE)
expect_compatible(1.0 FALSE)

# The licence is installed with the headers.
if(CURVESHIFT_EXPECTED_PREFIX AND NOT EXISTS "${CURVESHIFT_EXPECTED_PREFIX}/share/doc/curveshift/LICENSE")
  message(FATAL_ERROR "the install has no share/doc/curveshift/LICENSE")
endif()
