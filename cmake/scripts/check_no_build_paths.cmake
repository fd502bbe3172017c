# cmake -DPREFIX=<installed tree> -DSOURCE_DIR=<dir> -DBUILD_DIR=<dir> -P check_no_build_paths.cmake
#
# Fails if any file in the installed tree mentions SOURCE_DIR, BUILD_DIR or PREFIX
# itself: an installed package must not carry paths of the machine that built it,
# or it breaks when moved. Nor may it point users at files they do not have: the
# project's own notes ("../shared/", "facts.md", "arithmetic.md"); a figure
# cites its paper or data set.
cmake_minimum_required(VERSION 3.23)
file(GLOB_RECURSE files LIST_DIRECTORIES false "${PREFIX}/*")
if(NOT files)
  message(FATAL_ERROR "nothing installed in '${PREFIX}'")
endif()

set(forbidden "${SOURCE_DIR}" "${BUILD_DIR}" "${PREFIX}")
foreach(dir IN LISTS forbidden)
  # Also the resolved form, in case the build saw the directory through a symlink.
  file(REAL_PATH "${dir}" real)
  list(APPEND forbidden "${real}")
endforeach()
list(REMOVE_DUPLICATES forbidden)

set(failures 0)
foreach(file IN LISTS files)
  file(READ "${file}" content)
  foreach(dir IN LISTS forbidden)
    string(FIND "${content}" "${dir}" at)
    if(NOT at EQUAL -1)
      file(RELATIVE_PATH rel "${PREFIX}" "${file}")
      message(SEND_ERROR "${rel} contains the path '${dir}'")
      math(EXPR failures "${failures} + 1")
    endif()
  endforeach()
endforeach()

foreach(file IN LISTS files)
  file(READ "${file}" content)
  foreach(note IN ITEMS "../shared/" "facts.md" "arithmetic.md")
    string(FIND "${content}" "${note}" at)
    if(NOT at EQUAL -1)
      file(RELATIVE_PATH rel "${PREFIX}" "${file}")
      message(SEND_ERROR "${rel} cites '${note}', a file of the project's that users do not have")
      math(EXPR failures "${failures} + 1")
    endif()
  endforeach()
endforeach()

list(LENGTH files count)
if(failures)
  message(FATAL_ERROR "${failures} build-machine path(s) or private citations in the installed tree")
endif()
message(STATUS "${count} installed files, none mentions ${forbidden}")
