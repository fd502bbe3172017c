// curveshift/quantity.hpp: money, compute, FLOP/s, chips and time spans,
// with dimensions the compiler checks.
//
// A quantity is made by calling a unit on a number, usd(5e6) or months(9),
// and read back with .in(unit). There is no public constructor from a bare
// number, so a double never silently becomes dollars.
#pragma once

#include <compare>
#include <concepts>
#include <limits>

#include "curveshift/core/number.hpp"

namespace curveshift {

/// A dimension as exponents of the base units: US dollars, FLOP, seconds,
/// chips, model parameters, tokens and joules. The last three default to 0, so
/// the money-and-compute dimensions read as they always have.
template <int Usd, int Flop, int Second, int Chip, int Parameter = 0, int Token = 0, int Joule = 0>
struct dimension {
  static constexpr int usd = Usd;
  static constexpr int flop = Flop;
  static constexpr int second = Second;
  static constexpr int chip = Chip;
  static constexpr int parameter = Parameter;
  static constexpr int token = Token;
  static constexpr int joule = Joule;
  // Only time may run backwards; dollars, FLOP, chips, parameters, tokens and
  // energy are never negative.
  static constexpr bool is_signed =
      Usd == 0 && Flop == 0 && Second != 0 && Chip == 0 && Parameter == 0 && Token == 0 && Joule == 0;
};

using money_dim = dimension<1, 0, 0, 0>;
using compute_dim = dimension<0, 1, 0, 0>;
using time_dim = dimension<0, 0, 1, 0>;
using chip_dim = dimension<0, 0, 0, 1>;
using flop_rate_dim = dimension<0, 1, -1, 0>;
/// Model parameters (weights): "70B parameters".
using parameter_dim = dimension<0, 0, 0, 0, 1, 0, 0>;
/// Tokens (of training data, or served): "1.4T tokens".
using token_dim = dimension<0, 0, 0, 0, 0, 1, 0>;
/// Energy, in joules; a kilowatt-hour is 3.6e6 J.
using energy_dim = dimension<0, 0, 0, 0, 0, 0, 1>;
/// Power, joules per second (watts).
using power_dim = dimension<0, 0, -1, 0, 0, 0, 1>;
// The derived kinds the library names: each spelled once, here.
using price_per_chip_dim = dimension<1, 0, 0, -1>;
using flop_rate_per_chip_dim = dimension<0, 1, -1, -1>;
using price_per_chip_second_dim = dimension<1, 0, -1, -1>;
using chip_time_dim = dimension<0, 0, 1, 1>;
using price_per_token_dim = dimension<1, 0, 0, 0, 0, -1, 0>;
using tokens_per_parameter_dim = dimension<0, 0, 0, 0, -1, 1, 0>;
using token_rate_dim = dimension<0, 0, -1, 0, 0, 1, 0>;
using price_per_energy_dim = dimension<1, 0, 0, 0, 0, 0, -1>;
using power_per_chip_dim = dimension<0, 0, -1, -1, 0, 0, 1>;

namespace detail {
template <class A, class B>
using dim_product = dimension<A::usd + B::usd, A::flop + B::flop, A::second + B::second, A::chip + B::chip,
                              A::parameter + B::parameter, A::token + B::token, A::joule + B::joule>;
template <class A, class B>
using dim_quotient = dimension<A::usd - B::usd, A::flop - B::flop, A::second - B::second, A::chip - B::chip,
                               A::parameter - B::parameter, A::token - B::token, A::joule - B::joule>;
template <class D>
inline constexpr bool is_dimensionless = D::usd == 0 && D::flop == 0 && D::second == 0 && D::chip == 0 &&
                                         D::parameter == 0 && D::token == 0 && D::joule == 0;

template <class D, number T>
constexpr void check_quantity(const T& v, const char* function, const char* argument) {
  if constexpr (D::is_signed) {
    require_finite(v, function, argument);
  } else {
    require_nonnegative(v, function, argument);
  }
}
}  // namespace detail

template <class D, number T>
class quantity;

/// A named unit: callable to make a quantity, and the argument of .in().
template <class D>
struct unit {
  long double factor;  // base units per one of this unit
  const char* name;

  template <class X>
    requires number<maker_t<X>>
  constexpr quantity<D, maker_t<X>> operator()(const X& amount) const {
    using T = maker_t<X>;
    const T v = static_cast<T>(amount);
    // One pass on the result: a bad amount (negative, NaN, infinite) makes a
    // bad result, since the factor is positive and finite; only on failure is
    // the amount itself examined, to name the right culprit.
    const T r = T(v * static_cast<scalar_t<T>>(factor));
    if (!detail::holds(r, [](auto x) {
          if constexpr (D::is_signed) return detail::finite(x);
          else return detail::finite_nonnegative(x);
        })) [[unlikely]] {
      detail::check_quantity<D>(v, name, "amount");
      detail::checked_result(r, name);
    }
    return detail::access::make<quantity<D, T>>(r);
  }
};

/// A value with a dimension, over a number type T (double by default).
template <class D, number T = double>
class quantity {
 public:
  using dimension_type = D;
  using value_type = T;

  /// The value in base units (dollars, FLOP, seconds, chips). A read: if an
  /// operation before it overflowed, this raises.
  constexpr const T& base_value() const { return detail::checked_read(raw_, "quantity::base_value"); }

  /// The value in the given unit: usd(5e6).in(million_usd) == 5. A read, as base_value().
  constexpr T in(const unit<D>& u) const {
    const T v = T(raw_ / static_cast<scalar_t<T>>(u.factor));
    detail::checked_read(v, "quantity::in");
    return v;
  }

  /// Converts the number type (double -> interval<double>, float -> double).
  template <number U>
    requires(!std::same_as<U, T> && std::constructible_from<T, const U&>)
  constexpr explicit(!std::convertible_to<const U&, T>) quantity(const quantity<D, U>& other)
      : raw_(T(detail::raw(other))) {}

 private:
  // A value in base units as it is, for the library's interior arithmetic
  // through detail::access::make (as Au's makers are friends of its private
  // constructor): no user code makes an unchecked quantity.
  constexpr quantity(detail::raw_tag, const T& base) : raw_(base) {}
  friend struct detail::access;
  T raw_;
};

namespace detail {
/// A quantity from a computed value whose sign is not known (money - money):
/// a negative cost is a domain error, raised here, not at the read.
template <class D, number T>
constexpr quantity<D, T> make_quantity(const T& v, const char* function) {
  check_quantity<D>(v, function, "result");
  return detail::access::make<quantity<D, T>>(v);
}

/// A quantity from interior arithmetic on checked values whose result has
/// the dimension's sign by construction: unchecked; the read checks it.
template <class D, number T>
constexpr quantity<D, T> make_unchecked(const T& v) {
  return detail::access::make<quantity<D, T>>(v);
}

// A product or quotient of two quantities. Dimensions that cancel leave a
// plain number, which leaves the library: a read, so checked. A signed
// operand (a time span) can make a dimension that is never negative
// (seconds x FLOP/s = FLOP) negative: a domain check. Otherwise the sign
// holds by construction and only the read checks.
template <class D, class D1, class D2, number T>
constexpr auto make_product(const T& v, const char* function) {
  if constexpr (is_dimensionless<D>) {
    return checked_result(v, function);
  } else if constexpr (!D::is_signed && (D1::is_signed || D2::is_signed)) {
    return make_quantity<D>(v, function);
  } else {
    return make_unchecked<D>(v);
  }
}

// A plain factor enters from outside, so it is checked as an input: finite,
// and >= 0 for a dimension that is never negative.
template <class D, number K>
constexpr void check_factor(const K& k, const char* function) {
  if constexpr (D::is_signed) {
    require_finite(k, function, "k");
  } else {
    require_nonnegative(k, function, "k");
  }
}
}  // namespace detail

/// The dimensions by name, for compile errors: adding money to compute
/// names dimensions::money and dimensions::compute, not dimension<1, 0, 0, 0>.
namespace dimensions {
struct money;
struct compute;
struct flop_rate;
struct time_span;
struct chip_count;
struct price_per_chip;
struct flop_rate_per_chip;
struct price_per_chip_second;
struct chip_time;
struct parameter_count;
struct token_count;
struct energy;
struct power;
struct price_per_token;
struct price_per_energy;
/// Any other dimension, as exponents of dollars, FLOP, seconds, chips,
/// parameters, tokens and joules.
template <int Usd, int Flop, int Second, int Chip, int Parameter, int Token, int Joule>
struct usd_flop_second_chip_parameter_token_joule;
}  // namespace dimensions

namespace detail {
template <class D>
struct dimension_name {
  using type = dimensions::usd_flop_second_chip_parameter_token_joule<D::usd, D::flop, D::second, D::chip,
                                                                      D::parameter, D::token, D::joule>;
};
template <> struct dimension_name<money_dim> { using type = dimensions::money; };
template <> struct dimension_name<compute_dim> { using type = dimensions::compute; };
template <> struct dimension_name<flop_rate_dim> { using type = dimensions::flop_rate; };
template <> struct dimension_name<time_dim> { using type = dimensions::time_span; };
template <> struct dimension_name<chip_dim> { using type = dimensions::chip_count; };
template <> struct dimension_name<price_per_chip_dim> { using type = dimensions::price_per_chip; };
template <> struct dimension_name<flop_rate_per_chip_dim> { using type = dimensions::flop_rate_per_chip; };
template <> struct dimension_name<price_per_chip_second_dim> { using type = dimensions::price_per_chip_second; };
template <> struct dimension_name<chip_time_dim> { using type = dimensions::chip_time; };
template <> struct dimension_name<parameter_dim> { using type = dimensions::parameter_count; };
template <> struct dimension_name<token_dim> { using type = dimensions::token_count; };
template <> struct dimension_name<energy_dim> { using type = dimensions::energy; };
template <> struct dimension_name<power_dim> { using type = dimensions::power; };
template <> struct dimension_name<price_per_token_dim> { using type = dimensions::price_per_token; };
template <> struct dimension_name<price_per_energy_dim> { using type = dimensions::price_per_energy; };

template <class D>
using dimension_name_t = typename dimension_name<D>::type;
}  // namespace detail

// A sum, difference or comparison of two different dimensions is deleted, so
// generic code can ask whether `a + b` works (it does not), and the one error
// names both dimensions in its last two template arguments, "[with ...;
// Left = curveshift::dimensions::money; Right = curveshift::dimensions::compute]",
// instead of listing every candidate with dimension<1, 0, 0, 0>.
template <class D1, class D2, number A, number B, class Left = detail::dimension_name_t<D1>,
          class Right = detail::dimension_name_t<D2>>
  requires(!std::same_as<D1, D2>)
void operator+(const quantity<D1, A>&, const quantity<D2, B>&) = delete;
template <class D1, class D2, number A, number B, class Left = detail::dimension_name_t<D1>,
          class Right = detail::dimension_name_t<D2>>
  requires(!std::same_as<D1, D2>)
void operator-(const quantity<D1, A>&, const quantity<D2, B>&) = delete;
template <class D1, class D2, number A, number B, class Left = detail::dimension_name_t<D1>,
          class Right = detail::dimension_name_t<D2>>
  requires(!std::same_as<D1, D2>)
bool operator==(const quantity<D1, A>&, const quantity<D2, B>&) = delete;
template <class D1, class D2, number A, number B, class Left = detail::dimension_name_t<D1>,
          class Right = detail::dimension_name_t<D2>>
  requires(!std::same_as<D1, D2>)
void operator<=>(const quantity<D1, A>&, const quantity<D2, B>&) = delete;

template <class D, number A, number B>
constexpr auto operator+(const quantity<D, A>& a, const quantity<D, B>& b) {
  using R = promoted_t<A, B>;
  return detail::make_unchecked<D>(R(detail::widen<R>(detail::raw(a)) + detail::widen<R>(detail::raw(b))));
}

template <class D, number A, number B>
constexpr auto operator-(const quantity<D, A>& a, const quantity<D, B>& b) {
  using R = promoted_t<A, B>;
  if constexpr (D::is_signed) {
    return detail::make_unchecked<D>(R(detail::widen<R>(detail::raw(a)) - detail::widen<R>(detail::raw(b))));
  } else {
    return detail::make_quantity<D>(R(detail::widen<R>(detail::raw(a)) - detail::widen<R>(detail::raw(b))), "operator-");
  }
}

template <class D, number T>
  requires D::is_signed
constexpr quantity<D, T> operator-(const quantity<D, T>& a) {
  return detail::access::make<quantity<D, T>>(T(-detail::raw(a)));
}

template <class D1, class D2, number A, number B>
constexpr auto operator*(const quantity<D1, A>& a, const quantity<D2, B>& b) {
  using R = promoted_t<A, B>;
  return detail::make_product<detail::dim_product<D1, D2>, D1, D2>(
      R(detail::widen<R>(detail::raw(a)) * detail::widen<R>(detail::raw(b))), "operator*");
}

template <class D1, class D2, number A, number B>
constexpr auto operator/(const quantity<D1, A>& a, const quantity<D2, B>& b) {
  using R = promoted_t<A, B>;
  detail::require(detail::raw(b), [](auto v) { return !detail::equal(v, 0); }, "operator/", "divisor", "a nonzero value");
  return detail::make_product<detail::dim_quotient<D1, D2>, D1, D2>(
      R(detail::widen<R>(detail::raw(a)) / detail::widen<R>(detail::raw(b))), "operator/");
}

/// Scaling by a plain number: 3 * usd(1e6) is $3M.
template <class D, number A, class X>
  requires number<maker_t<X>>
constexpr auto operator*(const quantity<D, A>& a, const X& k) {
  using K = maker_t<X>;
  using R = promoted_t<A, K>;
  detail::check_factor<D>(static_cast<K>(k), "operator*");
  return detail::make_unchecked<D>(R(detail::widen<R>(detail::raw(a)) * detail::widen<R>(static_cast<K>(k))));
}

template <class D, number A, class X>
  requires number<maker_t<X>>
constexpr auto operator*(const X& k, const quantity<D, A>& a) {
  return a * k;
}

template <class D, number A, class X>
  requires number<maker_t<X>>
constexpr auto operator/(const quantity<D, A>& a, const X& k) {
  using K = maker_t<X>;
  using R = promoted_t<A, K>;
  detail::check_factor<D>(static_cast<K>(k), "operator/");
  detail::require(static_cast<K>(k), [](auto v) { return !detail::equal(v, 0); }, "operator/", "divisor", "a nonzero value");
  return detail::make_unchecked<D>(R(detail::widen<R>(detail::raw(a)) / detail::widen<R>(static_cast<K>(k))));
}

template <class D, number A, number B>
  requires std::equality_comparable_with<A, B>
constexpr bool operator==(const quantity<D, A>& a, const quantity<D, B>& b) {
  return detail::equal(a.base_value(), b.base_value());
}

template <class D, std::floating_point A, std::floating_point B>
constexpr auto operator<=>(const quantity<D, A>& a, const quantity<D, B>& b) {
  return a.base_value() <=> b.base_value();
}

// ---- the library's quantities --------------------------------------------

/// US dollars.
template <number T = double>
using money = quantity<money_dim, T>;
/// Floating-point operations (training compute).
template <number T = double>
using compute = quantity<compute_dim, T>;
/// FLOP per second.
template <number T = double>
using flop_rate = quantity<flop_rate_dim, T>;
/// A span of time; negative spans run backwards.
template <number T = double>
using time_span = quantity<time_dim, T>;
/// A count of chips (a double, so fleets can be averaged and scaled).
template <number T = double>
using chip_count = quantity<chip_dim, T>;
/// Dollars per chip.
template <number T = double>
using price_per_chip = quantity<price_per_chip_dim, T>;
/// FLOP per second of one chip.
template <number T = double>
using flop_rate_per_chip = quantity<flop_rate_per_chip_dim, T>;
/// Dollars per chip-hour (a rental price).
template <number T = double>
using price_per_chip_second = quantity<price_per_chip_second_dim, T>;
/// Chips times time: the unit of "2.788M H800 GPU-hours". A GPU-hour is a chip-hour.
template <number T = double>
using chip_time = quantity<chip_time_dim, T>;

// Units. A year is the Gregorian average (365.2425 days) and a month a
// twelfth of it, as in std::chrono, so "4x per year" is exactly "2x per 6 months".
inline constexpr unit<money_dim> usd{1.0L, "usd"};
inline constexpr unit<money_dim> thousand_usd{1e3L, "thousand_usd"};
inline constexpr unit<money_dim> million_usd{1e6L, "million_usd"};
inline constexpr unit<money_dim> billion_usd{1e9L, "billion_usd"};
inline constexpr unit<money_dim> trillion_usd{1e12L, "trillion_usd"};

inline constexpr unit<compute_dim> flop{1.0L, "flop"};
/// Kaplan et al. 2020 state compute in PF-days: 1e15 FLOP/s for a day.
inline constexpr unit<compute_dim> petaflop_days{8.64e19L, "petaflop_days"};

inline constexpr unit<flop_rate_dim> flop_per_second{1.0L, "flop_per_second"};
inline constexpr unit<flop_rate_dim> teraflop_per_second{1e12L, "teraflop_per_second"};
inline constexpr unit<flop_rate_dim> petaflop_per_second{1e15L, "petaflop_per_second"};

inline constexpr unit<time_dim> seconds{1.0L, "seconds"};
inline constexpr unit<time_dim> hours{3600.0L, "hours"};
inline constexpr unit<time_dim> days{86400.0L, "days"};
inline constexpr unit<time_dim> years{31556952.0L, "years"};
inline constexpr unit<time_dim> months{2629746.0L, "months"};

inline constexpr unit<chip_dim> chips{1.0L, "chips"};

inline constexpr unit<price_per_chip_dim> usd_per_chip{1.0L, "usd_per_chip"};
inline constexpr unit<flop_rate_per_chip_dim> flop_per_second_per_chip{1.0L, "flop_per_second_per_chip"};
inline constexpr unit<flop_rate_per_chip_dim> teraflop_per_second_per_chip{1e12L, "teraflop_per_second_per_chip"};
inline constexpr unit<price_per_chip_second_dim> usd_per_chip_hour{1.0L / 3600.0L, "usd_per_chip_hour"};
/// One chip for one hour; chip_seconds is the base unit.
inline constexpr unit<chip_time_dim> chip_hours{3600.0L, "chip_hours"};
inline constexpr unit<chip_time_dim> chip_seconds{1.0L, "chip_seconds"};

/// Opt-in literals: `using namespace curveshift::literals;` then 5_Musd, 40_pct, 9_months.
namespace literals {
constexpr money<> operator""_usd(long double v) { return usd(static_cast<double>(v)); }
constexpr money<> operator""_usd(unsigned long long v) { return usd(static_cast<double>(v)); }
constexpr money<> operator""_kusd(long double v) { return thousand_usd(static_cast<double>(v)); }
constexpr money<> operator""_kusd(unsigned long long v) { return thousand_usd(static_cast<double>(v)); }
constexpr money<> operator""_Musd(long double v) { return million_usd(static_cast<double>(v)); }
constexpr money<> operator""_Musd(unsigned long long v) { return million_usd(static_cast<double>(v)); }
constexpr money<> operator""_Busd(long double v) { return billion_usd(static_cast<double>(v)); }
constexpr money<> operator""_Busd(unsigned long long v) { return billion_usd(static_cast<double>(v)); }
constexpr compute<> operator""_flop(long double v) { return flop(static_cast<double>(v)); }
constexpr compute<> operator""_flop(unsigned long long v) { return flop(static_cast<double>(v)); }
constexpr time_span<> operator""_months(long double v) { return months(static_cast<double>(v)); }
constexpr time_span<> operator""_months(unsigned long long v) { return months(static_cast<double>(v)); }
constexpr time_span<> operator""_years(long double v) { return years(static_cast<double>(v)); }
constexpr time_span<> operator""_years(unsigned long long v) { return years(static_cast<double>(v)); }
constexpr chip_count<> operator""_chips(unsigned long long v) { return chips(static_cast<double>(v)); }
}  // namespace literals

}  // namespace curveshift
