# The start of every consumer project: the program `app`, built from
# consumer.cpp, which the README's snippet that follows links to curveshift.
add_executable(app "${CURVESHIFT_CONSUMER_SOURCE}")
if(CURVESHIFT_EXPECTED_VERSION)
  target_compile_definitions(app PRIVATE CURVESHIFT_EXPECTED_VERSION="${CURVESHIFT_EXPECTED_VERSION}")
endif()
