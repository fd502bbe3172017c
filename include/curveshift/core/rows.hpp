// curveshift/detail/rows.hpp: what the fits and the selections read from a
// row of data: its date (`when`) and a value, row.value by default or what a
// projection reads (&model::compute, &record::value).
#pragma once

#include <iterator>
#include <type_traits>

#include "curveshift/core/date.hpp"

namespace curveshift::detail {

/// The value of a row when no projection is given: row.value.
struct value_of_row {
  template <class Row>
  constexpr const auto& operator()(const Row& r) const {
    return r.value;
  }
};

template <class R>
using row_t = std::iter_value_t<decltype(std::begin(std::declval<const R&>()))>;

/// The value a projection reads from a row: a data member (&record::value),
/// a member function (&model::compute) or a callable. std::invoke in
/// substance, without <functional>, which costs a tenth of a second to compile.
template <class Projection, class Row>
constexpr decltype(auto) project(const Projection& p, const Row& row) {
  if constexpr (std::is_member_function_pointer_v<Projection>) {
    return (row.*p)();
  } else if constexpr (std::is_member_object_pointer_v<Projection>) {
    return (row.*p);
  } else {
    return p(row);
  }
}

template <class R, class Projection>
using projected_t = std::remove_cvref_t<decltype(project(std::declval<const Projection&>(), std::declval<const row_t<R>&>()))>;

/// A range of rows that each carry a date.
template <class R>
concept dated_range = requires(const R& r) {
  std::begin(r);
  std::end(r);
} && requires(const row_t<R>& row) {
  { row.when } -> std::convertible_to<date>;
};

}  // namespace curveshift::detail
