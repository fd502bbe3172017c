// libFuzzer target: CSV texts of pathological shape and size (issue 24). The
// input is a size and a pattern: the text is the pattern repeated to that
// size (up to 512 KiB), with an optional header in front, so the fuzzer
// explores commas, quoted newlines, empty rows and their mixtures. The heap
// the table holds (the sanitizer allocator's count) must stay within 4 times
// the text and its header's names, so a shape that blows the index up fails on its own input; the
// CTest run also sets -rss_limit_mb. read_csv must return a table or raise
// curveshift::error.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include <sanitizer/allocator_interface.h>

#include <curveshift/data/csv.hpp>

#include "fuzz_doubles.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 4) return 0;
  // Up to 512 KiB, in 64-byte steps: the size of the text, whatever the pattern.
  const std::size_t bytes = (static_cast<std::size_t>(data[0] | (data[1] << 8)) % 8192) * 64;
  const bool header = (data[2] & 1) != 0;
  const std::string pattern(reinterpret_cast<const char*>(data + 3), size - 3);
  std::string repeated = pattern;
  while (repeated.size() < bytes) repeated += repeated;  // doubling: a few appends, not millions
  repeated.resize(std::min(repeated.size(), bytes));
  std::string text;
  text.reserve(bytes + 16);
  if (header) text = "date,value,name\n";
  text += repeated;
  repeated = std::string();
  const std::size_t text_bytes = text.size();
  const std::size_t before = __sanitizer_get_current_allocated_bytes();
  fuzz::answer([&] {
    const auto table = curveshift::read_csv(std::move(text));
    // The text was already counted in `before`; the table adds its index.
    const std::size_t held = __sanitizer_get_current_allocated_bytes() - before + text_bytes;
    // The header's names are a vector of views, 16 bytes a column (at most
    // csv_max_columns of them, 1 MiB): beside the 4 times, not within it.
    const std::size_t names = table.header().capacity() * sizeof(std::string_view);
    if (held > 4 * text_bytes + names + 4096) fuzz::bug("a table holds more than 4 times its text", static_cast<double>(held));
    // Every row's cells read back within the text (the bit index agrees with itself).
    std::size_t cells = 0;
    for (std::size_t r = 0; r < table.rows(); r += 1 + table.rows() / 64) {
      const std::size_t width = table.width(r);
      for (std::size_t c = 0; c < width; c += 1 + width / 4096) cells += table.cell(r, c).size();
      if (!table.cell(r, width).empty()) fuzz::bug("a cell past a row's width is not empty", static_cast<double>(r));
    }
    // read_observations keeps a record (or a listed problem) per row, so its
    // memory follows the rows, not the text (not held to the bar above);
    // asked of texts up to 64 KiB, where a run stays fast under the sanitizers.
    if (table.header().size() >= 2 && text_bytes <= (std::size_t{64} << 10)) {
      (void)curveshift::read_observations<curveshift::compute<>>(
          table, {.when = table.header()[0], .value = table.header()[1]}, curveshift::on_bad_row::skip);
    }
    (void)cells;
  });
  return 0;
}
