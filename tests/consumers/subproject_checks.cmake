# Checks after the README's add_subdirectory and FetchContent snippets.

# As a subproject curveshift builds none of its own tests, examples or benchmarks,
# so it needs none of their packages.
foreach(_own IN ITEMS curveshift_tests curveshift_static_tests tour)
  if(TARGET ${_own})
    message(FATAL_ERROR "curveshift built its own target '${_own}' as a subproject")
  endif()
endforeach()
