// libFuzzer target: read_csv and read_observations. See tests/fuzz/README.md.
// Any text either reads or raises curveshift::error (nothing else, no crash);
// a table written back (every cell quoted, quotes doubled) reads as the same
// cells; and read_observations accounts for every row, as a record or as a
// skipped row with its reason: nothing is dropped silently.
#include <optional>

#include <curveshift/data/csv.hpp>

#include "fuzz_common.hpp"

namespace {
std::string written(const curveshift::csv_table& t) {
  auto cell = [](std::string_view c) {
    std::string out = "\"";
    for (const char ch : c) {
      if (ch == '"') out += '"';
      out += ch;
    }
    return out + "\"";
  };
  std::string out;
  for (std::size_t c = 0; c < t.header().size(); ++c) out += (c ? "," : "") + cell(t.header()[c]);
  out += "\r\n";
  for (std::size_t r = 0; r < t.rows(); ++r) {
    for (std::size_t c = 0; c < t.width(r); ++c) out += (c ? "," : "") + cell(t.cell(r, c));
    out += "\n";
  }
  return out;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  std::optional<curveshift::csv_table> table;
  try {
    table = curveshift::read_csv(text);
  } catch (const curveshift::error&) {
    return 0;
  }
  // Written back and read again: the same header and cells. (A row of one
  // empty cell is a blank line when written unquoted; quoted, it survives.)
  const auto again = curveshift::read_csv(written(*table));
  if (again.header() != table->header() || again.rows() != table->rows()) {
    fuzz::bug("csv shape", written(*table), written(again));
  }
  for (std::size_t r = 0; r < table->rows(); ++r) {
    if (again.width(r) != table->width(r)) fuzz::bug("csv width", written(*table), written(again));
    for (std::size_t c = 0; c < table->width(r); ++c) {
      if (again.cell(r, c) != table->cell(r, c)) fuzz::bug("csv cell", std::string(table->cell(r, c)), std::string(again.cell(r, c)));
    }
  }
  // The first two columns as a date and a compute: every row is a record or skipped.
  if (table->header().size() >= 2) {
    try {
      const auto read = curveshift::read_observations<curveshift::compute<>>(
          *table, {.when = table->header()[0], .value = table->header()[1]}, curveshift::on_bad_row::skip);
      if (read.records.size() + read.skipped.size() != table->rows()) {
        fuzz::bug("rows lost", std::to_string(table->rows()),
                  std::to_string(read.records.size()) + " + " + std::to_string(read.skipped.size()));
      }
    } catch (const curveshift::error&) {
      // Only for a header whose column names repeat in a way that leaves
      // .when and .value naming nothing, or empty names: an error, not a crash.
    }
  }
  return 0;
}
