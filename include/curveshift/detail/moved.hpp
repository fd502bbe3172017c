// curveshift/detail/moved.hpp: what every 0.1 include path that moved in 0.2
// includes before the new path. Silent by default, since users build with
// -Werror; define CURVESHIFT_DEPRECATED_PATHS_WARN to have each old path say
// so as a note (#pragma message, which -Werror does not turn into an error).
#pragma once

#if defined(CURVESHIFT_DEPRECATED_PATHS_WARN)
#pragma message("curveshift: this include path moved in 0.2 (see CHANGELOG.md); the old path goes in 0.3")
#endif
