// curveshift/data/csv.hpp: the user's observations from CSV. read_csv reads the
// text whole (data/csv_table.hpp; RFC 4180: a header row, quoted fields with embedded commas,
// quotes and newlines, CRLF or LF); read_observations picks a date column and
// a value column by name and turns each row into a typed, dated record, the
// rows fit_trend and the selections take.
//
//   const auto table = curveshift::read_csv_file("notable_ai_models.csv");
//   const auto read = curveshift::read_observations<curveshift::compute<>>(
//       table, {.when = "Publication date", .value = "Training compute (FLOP)",
//               .name = "Model", .developer = "Organization"},
//       curveshift::on_bad_row::skip);
//   const auto fit = curveshift::fit_trend(read.records);
//
// Nothing is dropped silently: a row whose date or value cell is empty is a
// missing figure, skipped and listed in `skipped` with the reason "empty"; a
// cell that does not read (a bad date, "3.8e25 FLOP/s") is a bad row, which
// either stops the read with a curveshift::error naming its line and column
// (on_bad_row::stop, the default) or is skipped and listed with its reason.
//
// Epoch AI's files read as downloaded: their column names, empty cells, the
// "Training compute lower bound"/"upper bound" columns (.lower, .upper), and
// joint developers written "Google DeepMind,Google" (see by_developer).
//
// The table keeps one copy of the text; every cell and every record's name
// is a std::string_view into it, so the table must outlive the records read
// from it (read_observations on a temporary table does not compile). Reading
// costs one pass and a few vectors, however many rows: no allocation per cell.
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

#include "curveshift/core/date.hpp"
#include "curveshift/data/csv_table.hpp"
#include "curveshift/core/interval.hpp"
#include "curveshift/core/number.hpp"
#include "curveshift/text/kinds.hpp"
#include "curveshift/text/parse.hpp"
#include "curveshift/core/quantity.hpp"

namespace curveshift {

/// Which columns read_observations reads, by their header names. `when` and
/// `value` are required; the others may stay empty.
struct csv_columns {
  /// A date column: ISO 8601 ("2024-12-26"), as Epoch AI writes them.
  std::string_view when;
  /// The value column: bare numbers in the quantity's base unit (FLOP,
  /// dollars, parameters, tokens, seconds) or text with units ("$6M",
  /// "3.8e25 FLOP", "70B parameters"), as the parsers read them.
  std::string_view value;
  /// A name for each row ("Model").
  std::string_view name{};
  /// Who made it ("Organization"); by_developer reads it.
  std::string_view developer{};
  /// Bounds of the value ("Training compute lower bound", "... upper bound").
  std::string_view lower{};
  std::string_view upper{};
};

/// What a bad row does: stop the read with an error, or skip the row and list it.
enum class on_bad_row { stop, skip };

/// A row that was not read, and why: the line it starts on, its index
/// among the table's data rows (for table.cell), the 1-based column and its
/// header name, the cell as written and the reason.
struct csv_problem {
  std::size_t line;
  std::size_t row;
  std::size_t column;
  std::string column_name;
  std::string cell;
  std::string reason;
};

/// "line 14, column 3 (\"Training compute (FLOP)\") = \"3.8e25 FLOP/s\": expected ...".
inline std::string to_string(const csv_problem& p) {
  return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column) + " (" +
         parse_error::quote(p.column_name) + ") = " + parse_error::quote(p.cell) + ": " + p.reason;
}

/// A dated value read from a CSV row: the row for fit_trend, from_date,
/// by_developer, frontier and above_trend. Names are views into the table.
template <class Q>
struct record {
  date when;
  Q value;
  /// The value's bounds, where both bounds are kept (see lower and upper).
  std::optional<quantity<typename Q::dimension_type, interval<typename Q::value_type>>> bounds{};
  std::string_view name{};
  std::string_view developer{};
  /// The line the row starts on.
  std::size_t line = 0;
  /// Each bound on its own, where its cell is filled, reads, and lies on its
  /// side of the value (a row with one bound keeps it here).
  std::optional<Q> lower{};
  std::optional<Q> upper{};
};

/// The records read, the rows skipped with their reasons, and the bounds
/// dropped from rows that were kept.
template <class Q>
struct csv_read {
  std::vector<record<Q>> records;
  std::vector<csv_problem> skipped;
  /// A bound that did not read, or lies on the wrong side of its row's value
  /// (Epoch's Grok-1: 2.9e24 FLOP with bounds "2" and "7"): the value is
  /// kept, the bound is not, and each is listed here, with either on_bad_row.
  std::vector<csv_problem> dropped_bounds;
};

namespace detail {

/// Runs one of the parsers on a cell: the value, or the parser's reason
/// ("expected ... at character N") when the text does not read. The parser
/// records its failure rather than raising it (detail::soft_parse), so a
/// bad cell is a skipped row with exceptions on or off, and costs no throw.
template <class Out, class Parse>
std::optional<std::string> parse_cell(std::string_view cell, Out& out, Parse parse) {
  parse_failure why;
  auto value = soft_parse(cell, why, parse);
  if (why.failed) return "expected " + why.expected + " at character " + std::to_string(why.column);
  out = value;
  return std::nullopt;
}

/// A cell as a problem quotes it: whole up to 80 bytes; past that its first
/// 80 and its size, so a message about a 400 MB cell stays a line long.
inline std::string cell_excerpt(std::string_view cell) {
  constexpr std::size_t shown = 80;
  if (cell.size() <= shown) return std::string(cell);
  return std::string(cell.substr(0, shown)) + "... (" + std::to_string(cell.size()) + " bytes)";
}

/// Reads one value cell: a bare number (the fast path, std::from_chars) in
/// the base unit, else the quantity's parser. Returns the reason on failure.
template <class Q>
std::optional<std::string> read_cell(std::string_view cell, Q& out) {
  using T = typename Q::value_type;
  using D = typename Q::dimension_type;
  double v = 0;
  const auto r = std::from_chars(cell.data(), cell.data() + cell.size(), v);
  if (r.ec == std::errc{} && r.ptr == cell.data() + cell.size()) {
    const bool sign_ok = v >= 0 || D::is_signed;
    if (!(sign_ok && std::abs(v) <= std::numeric_limits<double>::max())) {
      return std::string(D::is_signed ? "expected a finite value" : "expected a finite value >= 0");
    }
    out = make_quantity<D>(static_cast<T>(v), "read_observations");
    return std::nullopt;
  }
  // A bare number past a double's range ("1e400") is out of range, not a
  // number missing its unit, which the parser below would say.
  if (r.ec == std::errc::result_out_of_range && r.ptr == cell.data() + cell.size()) {
    return std::string("a number out of the range of a double (about 1e-308 to 1e308)");
  }
  // Any kind with a reader in text/kinds.hpp reads in its own words.
  if constexpr (has_reader<D>) {
    return parse_cell(cell, out, [](std::string_view text) { return Q(curveshift::parse<quantity<D, double>>(text)); });
  } else {
    return std::string("expected a number in the column's base unit");
  }
}

inline std::optional<std::string> read_date_cell(std::string_view cell, date& out) {
  return parse_cell(cell, out, [](std::string_view text) { return parse_date(text); });
}

inline std::optional<std::size_t> optional_column(const csv_table& t, std::string_view name) {
  if (name.empty()) return std::nullopt;
  return t.column(name);
}

}  // namespace detail

/// Reads each row of a table as a record<Q>: its date, its value, and the
/// optional name, developer and bounds. Empty date or value cells skip the
/// row (listed in skipped, reason "empty"); a cell that does not read stops
/// the read (on_bad_row::stop: a curveshift::error naming the line, the
/// column and the cell) or skips the row with its reason (on_bad_row::skip).
template <class Q>
csv_read<Q> read_observations(const csv_table& table, const csv_columns& columns, on_bad_row bad = on_bad_row::stop) {
  constexpr const char* function = "read_observations";
  if (columns.when.empty() || columns.value.empty()) {
    detail::fail(function, "columns.when and columns.value name the date and value columns; expected both");
  }
  if (columns.lower.empty() != columns.upper.empty()) {
    detail::fail(function, "columns.lower and columns.upper come together; expected both or neither");
  }
  const std::size_t when_col = table.column(columns.when);
  const std::size_t value_col = table.column(columns.value);
  const auto name_col = detail::optional_column(table, columns.name);
  const auto developer_col = detail::optional_column(table, columns.developer);
  const auto lower_col = detail::optional_column(table, columns.lower);
  const auto upper_col = detail::optional_column(table, columns.upper);

  csv_read<Q> read;
  // A record per row for a file of rows, but not reserved ahead for a text
  // of millions of empty rows, which reads to none.
  read.records.reserve(std::min<std::size_t>(table.rows(), 1u << 16));
  // A row's cells are found once, in one pass (not a search per column).
  std::vector<std::string_view> cells;
  cells.reserve(table.header().size());
  for (std::size_t row = 0; row < table.rows(); ++row) {
    table.cells(row, cells);
    auto cell = [&cells](std::size_t col) { return col < cells.size() ? cells[col] : std::string_view(); };
    const std::size_t line = table.line(row);
    std::optional<csv_problem> problem;
    bool missing = false;
    auto note = [&](std::size_t col, std::string reason) {
      if (!problem) {
        problem = csv_problem{line, row, col + 1, std::string(table.header()[col]), detail::cell_excerpt(cell(col)),
                              std::move(reason)};
      }
    };
    // A row of another width than the header is a bad row: a cell too many
    // (an unquoted comma in "3,800") would shift every cell after it and be
    // read as the next column without a word.
    const std::size_t width = cells.size();
    if (width != table.header().size()) {
      const std::size_t col = width > table.header().size() ? table.header().size() : width;
      csv_problem wrong{line, row, col + 1, width > table.header().size() ? std::string() : std::string(table.header()[col]),
                        width > table.header().size() ? detail::cell_excerpt(cell(col)) : std::string(),
                        "a row of " + std::to_string(width) + " cells; expected " +
                            std::to_string(table.header().size()) + ", as the header has (an unquoted comma?)"};
      if (bad == on_bad_row::stop) detail::fail(function, to_string(wrong));
      read.skipped.push_back(std::move(wrong));
      continue;
    }
    using T = typename Q::value_type;
    record<Q> rec{date{1970, 1, 1}, detail::access::make<Q>(T(0)), std::nullopt, {}, {}, line};
    const auto when_text = cell(when_col);
    const auto value_text = cell(value_col);
    if (when_text.empty()) {
      missing = true;
      note(when_col, "empty");
    } else if (auto why = detail::read_date_cell(when_text, rec.when)) {
      note(when_col, std::move(*why));
    }
    if (value_text.empty()) {
      missing = missing || !problem;
      note(value_col, "empty");
    } else if (auto why = detail::read_cell(value_text, rec.value)) {
      note(value_col, std::move(*why));
    }
    if (!problem && lower_col) {
      // Each bound on its own: a bad one is dropped and listed, the row kept.
      auto bound = [&](std::size_t col, bool is_lower) -> std::optional<Q> {
        const auto text = cell(col);
        if (text.empty()) return std::nullopt;
        Q b = detail::access::make<Q>(T(0));
        std::optional<std::string> why = detail::read_cell(text, b);
        if (!why && (is_lower ? !(b.base_value() <= rec.value.base_value()) : !(rec.value.base_value() <= b.base_value()))) {
          why = std::string(is_lower ? "expected a lower bound <= the value " : "expected an upper bound >= the value ") +
                std::string(value_text);
        }
        if (why) {
          read.dropped_bounds.push_back(csv_problem{line, row, col + 1, std::string(table.header()[col]),
                                                    detail::cell_excerpt(text), std::move(*why)});
          return std::nullopt;
        }
        return b;
      };
      rec.lower = bound(*lower_col, true);
      rec.upper = bound(*upper_col, false);
      if (rec.lower && rec.upper) {
        rec.bounds = detail::make_quantity<typename Q::dimension_type>(
            interval<typename Q::value_type>(rec.lower->base_value(), rec.upper->base_value()), function);
      }
    }
    if (problem) {
      if (!missing && bad == on_bad_row::stop) {
        detail::fail(function, to_string(*problem));
      }
      read.skipped.push_back(std::move(*problem));
      continue;
    }
    if (name_col) rec.name = cell(*name_col);
    if (developer_col) rec.developer = cell(*developer_col);
    read.records.push_back(rec);
  }
  return read;
}

/// The records would point into a table that is gone: keep the table.
template <class Q>
csv_read<Q> read_observations(const csv_table&& table, const csv_columns& columns,
                              on_bad_row bad = on_bad_row::stop) = delete;

}  // namespace curveshift
