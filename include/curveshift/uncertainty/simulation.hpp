// curveshift/simulation.hpp: models run on as many draws as wanted, on all
// cores, in bounded memory, with results that do not depend on the number of
// threads.
//
//   auto s = simulate(100'000'000, 2025, [](monte_carlo& mc) {
//     const auto lead = months(mc.between(9, 12));  // one draw per statement:
//     const auto gap = multiplier(mc.between(1.5, 2.5));  // C++ leaves the order
//     return essay::expected_cost_ratio(lead, essay::cost_trend, gap);  // of arguments open
//   });
//   s.quantile(0.5); s.mean(); s.probability_above(8.0); to_string(s);
//
// The draws are cut into blocks; block b draws from its own engine, seeded
// from (seed, b), and is summarised alone; the summaries are merged in block
// order as they finish. So the answer is the same, bit for bit, on 1 thread
// or 64, and the memory held is a block per thread plus a few small
// summaries per thread, however many blocks there are.
//
// A streaming_summary keeps the count, mean and standard deviation exactly
// (Welford's updates, merged by Chan et al.'s formula), the minimum and
// maximum, and the quantiles to a stated relative error: values are counted
// in buckets whose bounds grow by a factor (1 + a) / (1 - a), so a quantile it
// reports is within a relative error a (default 0.001, 0.1%) of a draw at
// that rank (the bucketing of DDSketch, Masson et al. 2019).
#pragma once

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <condition_variable>
#include <exception>
#include <limits>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <type_traits>
#include <vector>

#include "curveshift/uncertainty/monte_carlo.hpp"
#include "curveshift/uncertainty/probability.hpp"

namespace curveshift {

/// Count, mean, sd, min, max and quantiles of a stream of draws, in memory
/// that grows with the log of the values' range, not with their number.
class streaming_summary {
 public:
  /// relative_error in [1e-6, 0.1]: the bound on a quantile's relative error.
  explicit streaming_summary(double relative_error = 0.001) : alpha_(relative_error) {
    detail::require(relative_error, [](double a) { return a >= 1e-6 && a <= 0.1; }, "streaming_summary",
                    "relative_error", "a relative error in [1e-6, 0.1]");
    log_gamma_ = std::log((1 + alpha_) / (1 - alpha_));
  }

  /// Adds one draw (finite).
  void add(double v) {
    detail::require_finite(v, "streaming_summary::add", "v");
    if (std::abs(v) > scale_ * scale_limit) rescale(std::abs(v));
    const double x = v * inverse_scale_;  // a power of two: the same bits as v / scale_, without a division
    ++n_;
    const double d = x - mean_;
    mean_ += d / static_cast<double>(n_);
    m2_ += d * (x - mean_);
    min_ = n_ == 1 ? v : std::min(min_, v);
    max_ = n_ == 1 ? v : std::max(max_, v);
    if (v > 0) {
      positive_.add(index_of(v));
    } else if (v < 0) {
      negative_.add(index_of(-v));
    } else {
      ++zeros_;
    }
  }

  /// Adds every draw of a sample set.
  void add(const samples<double>& s) {
    for (const double v : s.values()) add(v);
  }

  /// Adds another summary's draws (same relative error), as if added here
  /// after this one's: the order of merges is the order of the result's rounding.
  void merge(const streaming_summary& o) {
    if (!detail::equal(o.alpha_, alpha_)) {
      detail::fail("streaming_summary::merge", "relative_error", o.alpha_,
                   "the same relative error as this summary (" + detail::short_number(alpha_) + ")");
    }
    if (o.n_ == 0) return;
    if (n_ == 0) {
      *this = o;
      return;
    }
    set_scale(o.scale_);
    // o's moments in this summary's scale (a power of two: exact).
    const double to_here = o.scale_ / scale_;
    const double o_mean = o.mean_ * to_here;
    const double o_m2 = o.m2_ * to_here * to_here;
    const double na = static_cast<double>(n_);
    const double nb = static_cast<double>(o.n_);
    const double d = o_mean - mean_;
    mean_ += d * nb / (na + nb);
    m2_ += o_m2 + d * d * na * nb / (na + nb);
    n_ += o.n_;
    min_ = std::min(min_, o.min_);
    max_ = std::max(max_, o.max_);
    zeros_ += o.zeros_;
    positive_.merge(o.positive_);
    negative_.merge(o.negative_);
  }

  std::size_t count() const { return n_; }
  double relative_error() const { return alpha_; }
  double mean() const {
    require_draws("streaming_summary::mean");
    return mean_ * scale_;
  }
  /// The sample standard deviation (divisor n - 1); 0 for one draw. Draws
  /// near the largest double may spread past it: that raises, naming it.
  double stddev() const {
    require_draws("streaming_summary::stddev");
    const double sd = n_ < 2 ? 0.0 : std::sqrt(m2_ / static_cast<double>(n_ - 1)) * scale_;
    if (!(sd <= std::numeric_limits<double>::max())) {
      detail::fail("streaming_summary::stddev", "the draws' spread (min " + detail::short_number(min_) + ", max " +
                                                    detail::short_number(max_) +
                                                    ") has a standard deviation past the largest double");
    }
    return sd;
  }
  double min() const {
    require_draws("streaming_summary::min");
    return min_;
  }
  double max() const {
    require_draws("streaming_summary::max");
    return max_;
  }

  /// The quantile at probability p in [0, 1]: within relative_error() of the
  /// draw of rank floor(p (n - 1)) (0-based, in sorted order); the minimum
  /// and maximum exactly at 0 and 1.
  double quantile(double p) const {
    detail::require(p, [](double v) { return v >= 0 && v <= 1; }, "streaming_summary::quantile", "p",
                    "a probability in [0, 1]");
    require_draws("streaming_summary::quantile");
    if (p <= 0) return min_;
    if (p >= 1) return max_;
    const auto rank = static_cast<std::uint64_t>(p * static_cast<double>(n_ - 1));
    std::uint64_t seen = 0;
    // Most negative first: the negative buckets from the largest magnitude down.
    for (std::size_t i = negative_.counts.size(); i-- > 0;) {
      seen += negative_.counts[i];
      if (seen > rank) return clamp(-value_of(negative_.first + static_cast<long>(i)));
    }
    seen += zeros_;
    if (seen > rank) return 0.0;
    for (std::size_t i = 0; i < positive_.counts.size(); ++i) {
      seen += positive_.counts[i];
      if (seen > rank) return clamp(value_of(positive_.first + static_cast<long>(i)));
    }
    return max_;
  }
  double median() const { return quantile(0.5); }

  /// The share of draws above x, to the resolution of the buckets (draws in
  /// x's own bucket are counted as above when the bucket's value is).
  double probability_above(double x) const {
    detail::require_finite(x, "streaming_summary::probability_above", "x");
    require_draws("streaming_summary::probability_above");
    std::uint64_t above = 0;
    for (std::size_t i = 0; i < positive_.counts.size(); ++i) {
      if (value_of(positive_.first + static_cast<long>(i)) > x) above += positive_.counts[i];
    }
    if (0 > x) above += zeros_;
    for (std::size_t i = 0; i < negative_.counts.size(); ++i) {
      if (-value_of(negative_.first + static_cast<long>(i)) > x) above += negative_.counts[i];
    }
    return static_cast<double>(above) / static_cast<double>(n_);
  }

  /// The buckets held: the summary's size in memory is about 8 bytes each.
  std::size_t buckets() const { return positive_.counts.size() + negative_.counts.size(); }

 private:
  // Counts of one sign, indexed from `first`, grown at either end as needed.
  struct bucket_counts {
    long first = 0;
    std::vector<std::uint64_t> counts;
    void add(long i) {
      if (counts.empty()) {
        first = i;
        counts.push_back(0);
      } else if (i < first) {
        counts.insert(counts.begin(), static_cast<std::size_t>(first - i), 0);
        first = i;
      } else if (i >= first + static_cast<long>(counts.size())) {
        counts.resize(static_cast<std::size_t>(i - first + 1), 0);
      }
      ++counts[static_cast<std::size_t>(i - first)];
    }
    void merge(const bucket_counts& o) {
      for (std::size_t k = 0; k < o.counts.size(); ++k) {
        if (o.counts[k] == 0) continue;
        const long i = o.first + static_cast<long>(k);
        add(i);
        counts[static_cast<std::size_t>(i - first)] += o.counts[k] - 1;
      }
    }
  };

  long index_of(double magnitude) const { return static_cast<long>(std::ceil(std::log(magnitude) / log_gamma_)); }
  // The value that stands for bucket i, (gamma^(i-1), gamma^i]: within alpha of all of it.
  double value_of(long i) const { return 2 * std::exp(static_cast<double>(i) * log_gamma_) / (1 + std::exp(log_gamma_)); }
  double clamp(double v) const { return std::min(std::max(v, min_), max_); }
  void require_draws(const char* function) const {
    if (n_ == 0) detail::fail(function, "count", 0.0, "at least one draw added");
  }

  double alpha_;
  double log_gamma_ = 0;
  std::size_t n_ = 0;
  // The moments are kept in units of scale_, a power of two: 1 until a draw
  // passes 2^400, so every sum of squares of draws below it (up to 2^53 of
  // them) is finite and the bits are those of plain Welford updates; past
  // it, draws near the largest double still give a finite mean.
  static constexpr double scale_limit = 0x1p400;
  void rescale(double magnitude) { set_scale(std::ldexp(1.0, std::ilogb(magnitude) - 399)); }
  void set_scale(double next) {
    if (!(next > scale_)) return;
    const double by = scale_ / next;
    mean_ *= by;
    m2_ = m2_ * by * by;  // by * by alone may underflow
    scale_ = next;
    inverse_scale_ = 1 / next;
  }
  double scale_ = 1;
  double inverse_scale_ = 1;
  double mean_ = 0;
  double m2_ = 0;
  double min_ = 0;
  double max_ = 0;
  std::uint64_t zeros_ = 0;
  bucket_counts positive_;
  bucket_counts negative_;
};

/// "median 6.46 (90% CI 4.75-8.82), mean 6.6, sd 1.25, 100,000,000 draws".
inline std::string to_string(const streaming_summary& s, digits p = {}) {
  detail::check_digits(p, "to_string(streaming_summary)");
  return to_string(summary<>{s.count(), s.mean(), s.stddev(), s.quantile(0.05), s.quantile(0.5), s.quantile(0.95)}, p);
}

/// How simulate cuts and spreads the work.
struct simulation_options {
  /// Draws per block: each block draws from its own engine. The answer
  /// depends on it (and on the seed), never on the threads.
  std::size_t block = std::size_t{1} << 18;
  /// Threads to run blocks on; 0 for std::thread::hardware_concurrency().
  unsigned threads = 0;
  /// The streaming summary's relative error on quantiles.
  double relative_error = 0.001;
};

namespace detail {
/// The seed of block b: splitmix64 of the seed and the block, so blocks'
/// engines are unrelated and a block's seed never depends on the others.
inline std::uint64_t block_seed(std::uint64_t seed, std::uint64_t block) { return derived_seed(seed, block + 1); }
}  // namespace detail

/// The most draws simulate takes: 2^53, the largest count a double holds exactly.
inline constexpr std::size_t max_simulated_draws = std::size_t{1} << 53;

/// Runs model(mc) on `draws` draws in blocks and summarises its output. The
/// model returns mc.size() draws: a samples<double>, or a multiplier or
/// quantity over one (summarised in its base unit).
template <class Model>
streaming_summary simulate(std::size_t draws, std::uint64_t seed, Model model, simulation_options options = {}) {
  constexpr const char* function = "simulate";
  if (draws == 0) detail::fail(function, "draws", 0.0, "at least one draw");
  // The summary's count enters its mean as a double: past 2^53 it is no
  // longer exact, so the mean would drift without a word.
  if (draws > max_simulated_draws) {
    detail::fail(function, "draws", draws, "at most 2^53 = " + std::to_string(max_simulated_draws) + " draws");
  }
  if (options.block == 0) detail::fail(function, "options.block", 0.0, "at least one draw per block");
  const streaming_summary empty(options.relative_error);  // checks the relative error
  // Rounded up without draws + block - 1, which wraps for draws near SIZE_MAX.
  const std::size_t blocks = draws / options.block + (draws % options.block != 0 ? 1 : 0);
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  if (threads > blocks) threads = static_cast<unsigned>(blocks);
  // Blocks are merged as they finish, in block order: block b waits in a
  // window of `window` slots until every block before it has been merged, so
  // the memory held is a window of summaries, whatever the number of blocks,
  // and the sums are rounded in the same order on any number of threads. A
  // thread takes no block past the window's end until the window moves; the
  // thread holding the window's first block never waits, so it always moves.
  const std::size_t window = 4 * std::size_t{threads};
  std::vector<streaming_summary> slots(window, empty);
  std::vector<char> ready(window, 0);
  std::size_t merged = 0;  // blocks merged into total, guarded by `lock`
  streaming_summary total = empty;
  std::mutex lock;
  std::condition_variable moved;
  std::atomic<std::size_t> next{0};
  // The first error in any block is raised here, after every thread stops.
  std::atomic<bool> failed{false};
#if CURVESHIFT_EXCEPTIONS
  std::exception_ptr failure;  // written by the one thread that first sets `failed`; read after join
#endif
  auto work = [&] {
    streaming_summary done = empty;
    for (std::size_t b = next++; b < blocks && !failed; b = next++) {
      {
        std::unique_lock<std::mutex> held(lock);
        moved.wait(held, [&] { return b < merged + window || failed; });
      }
      if (failed) return;
      const std::size_t size = std::min(options.block, draws - b * options.block);
#if CURVESHIFT_EXCEPTIONS
      try {
#endif
        monte_carlo mc(size, detail::block_seed(seed, b));
        const auto out = model(mc);
        const samples<double>& d = detail::draws_of(out);
        if (d.size() != size && !d.is_constant()) {
          detail::fail(function, "model output size", static_cast<double>(d.size()),
                       "mc.size() = " + std::to_string(size) + " draws");
        }
        done = empty;
        if (d.is_constant()) {
          for (std::size_t i = 0; i < size; ++i) done.add(d[0]);
        } else {
          done.add(d);
        }
#if CURVESHIFT_EXCEPTIONS
      } catch (...) {
        if (!failed.exchange(true)) failure = std::current_exception();
        const std::lock_guard<std::mutex> held(lock);
        moved.notify_all();
        return;
      }
#endif
      const std::lock_guard<std::mutex> held(lock);
      std::swap(slots[b % window], done);
      ready[b % window] = 1;
      bool advanced = false;
      while (ready[merged % window]) {
        total.merge(slots[merged % window]);
        ready[merged % window] = 0;
        ++merged;
        advanced = true;
      }
      if (advanced) moved.notify_all();
    }
  };
  if (threads <= 1) {
    work();
  } else {
    // A thread the system cannot start (std::system_error) is not an error:
    // the calling thread works too, so the blocks still all run, on fewer
    // threads, with the same answer. Every started thread is joined before
    // the pool goes (a joinable std::thread destroyed would terminate).
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
#if CURVESHIFT_EXCEPTIONS
    try {
#endif
      for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
#if CURVESHIFT_EXCEPTIONS
    } catch (const std::system_error&) {
      // fewer threads; the work is shared among those that started
    }
#endif
    work();
    for (auto& t : pool) t.join();
  }
#if CURVESHIFT_EXCEPTIONS
  if (failed) std::rethrow_exception(failure);
#endif
  return total;
}

}  // namespace curveshift
