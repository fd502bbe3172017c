// curveshift/detail/sample_storage.hpp: where a sample set's values live: a
// reference-counted block, sized and checked, and each thread's cache of
// freed blocks for the next set of the same size. Internal to samples<T>.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <new>
#include <string>
#if !defined(__GNUC__) && !defined(__clang__)
#include <atomic>
#endif

#include "curveshift/detail/fail.hpp"

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

}  // namespace curveshift
