// curveshift/text/reading.hpp: the grammar every value's text shares: one
// value or a range of two ("3-4x", "$20-50M", "9 to 12 months", "a few
// thousand chips"), with the unit on the upper bound shared by the lower;
// and how what was read becomes the number type asked for (double, or
// interval for a range) and then a checked value, whose maker's complaint is
// a parse_error at the value's column.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "curveshift/core/quantity.hpp"
#include "curveshift/text/scanner.hpp"

namespace curveshift {
namespace detail {

/// What a parser read: bounds in the family's base unit, or one value.
struct reading {
  double lo = 0;
  double hi = 0;
  std::size_t lo_pos = 0;
  std::size_t hi_pos = 0;
  std::size_t separator_pos = 0;  // also where the lower bound's text ends
  bool is_range = false;
  int lo_unit = 0;  // the family's unit of each bound, where the family has several
  int hi_unit = 0;
};

/// The number type a parser returns built from what it read: the value for
/// double (a range is an error), the bounds for interval<double>.
template <class T>
T number_from(const scanner& sc, const reading& r, const char* range_function) {
  if constexpr (std::is_floating_point_v<T>) {
    if (r.is_range) {
      sc.fail_at(r.separator_pos, std::string("a single value (") + range_function + " reads ranges)");
    }
    return r.lo;
  } else {
    if (!(r.lo <= r.hi)) {
      // Named as the user wrote it ("12" in "12-9 months"), not in base units.
      sc.fail_at(r.hi_pos, "an upper bound >= the lower bound " +
                               parse_error::quote(sc.between(r.lo_pos, r.separator_pos)));
      return T(r.lo, r.lo);
    }
    return T(r.lo, r.hi);
  }
}

/// A value for a parser to return once its scanner has stopped (soft mode):
/// any value of the type, read by no one. Only for the value types the
/// CSV reader asks for; others are built as usual.
template <class R>
struct placeholder_of {
  static constexpr bool exists = false;
};
template <class D>
struct placeholder_of<quantity<D, double>> {
  static constexpr bool exists = true;
  static quantity<D, double> make() { return access::make<quantity<D, double>>(0.0); }
};

/// Runs a library maker on parsed numbers; a value the type rejects becomes a
/// parse_error at that value's column, so a parser raises nothing else.
template <class F>
auto build(const scanner& sc, std::size_t at, F&& make) -> decltype(make()) {
  using R = decltype(make());
  // A stopped scanner read no value: the caller reads its failure, not this.
  if constexpr (placeholder_of<R>::exists) {
    if (sc.stopped()) return placeholder_of<R>::make();
  }
#if CURVESHIFT_EXCEPTIONS
  try {
    return make();
  } catch (const parse_error&) {
    throw;
  } catch (const error& e) {
    sc.fail_at(at, std::string("a value in range (") + e.what() + ")");
    if constexpr (placeholder_of<R>::exists) {
      return placeholder_of<R>::make();
    } else {
      throw;  // soft mode, a type with no placeholder (none the CSV reader reads): the maker's error goes on
    }
  }
#else
  // Without exceptions the maker's own check reports (function, argument,
  // value) and aborts; there is nothing to catch and re-point at a column.
  (void)sc, (void)at;
  return make();
#endif
}

/// Reads one value, or two separated by "-" / "to" (or "between ... and"), with an optional unit on
/// the lower bound that defaults to the upper's. `read_unit(sc, required)`
/// returns the unit (an int the family defines; -1 when absent and allowed);
/// `value(n, unit)` converts a number in that unit to the base unit.
template <class ReadUnit, class Value>
reading read_bounds(scanner& sc, bool allow_sign, ReadUnit read_unit, Value value) {
  reading r;
  number_text lo;
  skip_approximate(sc);
  if (accept_a_few(sc)) {
    // "a few 10,000 chips" is 20,000-50,000 chips.
    if (!read_number(sc, false, lo)) sc.fail("a number after \"a few\"");
    const int unit = read_unit(sc, true, lo);
    const double x = value(lo, unit);
    return reading{a_few_lo * x, a_few_hi * x, lo.start, lo.start, lo.start, true, unit, unit};
  }
  const bool between = accept_between(sc);
  if (!read_number(sc, allow_sign, lo)) sc.fail("a number");
  const std::size_t after_lo = sc.pos();
  int lo_unit = read_unit(sc, false, lo);
  r.lo_pos = lo.start;
  const std::size_t before_separator = sc.pos();
  if (accept_separator(sc, between)) {
    r.separator_pos = before_separator;
    skip_approximate(sc);
    number_text hi;
    if (!read_number(sc, allow_sign, hi)) sc.fail("a number (the upper bound of the range)");
    const int hi_unit = read_unit(sc, true, hi);
    if (lo_unit < 0) lo_unit = hi_unit;
    r.lo = value(lo, lo_unit);
    r.hi = value(hi, hi_unit);
    r.hi_pos = hi.start;
    r.is_range = true;
    r.lo_unit = lo_unit;
    r.hi_unit = hi_unit;
    return r;
  }
  if (between) sc.fail("\"and\" (\"between 2 and 3x\")");
  if (lo_unit < 0) {
    sc.set_pos(after_lo);
    lo_unit = read_unit(sc, true, lo);  // raises "expected a unit" at the right column
  }
  r.lo = r.hi = value(lo, lo_unit);
  r.hi_pos = r.lo_pos;
  r.lo_unit = r.hi_unit = lo_unit;
  return r;
}

/// Raises at the offending bound unless both bounds pass `ok`.
template <class Pred>
void check_bounds(const scanner& sc, const reading& r, Pred ok, std::string_view expected) {
  if (!ok(r.lo)) sc.fail_at(r.lo_pos, expected);
  if (!ok(r.hi)) sc.fail_at(r.hi_pos, expected);
}

/// Runs a parser body with a scanner and checks nothing follows the value.
template <class Read>
auto parse_whole(std::string_view text, const char* function, Read read) {
  scanner sc(text, function);
  auto r = read(sc);
  sc.expect_end();
  return std::pair{sc, r};
}

}  // namespace detail
}  // namespace curveshift
