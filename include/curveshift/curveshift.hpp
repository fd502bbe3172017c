// curveshift: the umbrella header. Includes every area of the library.
#pragma once

#include "curveshift/version.hpp"
