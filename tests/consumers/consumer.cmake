# Shared by the consumer projects: the consumer executable, built from consumer.cpp.
# Call after curveshift::curveshift exists.
add_executable(consumer "${CURVESHIFT_CONSUMER_SOURCE}")
target_link_libraries(consumer PRIVATE curveshift::curveshift)
if(CURVESHIFT_EXPECTED_VERSION)
  target_compile_definitions(consumer PRIVATE
                             CURVESHIFT_EXPECTED_VERSION="${CURVESHIFT_EXPECTED_VERSION}")
endif()
