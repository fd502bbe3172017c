// bench/bench_csv.cpp: reading 100,000 rows of a CSV in Epoch AI's shape.
//
// The promise (issue: "limited by parsing numbers, not by allocation"): the
// read costs little more than parsing the numbers and dates it holds. Three
// measures over the same in-memory text, one run, so their ratios compare:
//   csv_read_csv          the RFC 4180 pass alone (cells as views);
//   csv_read_observations the whole read: pass, ISO dates, numbers, records;
//   csv_parse_only        the floor: std::from_chars and parse_date over the
//                         same cells, found by the CSV pass beforehand.
// Each reports rows per second and the heap allocations one read makes
// (operator new is counted in this program).
#include <benchmark/benchmark.h>

#include <atomic>
#include <charconv>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <string>

#include <curveshift/data/csv.hpp>

namespace {
std::atomic<std::size_t> allocations{0};
}  // namespace

// Counting allocations: every operator new in this program passes here. Not
// inlined, so g++ does not pair the malloc and free across them and warn.
[[gnu::noinline]] void* operator new(std::size_t n) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
[[gnu::noinline]] void operator delete(void* p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

constexpr std::size_t row_count = 100'000;

// Rows in Epoch AI's column order: a quoted developer with a comma in one row
// of four, dates spread over 2010-2024, compute from 1e18 to 1e26, an empty
// bounds pair in most rows.
std::string make_text() {
  std::string text =
      "Model,Domain,Organization,Publication date,Parameters,Training compute (FLOP),"
      "Training dataset size (total),Training compute lower bound,Training compute upper bound\n";
  char buf[64];
  for (std::size_t i = 0; i < row_count; ++i) {
    text += "Model ";
    text += std::to_string(i);
    text += i % 4 == 0 ? ",Language,\"Google DeepMind,Google\"," : ",Language,Meta AI,";
    const int year = 2010 + static_cast<int>(i % 15);
    const int month = 1 + static_cast<int>(i % 12);
    const int day = 1 + static_cast<int>(i % 28);
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d,", year, month, day);
    text += buf;
    const double params = 1e9 * static_cast<double>(1 + i % 400);
    const double work = 1e18 * static_cast<double>(1 + (i * 7919) % 100'000'000);
    text += std::to_string(static_cast<long long>(params));
    text += ',';
    auto r = std::to_chars(buf, buf + sizeof buf, work);
    text.append(buf, r.ptr);
    text += ",1.4e+12,,\n";
  }
  return text;
}

const std::string text = make_text();

void report(benchmark::State& s, std::size_t allocs_per_read) {
  s.counters["rows_per_s"] = benchmark::Counter(static_cast<double>(row_count), benchmark::Counter::kIsIterationInvariantRate);
  s.counters["allocations"] = static_cast<double>(allocs_per_read);
}

void csv_read_csv(benchmark::State& s) {
  std::size_t allocs = 0;
  for (auto _ : s) {
    const std::size_t before = allocations.load();
    const auto table = curveshift::read_csv(text);
    allocs = allocations.load() - before;
    benchmark::DoNotOptimize(table.rows());
  }
  report(s, allocs);
}
BENCHMARK(csv_read_csv)->Unit(benchmark::kMillisecond);

void csv_read_observations(benchmark::State& s) {
  const auto table = curveshift::read_csv(text);
  std::size_t allocs = 0;
  for (auto _ : s) {
    const std::size_t before = allocations.load();
    const auto read = curveshift::read_observations<curveshift::compute<>>(
        table, {.when = "Publication date", .value = "Training compute (FLOP)", .name = "Model",
                .developer = "Organization", .lower = "Training compute lower bound",
                .upper = "Training compute upper bound"});
    allocs = allocations.load() - before;
    benchmark::DoNotOptimize(read.records.data());
  }
  report(s, allocs);
}
BENCHMARK(csv_read_observations)->Unit(benchmark::kMillisecond);

// The whole read from text: the pass and the records.
void csv_text_to_records(benchmark::State& s) {
  std::size_t allocs = 0;
  for (auto _ : s) {
    const std::size_t before = allocations.load();
    const auto table = curveshift::read_csv(text);
    const auto read = curveshift::read_observations<curveshift::compute<>>(
        table, {.when = "Publication date", .value = "Training compute (FLOP)"});
    allocs = allocations.load() - before;
    benchmark::DoNotOptimize(read.records.data());
  }
  report(s, allocs);
}
BENCHMARK(csv_text_to_records)->Unit(benchmark::kMillisecond);

void csv_parse_only(benchmark::State& s) {
  const auto table = curveshift::read_csv(text);
  const std::size_t when = table.column("Publication date");
  const std::size_t value = table.column("Training compute (FLOP)");
  for (auto _ : s) {
    double sum = 0;
    long days = 0;
    for (std::size_t row = 0; row < table.rows(); ++row) {
      const auto cell = table.cell(row, value);
      double v = 0;
      std::from_chars(cell.data(), cell.data() + cell.size(), v);
      sum += v;
      days += curveshift::parse_date(table.cell(row, when)).days_since_epoch();
    }
    benchmark::DoNotOptimize(sum);
    benchmark::DoNotOptimize(days);
  }
  report(s, 0);
}
BENCHMARK(csv_parse_only)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
