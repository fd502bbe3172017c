// curveshift/detail/rows.hpp: what the fits and the selections read from a
// row of data: its date (`when`) and a value, row.value by default or what a
// projection reads (&model::compute, &record::value).
#pragma once

#include <functional>
#include <iterator>
#include <type_traits>

#include "curveshift/date.hpp"

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

template <class R, class Projection>
using projected_t = std::remove_cvref_t<std::invoke_result_t<const Projection&, const row_t<R>&>>;

/// A range of rows that each carry a date.
template <class R>
concept dated_range = requires(const R& r) {
  std::begin(r);
  std::end(r);
} && requires(const row_t<R>& row) {
  { row.when } -> std::convertible_to<date>;
};

}  // namespace curveshift::detail
