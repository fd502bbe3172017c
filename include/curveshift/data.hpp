// curveshift/data.hpp: the opt-in umbrella of the data layer: reading CSV
// files into dated records (RFC 4180, units in cells, bad rows listed), the
// frontier models with their sources, and the selections (from_date,
// by_developer, frontier, above_trend).
#pragma once

#include "curveshift/data/csv.hpp"
#include "curveshift/data/models.hpp"
#include "curveshift/data/select.hpp"
