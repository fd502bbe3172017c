// curveshift/samples.hpp: a Monte Carlo sample set that flows through every
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
#if !defined(__GNUC__) && !defined(__clang__)
#include <atomic>
#endif

#include "curveshift/detail/fast_exp.hpp"
#include "curveshift/detail/decimal.hpp"
#include "curveshift/core/interval.hpp"
#include "curveshift/core/number.hpp"

namespace curveshift {

namespace detail {

/// Large sample buffers freed on a thread are kept for that thread's next
/// sets of the same size. A model allocates a new million-value buffer per
/// operation; without reuse each one is fresh pages from the kernel (page
/// faults cost more than the arithmetic), and glibc hands big blocks straight
/// back. Kept blocks never raise peak memory: one is kept only when freed and
/// handed out before any new one is made; a request of another size frees
/// them all.
class buffer_cache {
 public:
  static constexpr std::size_t min_bytes = std::size_t(1) << 16;
  static constexpr std::size_t slots = 4;

  /// The block, or nullptr when the allocator has no room (never throws:
  /// the caller turns that into a curveshift::error naming the draw count).
  void* acquire(std::size_t bytes) noexcept {
    if (bytes >= min_bytes) {
      for (std::size_t i = 0; i < used_; ++i) {
        if (bytes_[i] == bytes) {
          void* p = ptr_[i];
          --used_;
          ptr_[i] = ptr_[used_];
          bytes_[i] = bytes_[used_];
          return p;
        }
      }
      clear();
    }
    return ::operator new(bytes, std::nothrow);
  }

  void release(void* p, std::size_t bytes) noexcept {
    if (bytes >= min_bytes && used_ < slots) {
      ptr_[used_] = p;
      bytes_[used_] = bytes;
      ++used_;
      return;
    }
    ::operator delete(p);
  }

  void clear() noexcept {
    for (std::size_t i = 0; i < used_; ++i) ::operator delete(ptr_[i]);
    used_ = 0;
  }

  buffer_cache() = default;
  buffer_cache(const buffer_cache&) = delete;
  buffer_cache& operator=(const buffer_cache&) = delete;
  ~buffer_cache() { clear(); }

 private:
  void* ptr_[slots] = {};
  std::size_t bytes_[slots] = {};
  std::size_t used_ = 0;
};

// The cache's destructor frees the thread's buffers when the thread exits;
// that exit-time destructor is the point, so clang's warning is silenced here.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wexit-time-destructors"
#endif
inline buffer_cache& thread_buffers() {
  thread_local buffer_cache cache;
  return cache;
}
#if defined(__clang__)
#pragma clang diagnostic pop
#endif

/// The shared storage of a sample set: a reference count, then the values
/// (from 64 bytes in, a cache line, so they are aligned for vector loads).
struct sample_block {
  static constexpr std::size_t header = 64;
  std::size_t refs;
  std::size_t bytes;  // of the whole block

  /// The most draws of `value_bytes` each a block can hold: past it, the
  /// block's size in bytes would not fit in a size_t.
  static constexpr std::size_t max_values(std::size_t value_bytes) {
    return (std::numeric_limits<std::size_t>::max() - header) / value_bytes;
  }

  /// A block for n values of value_bytes each. Both failures raise a
  /// curveshift::error naming `function` and the count: a size whose bytes
  /// overflow (which would allocate a few bytes and write past them), and an
  /// allocation the system refuses (never std::bad_alloc, which would not say
  /// which call or how many draws).
  static sample_block* make(std::size_t n, std::size_t value_bytes, const char* function) {
    if (n > max_values(value_bytes)) {
      fail(function, "size", n, "at most " + std::to_string(max_values(value_bytes)) + " draws");
    }
    const std::size_t bytes = header + n * value_bytes;
    auto* b = static_cast<sample_block*>(thread_buffers().acquire(bytes));
    if (b == nullptr) {
      fail(function, "size", n,
           "a number of draws that fits in memory (" + std::to_string(n * value_bytes) + " bytes were refused)");
    }
    b->refs = 1;
    b->bytes = bytes;
    return b;
  }
  void* values() { return reinterpret_cast<char*>(this) + header; }

#if defined(__GNUC__) || defined(__clang__)
  void add_ref() { __atomic_fetch_add(&refs, 1, __ATOMIC_RELAXED); }
  bool drop_ref() { return __atomic_sub_fetch(&refs, 1, __ATOMIC_ACQ_REL) == 0; }
  bool unique() const { return __atomic_load_n(&refs, __ATOMIC_ACQUIRE) == 1; }
#else
  void add_ref() { std::atomic_ref<std::size_t>(refs).fetch_add(1, std::memory_order_relaxed); }
  bool drop_ref() { return std::atomic_ref<std::size_t>(refs).fetch_sub(1, std::memory_order_acq_rel) == 1; }
  bool unique() const {
    return std::atomic_ref<std::size_t>(const_cast<std::size_t&>(refs)).load(std::memory_order_acquire) == 1;
  }
#endif
};

}  // namespace detail

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

namespace detail {

/// The size of the result of combining a and b: equal sizes, or one constant.
template <std::floating_point T>
std::size_t combined_size(const samples<T>& a, const samples<T>& b, const char* function) {
  if (a.size() == b.size()) return a.size();
  if (a.is_constant()) return b.size();
  if (b.is_constant()) return a.size();
  fail(function, "the two sample sets differ in size: " + std::to_string(a.size()) + " and " +
                     std::to_string(b.size()) + " draws (expected equal sizes)");
}

[[noreturn, gnu::cold, gnu::noinline]] inline void fail_result(const char* function, std::size_t index,
                                                               long double value) {
  fail(function, "result", value,
       "a finite value (draw " + std::to_string(index) + " overflowed or divided by zero)");
}

/// Finds the draw that broke a result and reports it.
template <std::floating_point T>
[[noreturn]] void report_bad(const T* out, std::size_t n, const char* function) {
  for (std::size_t i = 0; i < n; ++i) {
    if (!finite(out[i])) fail_result(function, i, static_cast<long double>(out[i]));
  }
  fail(function, "a result was not finite");
}

#ifdef CURVESHIFT_X86_SIMD
/// For arithmetic whose operation also takes GNU vectors (+, -, *, /): two
/// doubles per step, the same IEEE operations as one at a time, so the same
/// bits, and branch-free, which g++ -O2 does not make of the scalar loop.
template <class F>
constexpr bool lanes_apply = std::is_invocable_r_v<exp_v2, F, exp_v2, exp_v2>;

template <bool Step_a, bool Step_b, class F>
[[gnu::always_inline]] inline bool zip_lanes_loop(const double* pa, const double* pb, double* out, std::size_t n,
                                                  F f) {
  // r * 0 is 0 for a finite r and NaN for an infinite or NaN one, and a NaN
  // stays in a sum: one multiply and one add per step check every result.
  const exp_v2 ka = {pa[0], pa[0]};
  const exp_v2 kb = {pb[0], pb[0]};
  exp_v2 bad = {};
  std::size_t i = 0;
  for (; i + 2 <= n; i += 2) {
    exp_v2 a = ka;
    exp_v2 b = kb;
    if constexpr (Step_a) __builtin_memcpy(&a, pa + i, sizeof a);
    if constexpr (Step_b) __builtin_memcpy(&b, pb + i, sizeof b);
    const exp_v2 r = f(a, b);
    __builtin_memcpy(out + i, &r, sizeof r);
    bad += r * 0.0;
  }
  bool all = detail::equal(bad[0], 0.0) && detail::equal(bad[1], 0.0);
  for (; i < n; ++i) {
    const double r = f(pa[Step_a ? i : 0], pb[Step_b ? i : 0]);
    out[i] = r;
    all &= finite(r);
  }
  return all;
}

/// out[i] = f(a_i, b_i) for i < n, where a steps through pa when step_a is
/// set and is pa[0] throughout otherwise (likewise b); false if a result is
/// not finite.
template <class F>
[[gnu::always_inline]] inline bool zip_lanes(const double* pa, bool step_a, const double* pb, bool step_b,
                                             double* out, std::size_t n, F f) {
  if (step_a && step_b) return zip_lanes_loop<true, true>(pa, pb, out, n, f);
  if (step_a) return zip_lanes_loop<true, false>(pa, pb, out, n, f);
  if (step_b) return zip_lanes_loop<false, true>(pa, pb, out, n, f);
  return zip_lanes_loop<false, false>(pa, pb, out, n, f);
}
#endif

/// Element-wise f(a_i) into a new set, or in place when `a` is a temporary.
/// The result is checked finite in the same pass.
template <std::floating_point T, class F>
samples<T> map(samples<T> a, F f, const char* function) {
  const std::size_t n = a.size();
  const T* in = a.begin();
  T* out = a.unique_data();
  samples<T> result = out ? std::move(a) : (a.is_constant() ? samples<T>(T(0)) : samples<T>::uninitialized(n, function));
  if (!out) out = result.data();
  bool ok = true;
#ifdef CURVESHIFT_X86_SIMD
  if constexpr (std::same_as<T, double> && std::is_invocable_r_v<exp_v2, F, exp_v2>) {
    ok = zip_lanes_loop<true, false>(in, in, out, n, [f](auto x, auto) { return f(x); });
  } else
#endif
  {
    for (std::size_t i = 0; i < n; ++i) {
      const T r = f(in[i]);
      out[i] = r;
      ok &= finite(r);
    }
  }
  if (!ok) [[unlikely]] report_bad(out, n, function);
  return result;
}

/// Element-wise f(a_i, b_i); a constant operand stands for every draw.
template <std::floating_point T, class F>
samples<T> zip(samples<T> a, samples<T> b, F f, const char* function) {
  const std::size_t n = combined_size(a, b, function);
  const T* pa = a.begin();
  const T* pb = b.begin();
  // Reuse a temporary operand's storage when it has the result's size.
  samples<T> result = [&] {
    // A lone draw is not a constant: combined with a constant it stays a draw.
    if (n == 1 && a.is_constant() != b.is_constant()) return samples<T>::uninitialized(1, function);
    if (a.size() == n && a.unique_data()) return std::move(a);
    if (b.size() == n && b.unique_data()) return std::move(b);
    if (a.is_constant() && b.is_constant()) return samples<T>(T(0));
    return samples<T>::uninitialized(n, function);
  }();
  T* out = result.data();
  bool ok = true;
#ifdef CURVESHIFT_X86_SIMD
  if constexpr (std::same_as<T, double> && lanes_apply<F>) {
    ok = zip_lanes(pa, a.size() == n, pb, b.size() == n, out, n, f);
    if (!ok) [[unlikely]] report_bad(out, n, function);
    return result;
  }
#endif
  if (a.size() == b.size()) {
    for (std::size_t i = 0; i < n; ++i) {
      const T r = f(pa[i], pb[i]);
      out[i] = r;
      ok &= finite(r);
    }
  } else if (a.is_constant()) {
    const T k = pa[0];
    for (std::size_t i = 0; i < n; ++i) {
      const T r = f(k, pb[i]);
      out[i] = r;
      ok &= finite(r);
    }
  } else {
    const T k = pb[0];
    for (std::size_t i = 0; i < n; ++i) {
      const T r = f(pa[i], k);
      out[i] = r;
      ok &= finite(r);
    }
  }
  if (!ok) [[unlikely]] report_bad(out, n, function);
  return result;
}

}  // namespace detail

// ---- arithmetic: element by element ------------------------------------------
// Operands are taken by value: a copy is a reference count, and a temporary
// operand hands its storage to the result.

template <std::floating_point T>
samples<T> operator-(samples<T> a) {
  return detail::map(std::move(a), [](auto v) { return -v; }, "operator-(samples)");
}

#define CURVESHIFT_SAMPLES_OP(op, name)                                                                   \
  template <std::floating_point T>                                                                       \
  samples<T> operator op(samples<T> a, samples<T> b) {                                                   \
    return detail::zip(std::move(a), std::move(b), [](auto x, auto y) { return x op y; },                      \
                       "operator" #op "(samples, samples)");                                             \
  }                                                                                                      \
  template <std::floating_point T, class S>                                                              \
    requires std::is_arithmetic_v<S>                                                                     \
  samples<T> operator op(samples<T> a, S s) {                                                            \
    const T k = static_cast<T>(s);                                                                       \
    detail::require_finite(k, "operator" #op "(samples, scalar)", "scalar");                             \
    return detail::map(std::move(a), [k](auto x) { return x op k; }, "operator" #op "(samples, scalar)");   \
  }                                                                                                      \
  template <std::floating_point T, class S>                                                              \
    requires std::is_arithmetic_v<S>                                                                     \
  samples<T> operator op(S s, samples<T> a) {                                                            \
    const T k = static_cast<T>(s);                                                                       \
    detail::require_finite(k, "operator" #op "(scalar, samples)", "scalar");                             \
    return detail::map(std::move(a), [k](auto x) { return k op x; }, "operator" #op "(scalar, samples)");   \
  }
CURVESHIFT_SAMPLES_OP(+, plus)
CURVESHIFT_SAMPLES_OP(-, minus)
CURVESHIFT_SAMPLES_OP(*, times)
CURVESHIFT_SAMPLES_OP(/, divides)
#undef CURVESHIFT_SAMPLES_OP

// ---- functions, draw by draw -------------------------------------------------

/// e^x of every draw (for double, by detail::exp_affine_array: within 2 ulp,
/// the same bits on every standard library and run; see detail/fast_exp.hpp).
template <std::floating_point T>
samples<T> exp(samples<T> x) {
  if constexpr (std::same_as<T, double>) {
    const std::size_t n = x.size();
    const double* in = x.begin();
    double* out = x.unique_data();
    samples<double> result = out ? std::move(x) : (x.is_constant() ? samples<double>(0.0)
                                                                    : samples<double>::uninitialized(n, "exp(samples)"));
    if (!out) out = result.data();
    // Underflow to 0 is a finite result; only overflow is an error here.
    if (!detail::exp_affine_array(in, out, n, 0.0, 1.0) && !detail::holds(result, [](double v) { return detail::finite(v); })) {
      detail::report_bad(out, n, "exp(samples)");
    }
    return result;
  } else {
    return detail::map(std::move(x), [](T v) { return exp(v); }, "exp(samples)");
  }
}
/// ln x of every draw; every draw must be > 0.
template <std::floating_point T>
samples<T> log(samples<T> x) {
  detail::require_positive(x, "log(samples)", "x");
  return detail::map(std::move(x), [](T v) { return log(v); }, "log(samples)");
}
/// log10 x of every draw; every draw must be > 0.
template <std::floating_point T>
samples<T> log10(samples<T> x) {
  detail::require_positive(x, "log10(samples)", "x");
  return detail::map(std::move(x), [](T v) { return log10(v); }, "log10(samples)");
}
/// sqrt x of every draw; every draw must be >= 0.
template <std::floating_point T>
samples<T> sqrt(samples<T> x) {
  detail::require_nonnegative(x, "sqrt(samples)", "x");
  return detail::map(std::move(x), [](T v) { return sqrt(v); }, "sqrt(samples)");
}
/// |x| of every draw.
template <std::floating_point T>
samples<T> abs(samples<T> x) {
  return detail::map(std::move(x), [](T v) { return v < 0 ? -v : v; }, "abs(samples)");
}
/// x^y draw by draw, for x > 0 (as for interval<T> and the core's pow).
template <std::floating_point T>
samples<T> pow(samples<T> x, samples<T> y) {
  detail::require_positive(x, "pow(samples, samples)", "x");
  return detail::zip(std::move(x), std::move(y), [](T a, T b) { return pow(a, b); }, "pow(samples, samples)");
}
template <std::floating_point T, class S>
  requires std::is_arithmetic_v<S>
samples<T> pow(samples<T> x, S y) {
  return pow(std::move(x), samples<T>(static_cast<T>(y)));
}
template <std::floating_point T, class S>
  requires std::is_arithmetic_v<S>
samples<T> pow(S x, samples<T> y) {
  return pow(samples<T>(static_cast<T>(x)), std::move(y));
}
/// The smaller of two draws, draw by draw.
template <std::floating_point T>
samples<T> min(samples<T> a, samples<T> b) {
  return detail::zip(std::move(a), std::move(b), [](T x, T y) { return y < x ? y : x; }, "min(samples, samples)");
}
/// The larger of two draws, draw by draw.
template <std::floating_point T>
samples<T> max(samples<T> a, samples<T> b) {
  return detail::zip(std::move(a), std::move(b), [](T x, T y) { return x < y ? y : x; }, "max(samples, samples)");
}

/// The share of draws for which a < b: the probability that a is the smaller.
template <std::floating_point T>
double probability_less(const samples<T>& a, const samples<T>& b) {
  const std::size_t n = detail::combined_size(a, b, "probability_less");
  std::size_t count = 0;
  for (std::size_t i = 0; i < n; ++i) {
    count += (a.is_constant() ? a[0] : a[i]) < (b.is_constant() ? b[0] : b[i]) ? 1 : 0;
  }
  return static_cast<double>(count) / static_cast<double>(n);
}

// ---- percentiles ---------------------------------------------------------------

namespace detail {

/// Sorts [first, last) by insertion: for the short runs below.
template <class T>
void insertion_sort(T* first, T* last) {
  for (T* i = first + (first != last ? 1 : 0); i < last; ++i) {
    const T v = *i;
    T* j = i;
    for (; j > first && v < *(j - 1); --j) *j = *(j - 1);
    *j = v;
  }
}

/// Sorts [first, last) by heapsort: select_nth's guaranteed n log n fallback.
template <class T>
void heap_sort(T* first, T* last) {
  const std::size_t n = static_cast<std::size_t>(last - first);
  const auto sift = [first](std::size_t root, std::size_t size) {
    for (;;) {
      std::size_t child = 2 * root + 1;
      if (child >= size) return;
      if (child + 1 < size && first[child] < first[child + 1]) ++child;
      if (!(first[root] < first[child])) return;
      const T t = first[root];
      first[root] = first[child];
      first[child] = t;
      root = child;
    }
  };
  for (std::size_t i = n / 2; i-- > 0;) sift(i, n);
  for (std::size_t end = n; end > 1; --end) {
    const T t = first[0];
    first[0] = first[end - 1];
    first[end - 1] = t;
    sift(0, end - 1);
  }
}

/// std::nth_element's contract on [first, last): *nth becomes the value a
/// sort would put there, with none before it greater and none after it
/// smaller. Quickselect, the pivot the median of the first, middle and last
/// values (moved to the front, so Hoare's partition always splits); after 2
/// log2 n rounds (an adversarial order) the rest is heap-sorted, so the
/// worst case stays n log n.
template <class T>
void select_nth(T* first, T* nth, T* last) {
  const auto swap = [](T& a, T& b) {
    const T t = a;
    a = b;
    b = t;
  };
  int budget = 2 * static_cast<int>(std::bit_width(static_cast<std::size_t>(last - first)));
  while (last - first > 16) {
    if (budget-- == 0) {
      heap_sort(first, last);
      return;
    }
    T* mid = first + (last - first) / 2;
    if (*mid < *first) swap(*mid, *first);
    if (*(last - 1) < *mid) swap(*(last - 1), *mid);
    if (*mid < *first) swap(*mid, *first);
    swap(*first, *mid);
    const T pivot = *first;
    std::ptrdiff_t i = -1;
    std::ptrdiff_t j = last - first;
    for (;;) {
      do ++i; while (first[i] < pivot);
      do --j; while (pivot < first[j]);
      if (i >= j) break;
      swap(first[i], first[j]);
    }
    // Now [first, first + j] <= pivot <= [first + j + 1, last), both non-empty.
    T* split = first + j + 1;
    if (nth < split) last = split;
    else first = split;
  }
  insertion_sort(first, last);
}

/// An unsigned key whose order is the value's order: the IEEE bit pattern
/// with a negative value's bits all flipped and a positive one's sign bit
/// set, branch-free; adding +0 first turns -0 into +0.
template <std::floating_point T>
auto order_key(T v) {
  using U = std::conditional_t<sizeof(T) == 8, std::uint64_t, std::uint32_t>;
  using S = std::make_signed_t<U>;
  constexpr U sign = U(1) << (sizeof(U) * 8 - 1);
  constexpr int top = static_cast<int>(sizeof(U) * 8 - 1);
  const U u = std::bit_cast<U>(T(v + T(0)));
  return U(u ^ (U(S(u) >> top) | sign));
}

template <std::floating_point T>
void select_ranks(const T* p, std::size_t n, const std::vector<std::size_t>& ranks, T* out);

/// select_ranks' work, given the bucket of each value (`bucket(v)`, ordered
/// as the values are, < buckets): count, find the buckets that hold the
/// ranks, gather only those and finish in each (by nth_element, or by
/// select_ranks again when a bucket is large).
template <std::floating_point T, class Bucketize>
void select_in_buckets(const T* p, std::size_t n, const std::vector<std::size_t>& ranks, T* out,
                       Bucketize bucketize, std::size_t buckets) {
  // bucketize(q, k, idx) writes the buckets of q[0..k) to idx, k <= chunk:
  // a chunk at a time, so a vector path can compute them.
  constexpr std::size_t chunk = 256;
  std::uint32_t idx[chunk];
  std::vector<std::uint32_t> count(buckets, 0);
  for (std::size_t start = 0; start < n; start += chunk) {
    const std::size_t k = n - start < chunk ? n - start : chunk;
    bucketize(p + start, k, idx);
    for (std::size_t j = 0; j < k; ++j) ++count[idx[j]];
  }
  // Which bucket holds each rank, and where in it.
  std::vector<std::size_t> bucket_of(ranks.size());
  std::vector<std::size_t> offset_in(ranks.size());
  std::size_t b = 0;
  std::size_t before = 0;  // values in buckets < b
  for (std::size_t r = 0; r < ranks.size(); ++r) {
    while (before + count[b] <= ranks[r]) before += count[b++];
    bucket_of[r] = b;
    offset_in[r] = ranks[r] - before;
  }
  std::vector<int> slot(buckets, -1);
  std::vector<std::vector<T>> gathered;
  for (std::size_t r = 0; r < ranks.size(); ++r) {
    if (slot[bucket_of[r]] < 0) {
      slot[bucket_of[r]] = static_cast<int>(gathered.size());
      gathered.emplace_back().reserve(count[bucket_of[r]]);
    }
  }
  for (std::size_t start = 0; start < n; start += chunk) {
    const std::size_t k = n - start < chunk ? n - start : chunk;
    bucketize(p + start, k, idx);
    for (std::size_t j = 0; j < k; ++j) {
      const int sl = slot[idx[j]];
      if (sl >= 0) [[unlikely]] gathered[static_cast<std::size_t>(sl)].push_back(p[start + j]);
    }
  }
  // Each gathered bucket with the ranks that fall in it (ranks are sorted,
  // so one bucket's ranks are adjacent).
  constexpr std::size_t small = 1 << 14;
  for (std::size_t r = 0; r < ranks.size();) {
    auto& g = gathered[static_cast<std::size_t>(slot[bucket_of[r]])];
    std::size_t last = r + 1;
    while (last < ranks.size() && bucket_of[last] == bucket_of[r]) ++last;
    if (g.size() > small && g.size() < n) {
      const std::vector<std::size_t> inner(offset_in.begin() + static_cast<std::ptrdiff_t>(r),
                                           offset_in.begin() + static_cast<std::ptrdiff_t>(last));
      select_ranks(g.data(), g.size(), inner, out + r);
    } else {
      T* first = g.data();
      for (std::size_t k = r; k < last; ++k) {
        T* nth = g.data() + offset_in[k];
        select_nth(first, nth, g.data() + g.size());
        out[k] = *nth;
        first = nth + 1;
      }
    }
    r = last;
  }
}

/// Selects the order statistics `ranks` (sorted, distinct, each < n) of
/// p[0..n) into out, without sorting or copying all n values.
///
/// Values are bucketed by their order_key, so buckets are finer where
/// values are dense in magnitude and heavy tails do not pile into one. The
/// range to split comes from a sample of about 16,000 values evenly spaced
/// through the set, not from a pass over all: up to 2^11 buckets split it,
/// and two more hold whatever lies below or above it. Then one pass counts
/// the values per bucket, a second gathers only the few buckets that hold a
/// wanted rank, and nth_element finishes in each; a large gathered bucket (a
/// rank in an outer bucket, or values piled up) is selected the same way
/// again, on its own range. Two linear passes replace an nth_element over
/// the whole set per rank.
template <std::floating_point T>
void select_ranks(const T* p, std::size_t n, const std::vector<std::size_t>& ranks, T* out) {
#ifdef CURVESHIFT_X86_SIMD
  if constexpr (std::same_as<T, double>) {
    // Doubles on x86: the exact range by one vector pass (min and max by
    // masks, two at a time), then the buckets computed two at a time with no
    // outer buckets to clamp to: cheaper than the sampled range when the
    // bucket passes, not the memory, set the pace.
    typedef std::uint64_t u_v2 __attribute__((vector_size(16)));
    exp_v2 vlo = {p[0], p[0]};
    exp_v2 vhi = vlo;
    std::size_t i = 0;
    for (; i + 2 <= n; i += 2) {
      exp_v2 v;
      __builtin_memcpy(&v, p + i, sizeof v);
      const u_v2 below = __builtin_bit_cast(u_v2, v < vlo);
      const u_v2 above = __builtin_bit_cast(u_v2, v > vhi);
      vlo = __builtin_bit_cast(exp_v2, (__builtin_bit_cast(u_v2, v) & below) | (__builtin_bit_cast(u_v2, vlo) & ~below));
      vhi = __builtin_bit_cast(exp_v2, (__builtin_bit_cast(u_v2, v) & above) | (__builtin_bit_cast(u_v2, vhi) & ~above));
    }
    double lo = vlo[1] < vlo[0] ? vlo[1] : vlo[0];
    double hi = vhi[1] > vhi[0] ? vhi[1] : vhi[0];
    for (; i < n; ++i) {
      lo = p[i] < lo ? p[i] : lo;
      hi = p[i] > hi ? p[i] : hi;
    }
    const std::uint64_t kmin = order_key(lo);
    const std::uint64_t range = order_key(hi) - kmin;
    int shift = 0;
    while ((range >> shift) >= (std::uint64_t(1) << 11)) ++shift;
    const auto bucketize = [kmin, shift](const double* q, std::size_t k, std::uint32_t* idx) {
      constexpr std::uint64_t sign = std::uint64_t(1) << 63;
      std::size_t j = 0;
      for (; j + 2 <= k; j += 2) {
        exp_v2 v;
        __builtin_memcpy(&v, q + j, sizeof v);
        const u_v2 u = __builtin_bit_cast(u_v2, v + 0.0);  // -0 as +0
        const u_v2 key = u ^ ((u_v2{} - (u >> 63)) | sign);  // order_key, two at a time
        const u_v2 b = (key - kmin) >> shift;
        idx[j] = static_cast<std::uint32_t>(b[0]);
        idx[j + 1] = static_cast<std::uint32_t>(b[1]);
      }
      for (; j < k; ++j) idx[j] = static_cast<std::uint32_t>((order_key(q[j]) - kmin) >> shift);
    };
    select_in_buckets(p, n, ranks, out, bucketize, static_cast<std::size_t>(range >> shift) + 1);
    return;
  }
#endif
  if constexpr (sizeof(T) == 8 || sizeof(T) == 4) {
    using U = std::conditional_t<sizeof(T) == 8, std::uint64_t, std::uint32_t>;
    const std::size_t stride = n / 16384 + 1;
    T lo = p[0];
    T hi = p[0];
    for (std::size_t i = 0; i < n; i += stride) {
      lo = p[i] < lo ? p[i] : lo;
      hi = p[i] > hi ? p[i] : hi;
    }
    const U kmin = order_key(lo);
    const U kmax = order_key(hi);
    const U range = U(kmax - kmin);
    constexpr U max_buckets = U(1) << 11;
    int shift = 0;
    while ((range >> shift) >= max_buckets) ++shift;
    const U last = U((range >> shift) + 2);
    // Bucket 0: below the sample's range; `last`: above it; between, the range.
    const auto bucket = [kmin, kmax, shift, last](T v) {
      const U k = order_key(v);
      const U inside = U(U(k - kmin) >> shift) + 1;
      return static_cast<std::size_t>(k < kmin ? U(0) : (k > kmax ? last : inside));
    };
    const auto bucketize = [&bucket](const T* q, std::size_t k, std::uint32_t* idx) {
      for (std::size_t j = 0; j < k; ++j) idx[j] = static_cast<std::uint32_t>(bucket(q[j]));
    };
    select_in_buckets(p, n, ranks, out, bucketize, static_cast<std::size_t>(last) + 1);
  } else {
    // long double: no same-sized unsigned type; select on a copy.
    std::vector<T> work(p, p + n);
    T* first = work.data();
    for (std::size_t r = 0; r < ranks.size(); ++r) {
      T* nth = work.data() + ranks[r];
      select_nth(first, nth, work.data() + work.size());
      out[r] = *nth;
      first = nth + 1;
    }
  }
}

}  // namespace detail

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
