// curveshift/detail/selection.hpp: order statistics of an array without
// sorting it all: the ranks a sample set's percentiles need, found by
// selection with a guaranteed n log n fallback. Internal to samples<T>.
#pragma once

#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

namespace curveshift {
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

}  // namespace curveshift
