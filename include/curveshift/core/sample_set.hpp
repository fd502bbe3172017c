// curveshift/core/sample_set.hpp: a Monte Carlo sample set that flows through every
// layer in place of a double. The essay's numbers are ranges ("~4x",
// "9-12 months", "2-3x"); with samples<double> the same model code gives a
// distribution, summarised as "median 6.7x (90% CI 5.1-8.8x)".
//
// Arithmetic is element by element: draw i of a result comes from draw i of
// each operand, so one variable used twice stays correlated with itself
// (x - x is exactly 0, where interval<T> gives [lo - hi, hi - lo]).
//
// The values are immutable and shared: copying a sample set costs a
// reference count, not a million doubles, which matters because the core
// types store their number by value. An operation whose operand is the sole
// owner of its values (a temporary) writes its result over them in place.
#pragma once

// Neither <memory> nor <algorithm>: they cost more compile time than the
// little this header needs of them (a reference count, a selection), which
// it has in a few lines of its own (bench/compile_time).
#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <new>
#include <span>
#include <string>
#include <type_traits>
#include <vector>
#include "curveshift/detail/decimal.hpp"
#include "curveshift/detail/fast_exp.hpp"
#include "curveshift/detail/sample_storage.hpp"
#include "curveshift/detail/selection.hpp"
#include "curveshift/core/interval.hpp"
#include "curveshift/core/number.hpp"

namespace curveshift {

/// Frees the sample buffers this thread keeps for reuse (at most four).
inline void release_cached_samples() { detail::thread_buffers().clear(); }

/// A Monte Carlo sample set: n draws of one uncertain value. A set made from
/// a single number is a constant: the same value in every draw, so it
/// combines with a set of any size.
template <std::floating_point T = double>
class samples {
 public:
  using value_type = T;

  /// The constant `value` in every draw; implicit, so double promotes to samples<double>.
  samples(T value)  // NOLINT(google-explicit-constructor)
      : block_(nullptr), size_(1), constant_(true) {
    detail::require_finite(value, "samples", "value");  // before allocating: a throw here frees nothing
    block_ = detail::sample_block::make(1, sizeof(T), "samples");
    *data() = value;
  }

  /// A sample set holding these draws (at least one, all finite).
  explicit samples(const std::vector<T>& values) : samples(values.size(), "samples") {
    T* out = data();
    for (std::size_t i = 0; i < size_; ++i) out[i] = values[i];
    detail::require_finite(*this, "samples", "values");
  }

  /// For the library's makers: n uninitialised draws to fill through data().
  static samples uninitialized(std::size_t n, const char* function) { return samples(n, function); }

  /// The number of draws (1 for a constant).
  std::size_t size() const { return size_; }
  /// True for a set made from one number, which stands for every draw.
  bool is_constant() const { return constant_; }
  const T* begin() const { return values_of(block_); }
  const T* end() const { return values_of(block_) + size_; }
  std::span<const T> values() const { return {begin(), size_}; }
  const T& operator[](std::size_t i) const { return begin()[i]; }

  // Copies share the values (a reference count); a move hands them over.
  samples(const samples& other) : block_(other.block_), size_(other.size_), constant_(other.constant_) {
    if (block_) block_->add_ref();
  }
  samples(samples&& other) noexcept : block_(other.block_), size_(other.size_), constant_(other.constant_) {
    other.block_ = nullptr;
  }
  samples& operator=(const samples& other) {
    // Counted up before this set lets go of its own: safe when other is *this.
    detail::sample_block* const block = other.block_;
    const std::size_t size = other.size_;
    const bool constant = other.constant_;
    if (block) block->add_ref();
    release();
    block_ = block;
    size_ = size;
    constant_ = constant;
    return *this;
  }
  samples& operator=(samples&& other) noexcept {
    if (this != &other) {
      release();
      block_ = other.block_;
      size_ = other.size_;
      constant_ = other.constant_;
      other.block_ = nullptr;
    }
    return *this;
  }
  ~samples() { release(); }

  // ---- summaries ----------------------------------------------------------

  /// The mean of the draws.
  T mean() const {
    // Four running sums: independent adds pipeline, and rounding error grows
    // more slowly than with one.
    T s[4] = {0, 0, 0, 0};
    const T* p = begin();
    std::size_t i = 0;
    for (; i + 4 <= size_; i += 4) {
      s[0] += p[i];
      s[1] += p[i + 1];
      s[2] += p[i + 2];
      s[3] += p[i + 3];
    }
    for (; i < size_; ++i) s[0] += p[i];
    const T m = ((s[0] + s[1]) + (s[2] + s[3])) / static_cast<T>(size_);
    if (detail::finite(m)) [[likely]] return m;
    // Finite draws whose sum overflows (1e308 + 1e308): the same mean, of the
    // draws relative to the largest magnitude, whose sum cannot overflow.
    const T scale = largest_magnitude();
    T r = 0;
    for (const T v : values()) r += v / scale;
    return r / static_cast<T>(size_) * scale;
  }

  /// The sample standard deviation (divisor n - 1); 0 for a single draw.
  T stddev() const {
    if (size_ < 2) return T(0);
    const T m = mean();
    T s = 0;
    for (const T v : values()) s += (v - m) * (v - m);
    const T sd = sqrt(s / static_cast<T>(size_ - 1));
    if (detail::finite(sd)) [[likely]] return sd;
    // Squares past the largest double: the deviations relative to the largest
    // magnitude. A spread that is itself past it raises, never returns inf.
    const T scale = largest_magnitude();
    const T ms = m / scale;
    T r = 0;
    for (const T v : values()) r += (v / scale - ms) * (v / scale - ms);
    return detail::checked_result(T(sqrt(r / static_cast<T>(size_ - 1)) * scale), "samples::stddev");
  }

  /// The p-th percentile, p in [0, 100], interpolating linearly between the
  /// two nearest order statistics (the rule of R's type 7 and NumPy's default).
  T percentile(double p) const { return percentiles({p})[0]; }

  /// Several percentiles at once, from one copy of the draws: cheaper than
  /// asking for each in turn.
  std::vector<T> percentiles(std::initializer_list<double> ps) const {
    return percentiles(std::span<const double>(ps.begin(), ps.size()));
  }
  std::vector<T> percentiles(std::span<const double> ps) const;

  /// The 50th percentile.
  T median() const { return percentile(50); }

  /// The 90% interval: 5th to 95th percentile, the estimation habit's "90% CI".
  interval<T> ci90() const {
    const auto q = percentiles({5.0, 95.0});
    return interval<T>(q[0], q[1]);
  }

  // ---- for the library's element-wise operations ----------------------------

  /// The values for writing, when this set is their only owner (else nullptr).
  T* unique_data() { return block_ && block_->unique() ? data() : nullptr; }
  /// Writable storage: for a newly made set, its own; for a set that shares
  /// its values with copies, a copy of them made first, so a write through
  /// one set never reaches another (samples are values: design.md's third
  /// promise).
  T* data() {
    if (block_ && !block_->unique()) {
      detail::sample_block* own = detail::sample_block::make(size_, sizeof(T), "samples::data");
      const T* from = values_of(block_);
      T* to = static_cast<T*>(own->values());
      for (std::size_t i = 0; i < size_; ++i) to[i] = from[i];
      release();
      block_ = own;
    }
    return values_of(block_);
  }

 private:
  T largest_magnitude() const {
    T a = 0;
    for (const T v : values()) a = v < 0 ? (-v > a ? -v : a) : (v > a ? v : a);
    return a;
  }

  samples(std::size_t n, const char* function) : block_(nullptr), size_(n), constant_(false) {
    if (n == 0) detail::fail(function, "size", 0, "at least one draw (a sample set of size zero)");
    block_ = detail::sample_block::make(n, sizeof(T), function);
  }

  static T* values_of(detail::sample_block* b) { return b ? static_cast<T*>(b->values()) : nullptr; }
  void release() noexcept {
    if (block_ && block_->drop_ref()) detail::thread_buffers().release(block_, block_->bytes);
    block_ = nullptr;
  }

  detail::sample_block* block_;
  std::size_t size_;
  bool constant_;
};

template <class T>
samples(std::vector<T>) -> samples<T>;

template <std::floating_point T>
struct number_traits<samples<T>> {
  using scalar = T;
  /// Every draw is checked: a million-draw set is a million values to vet.
  template <class Pred>
  static const T* find_if_not(const samples<T>& x, Pred pred) {
    // Blocks checked without early exit keep the common all-pass case a
    // tight, branch-free loop; only a failing block is searched.
    // A whole block has a fixed trip count, which lets g++ -O2 vectorise the
    // test (its cheap cost model leaves loops of unknown length scalar); the
    // count of passing values, not a chain of &&, keeps it branch-free.
    constexpr std::size_t block = 1024;
    const T* p = x.begin();
    const std::size_t n = x.size();
    const auto search = [&](std::size_t start, std::size_t stop) -> const T* {
      for (std::size_t i = start; i < stop; ++i) {
        if (!pred(p[i])) return p + i;
      }
      return nullptr;
    };
    std::size_t start = 0;
    for (; start + block <= n; start += block) {
      const T* q = p + start;
      std::uint32_t passed = 0;
      for (std::size_t i = 0; i < block; ++i) passed += pred(q[i]) ? 1u : 0u;
      if (passed != block) [[unlikely]] return search(start, start + block);
    }
    return search(start, n);
  }
};


template <std::floating_point T>
std::vector<T> samples<T>::percentiles(std::span<const double> ps) const {
  for (const double p : ps) {
    detail::require(p, [](double v) { return v >= 0 && v <= 100; }, "samples::percentile", "p",
                    "a percentile in [0, 100]");
  }
  // Type 7: h = (n - 1) p / 100 lies between order statistics floor(h) and
  // floor(h) + 1; interpolate linearly between them.
  std::vector<std::size_t> ranks;
  std::vector<std::size_t> lower(ps.size());
  std::vector<double> frac(ps.size());
  for (std::size_t i = 0; i < ps.size(); ++i) {
    const double h = static_cast<double>(size_ - 1) * ps[i] / 100.0;
    std::size_t k = static_cast<std::size_t>(h);
    if (k > size_ - 1) k = size_ - 1;
    lower[i] = k;
    frac[i] = h - static_cast<double>(k);
    ranks.push_back(k);
    if (k + 1 < size_) ranks.push_back(k + 1);
  }
  detail::insertion_sort(ranks.data(), ranks.data() + ranks.size());  // a few ranks
  std::size_t distinct = 0;
  for (std::size_t i = 0; i < ranks.size(); ++i) {
    if (distinct == 0 || ranks[i] != ranks[distinct - 1]) ranks[distinct++] = ranks[i];
  }
  ranks.resize(distinct);
  std::vector<T> at(ranks.size());
  detail::select_ranks(begin(), size_, ranks, at.data());
  const auto value_at = [&](std::size_t k) {
    std::size_t i = 0;
    while (ranks[i] < k) ++i;
    return at[i];
  };
  std::vector<T> out;
  out.reserve(ps.size());
  for (std::size_t i = 0; i < ps.size(); ++i) {
    const T lo = value_at(lower[i]);
    const T hi = lower[i] + 1 < size_ ? value_at(lower[i] + 1) : lo;
    out.push_back(lo + static_cast<T>(frac[i]) * (hi - lo));
  }
  return out;
}

// ---- text ------------------------------------------------------------------------

/// "median 6.73x (90% CI 5.05-8.83x)"; a constant writes as its value.
template <std::floating_point T, class Parts>
std::string format_number(const samples<T>& x, Parts parts) {
  if (x.size() == 1) return parts(static_cast<double>(x[0])).whole();
  const auto q = x.percentiles({50.0, 5.0, 95.0});
  return "median " + parts(static_cast<double>(q[0])).whole() + " (90% CI " +
         format_number(interval<T>(q[1], q[2]), parts) + ")";
}

/// A bare sample set: "median 7 (90% CI 5.7-8)", to 3 significant figures or
/// the digits asked for; one value writes as that value. Multipliers and
/// quantities over samples write their units ("median 6.73x (90% CI 5.05-8.83x)").
template <std::floating_point T>
std::string to_string(const samples<T>& x, digits p = {}) {
  detail::check_digits(p, "to_string(samples)");
  return format_number(x, [p](double v) { return detail::bare_parts(v, p); });
}

}  // namespace curveshift
