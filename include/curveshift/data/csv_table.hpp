// curveshift/data/csv_table.hpp: CSV text read whole into a table (RFC 4180:
// a header row, quoted fields with embedded commas, quotes and newlines, CRLF
// or LF), its cells as views into the table's one copy of the text.
//
//   const auto table = curveshift::read_csv_file("notable_ai_models.csv");
//   table.header(); table.rows(); table.cell(0, table.column("Model"));
//
// One idea past ~400 lines: the reader and the index it builds (a bit per
// byte where a cell ends, with rank and select over it) are one structure;
// split, each half would be read only with the other. csv.hpp turns a
// table's rows into typed, dated records.
#pragma once

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "curveshift/detail/fail.hpp"
#include "curveshift/text/parse_error.hpp"

namespace curveshift {

/// The largest CSV text read_csv takes: its offsets are 32-bit.
inline constexpr std::size_t csv_max_bytes = 0xFFFFFFFEu;
/// The widest header read_csv takes (a spreadsheet's is 16,384): the
/// header is a vector of names, 16 bytes each, so a text of commas would
/// otherwise cost 16 times its size.
inline constexpr std::size_t csv_max_columns = 65536;

/// A CSV text read whole: a header and rows of cells. Cells are views into
/// the table's own copy of the text, with quotes removed and "" read as ".
/// A table moves (its views stay valid) but does not copy: a copy's views
/// would point into the original.
///
/// Memory is bounded by the text, whatever its shape: the table holds the
/// text once, one bit per byte marking where each cell ends (with a count of
/// them every 512 bytes, so any cell of any row is found in a few steps),
/// four bytes per row and the header's names: a text of commas or of empty
/// rows costs at most about 3.2 times its size (an index entry per cell
/// would cost 8).
class csv_table {
 public:
  csv_table(const csv_table&) = delete;
  csv_table& operator=(const csv_table&) = delete;
  csv_table(csv_table&& other) noexcept
      : text_(other.text_),
        ends_(std::move(other.ends_)),
        directory_(std::move(other.directory_)),
        starts_(std::move(other.starts_)),
        line_ends_(std::move(other.line_ends_)),
        limit_(other.limit_),
        header_(std::move(other.header_)) {
    other.text_ = nullptr;
  }
  csv_table& operator=(csv_table&& other) noexcept {
    if (this != &other) {
      delete text_;
      text_ = other.text_;
      other.text_ = nullptr;
      ends_ = std::move(other.ends_);
      directory_ = std::move(other.directory_);
      starts_ = std::move(other.starts_);
      line_ends_ = std::move(other.line_ends_);
      limit_ = other.limit_;
      header_ = std::move(other.header_);
    }
    return *this;
  }
  ~csv_table() { delete text_; }

  /// The column names of the header row.
  const std::vector<std::string_view>& header() const { return header_; }
  /// Data rows (the header excluded).
  std::size_t rows() const { return starts_.size() - 1; }
  /// The number of cells in a row (a short or long row reads as written).
  std::size_t width(std::size_t row) const {
    check_row(row);
    return ends_between(starts_[row + 1], row_limit(row + 1));
  }
  /// The 1-based line of the text on which a row starts (quoted newlines count).
  std::size_t line(std::size_t row) const {
    check_row(row);
    return line_of(row + 1);
  }

  /// The cell of a row at a column index; empty for a column the row is too short to have.
  std::string_view cell(std::size_t row, std::size_t column) const {
    check_row(row);
    return cell_of(row + 1, column);
  }

  /// Every cell of a row, in order, into `out` (cleared first): one pass over
  /// the row, for reading it whole (cell() per column finds each anew).
  void cells(std::size_t row, std::vector<std::string_view>& out) const {
    check_row(row);
    out.clear();
    split_row(row + 1, out);
  }

  /// True when the header has a column of that name (exact, as written).
  bool has_column(std::string_view name) const {
    for (const auto& h : header_) {
      if (h == name) return true;
    }
    return false;
  }

  /// The index of a column by its name in the header (exact, as written).
  /// An unknown name raises curveshift::error listing the header's names.
  std::size_t column(std::string_view name) const {
    for (std::size_t i = 0; i < header_.size(); ++i) {
      if (header_[i] == name) return i;
    }
    std::string names;
    for (const auto& h : header_) names.append(names.empty() ? "" : ", ").append(parse_error::quote(h));
    detail::fail_text("csv_table::column", "name", parse_error::quote(name), "a column of the header: " + names);
  }

 private:
  friend csv_table read_csv(std::string&& text);
  csv_table() = default;
  void check_row(std::size_t row) const {
    if (row >= rows()) detail::fail("csv_table", "row", static_cast<long double>(row), "a row index below rows()");
  }
  // Rows index starts_ with the header at 0, so no data row is moved.
  std::size_t row_limit(std::size_t r) const { return r + 1 < starts_.size() ? starts_[r + 1] : limit_; }
  // The bits of ends_ in the word holding `from`, those below `from` and
  // from `to` on cleared: the scans below go a word at a time through it.
  std::uint64_t word_from(std::size_t from, std::size_t to) const {
    const std::size_t base = from - from % 64;
    std::uint64_t word = ends_[from / 64] & (~std::uint64_t{0} << (from % 64));
    if (to - base < 64) word &= (std::uint64_t{1} << (to - base)) - 1;
    return word;
  }
  static std::size_t next_word(std::size_t from) { return from - from % 64 + 64; }
  // Set bits of ends_ in [from, to).
  std::size_t count_ends(std::size_t from, std::size_t to) const {
    std::size_t count = 0;
    for (; from < to; from = next_word(from)) count += static_cast<std::size_t>(std::popcount(word_from(from, to)));
    return count;
  }
  // The position of the end of the n-th cell (0-based) at or after from,
  // or to when the row has fewer cells.
  std::size_t nth_end(std::size_t from, std::size_t to, std::size_t n) const {
    for (; from < to; from = next_word(from)) {
      std::uint64_t word = word_from(from, to);
      const auto in_word = static_cast<std::size_t>(std::popcount(word));
      if (n >= in_word) {
        n -= in_word;
        continue;
      }
      for (; n > 0; --n) word &= word - 1;
      return from - from % 64 + static_cast<std::size_t>(std::countr_zero(word));
    }
    return to;
  }
  // Every cell of row r (the header at 0) appended to out, in one pass.
  void split_row(std::size_t r, std::vector<std::string_view>& out) const {
    const std::size_t to = row_limit(r);
    const std::string_view text = *text_;
    std::size_t begin = starts_[r];
    for (std::size_t from = begin; from < to; from = next_word(from)) {
      for (std::uint64_t word = word_from(from, to); word != 0; word &= word - 1) {
        const std::size_t end = from - from % 64 + static_cast<std::size_t>(std::countr_zero(word));
        out.push_back(text.substr(begin, end - begin));
        begin = end + 1;
      }
    }
  }
  // Bits past which a row is found by rank and select, not by a scan from
  // its start: a scan is faster on rows of ordinary length, and select keeps
  // each cell of a row of millions of cells a few steps away (reading every
  // cell of such a row by scans took time quadratic in its width).
  static constexpr std::size_t long_row = 1024;
  // Set bits in [0, at): the directory's count for the block, then its words.
  std::size_t rank(std::size_t at) const {
    const std::size_t block = at / block_bits;
    std::size_t count = directory_[block];
    for (std::size_t w = block * (block_bits / 64); w < at / 64; ++w) count += static_cast<std::size_t>(std::popcount(ends_[w]));
    if (at % 64 != 0) count += static_cast<std::size_t>(std::popcount(ends_[at / 64] & ((std::uint64_t{1} << (at % 64)) - 1)));
    return count;
  }
  // The position of the set bit of rank n (0-based), or limit_ past the last.
  std::size_t select(std::size_t n) const {
    std::size_t lo = 0;
    std::size_t hi = directory_.size();
    while (hi - lo > 1) {  // the last block whose count before it is <= n
      const std::size_t mid = lo + (hi - lo) / 2;
      if (directory_[mid] <= n) lo = mid;
      else hi = mid;
    }
    return nth_end(lo * block_bits, limit_, n - directory_[lo]);
  }
  std::size_t ends_between(std::size_t from, std::size_t to) const {
    return to - from <= long_row ? count_ends(from, to) : rank(to) - rank(from);
  }
  std::string_view cell_of(std::size_t r, std::size_t column) const {
    const std::size_t from = starts_[r];
    const std::size_t to = row_limit(r);
    std::size_t first = 0;
    std::size_t end = 0;
    if (to - from <= long_row) {
      first = column == 0 ? from : nth_end(from, to, column - 1) + 1;
      if (first >= to) return {};
      end = nth_end(first, to, 0);
    } else {
      const std::size_t before = rank(from);
      if (column >= rank(to) - before) return {};
      first = column == 0 ? from : select(before + column - 1) + 1;
      end = select(before + column);
    }
    if (end >= to) return {};
    return std::string_view(*text_).substr(first, end - first);
  }
  // Every line end of the text is kept in the written-back text as one
  // '\n' (a row's end, a blank line, a newline inside quotes), so a row's
  // line is one more than the '\n's before its start: a count kept every
  // 128 bytes (3% of the text), then the bytes since.
  static constexpr std::size_t line_block = 128;
  std::size_t line_of(std::size_t r) const {
    const std::size_t at = starts_[r];
    std::size_t count = line_ends_[at / line_block];
    const std::string_view text = *text_;
    const std::size_t from = at - at % line_block;
    const std::size_t to = std::min(at, text.size());
    if (from < to) count += line_ends_in(text.data() + from, text.data() + to);
    return count + 1;
  }
  // The '\n's in [from, to), eight bytes at a time: a byte that is '\n'
  // becomes a zero byte of x ^ 0x0a..0a, found exactly (no carry between
  // bytes) and summed by a multiply. The speed does not depend on what the
  // compiler vectorises, nor on how dense the line ends are (memchr per
  // line end took 2 s on 100 MB of newlines).
  static std::size_t line_ends_in(const char* from, const char* to) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t low7 = 0x7f7f7f7f7f7f7f7fULL;
    std::size_t count = 0;
    for (; to - from >= 8; from += 8) {
      std::uint64_t word;
      std::memcpy(&word, from, sizeof word);
      const std::uint64_t x = word ^ (ones * '\n');
      const std::uint64_t nonzero = ((x & low7) + low7) | x;  // high bit set where the byte is not zero
      count += static_cast<std::size_t>(((~nonzero >> 7) & ones) * ones >> 56);
    }
    for (; from < to; ++from) count += *from == '\n' ? 1 : 0;
    return count;
  }

  // On the heap behind a pointer, so moving the table never moves the text:
  // a short std::string lives inside the object (SSO) and would move with
  // it, leaving every view read from the table dangling (fuzz_csv found it).
  // Owned by hand rather than by std::unique_ptr: <memory> would cost this
  // header half a second of compile time.
  std::string* text_ = nullptr;
  // Bit k set: a cell ends at byte k of the text, where its comma or line
  // end was written back (the last cell of a text without a final line end
  // ends one past the text). Cells are contiguous, so a cell starts one past
  // the end before it, and an empty cell is a bit like any other.
  std::vector<std::uint64_t> ends_;
  // The cell ends before each block of block_bits bits (rank's directory:
  // 4 bytes per 512 bytes of text).
  static constexpr std::size_t block_bits = 512;
  std::vector<std::uint32_t> directory_;
  std::vector<std::uint32_t> starts_;
  std::vector<std::uint32_t> line_ends_;  // '\n's before each block of line_block bytes
  std::size_t limit_ = 0;
  std::vector<std::string_view> header_;
};

/// Reads CSV text (RFC 4180). The first record is the header; blank lines
/// are skipped; a UTF-8 byte-order mark is skipped. A quote that is never
/// closed, or text between a closing quote and the next comma, raises
/// curveshift::error with the line. A quote inside an unquoted cell is kept
/// as written, as spreadsheet programs do. The table takes the string:
/// quotes are removed in place, with no second copy of the text. A text
/// past csv_max_bytes, or a header wider than csv_max_columns, raises
/// curveshift::error.
inline csv_table read_csv(std::string&& source) {
  constexpr const char* function = "read_csv";
  csv_table t;
  t.text_ = new std::string(std::move(source));
  const std::string_view text = *t.text_;
  if (text.size() > csv_max_bytes) {
    detail::fail(function, "size", static_cast<long double>(text.size()), "a text under 4 GiB (split the file)");
  }
  // One count ahead sizes the rows (growing by doubling moved and
  // page-faulted twice the memory): a row takes a line end and two bytes at
  // least, so a text of quoted newlines or blank lines reserves at most 4
  // bytes per 2 bytes of text, however many line ends it has. (A count that
  // follows quotes would be exact but is a byte loop: it was a fifth of the
  // read.)
  const std::size_t newlines = csv_table::line_ends_in(text.data(), text.data() + text.size());
  t.starts_.reserve(std::min(newlines + 1, text.size() / 2 + 1));
  t.ends_.assign(text.size() / 64 + 1, 0);
  // Cells are written back over the text as they are read: removing quotes
  // only shrinks, and each cell's comma or line end is written as one byte,
  // so the write position never passes the read position.
  char* out = t.text_->data();
  std::size_t i = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  std::size_t w = 0;
  std::size_t line = 1;
  const std::size_t n = text.size();
  auto where = [&](std::size_t at_line) { return "line " + std::to_string(at_line); };
  auto mark_end = [&t](std::size_t at) { t.ends_[at / 64] |= std::uint64_t{1} << (at % 64); };
  while (i < n) {
    // A blank line is no record; its line end is kept for line().
    if (text[i] == '\n' || text[i] == '\r') {
      if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
      ++i;
      ++line;
      out[w++] = '\n';
      continue;
    }
    const auto row = t.starts_.size();
    t.starts_.push_back(static_cast<std::uint32_t>(w));
    std::size_t cells = 0;
    while (true) {
      if (i < n && text[i] == '"') {
        const std::size_t quote_line = line;
        ++i;
        while (true) {
          if (i >= n) {
            detail::fail(function, where(quote_line) + ": a quoted cell is not closed before the end of the text");
          }
          const char c = text[i];
          if (c == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              out[w++] = '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (c == '\n') ++line;
          out[w++] = c;
          ++i;
        }
        if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          detail::fail(function, where(line) + ", cell " + std::to_string(cells + 1) +
                                     ": text after a closing quote; expected a comma or the end of the line");
        }
      } else {
        while (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') out[w++] = text[i++];
      }
      ++cells;
      // The separator is read before its byte is written back: the write
      // position may be the separator's own.
      const char separator = i < n ? text[i] : '\0';
      mark_end(w);
      if (i < n) out[w] = separator == ',' ? ',' : '\n';
      ++w;
      if (separator == ',') {
        ++i;
        continue;
      }
      if (separator == '\r' || separator == '\n') {
        if (separator == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
        ++i;
        ++line;
      }
      break;
    }
    if (row == 0 && cells > csv_max_columns) {
      detail::fail_text(function, "header", std::to_string(cells) + " columns",
                        "a header of at most csv_max_columns = " + std::to_string(csv_max_columns) + " columns");
    }
  }
  // The last cell's end may sit one past the text (no final line end).
  t.limit_ = w;
  constexpr std::size_t words_per_block = csv_table::block_bits / 64;
  t.directory_.reserve(t.ends_.size() / words_per_block + 1);
  std::uint32_t seen = 0;
  for (std::size_t word = 0; word < t.ends_.size(); ++word) {
    if (word % words_per_block == 0) t.directory_.push_back(seen);
    seen += static_cast<std::uint32_t>(std::popcount(t.ends_[word]));
  }
  if (t.ends_.size() % words_per_block == 0) t.directory_.push_back(seen);
  t.line_ends_.reserve(w / csv_table::line_block + 1);
  std::uint32_t line_ends = 0;
  for (std::size_t at = 0; at <= w; at += csv_table::line_block) {
    t.line_ends_.push_back(line_ends);
    const std::size_t stop = std::min(at + csv_table::line_block, std::min(w, n));
    if (at < stop) line_ends += static_cast<std::uint32_t>(csv_table::line_ends_in(out + at, out + stop));
  }
  t.text_->resize(w < n ? w : n);
  if (t.starts_.empty()) detail::fail(function, "the text has no header row; expected a header of column names");
  t.header_.reserve(t.ends_between(t.starts_[0], t.row_limit(0)));
  t.split_row(0, t.header_);
  return t;
}

/// Reads a CSV file whole (read_csv). A file that cannot be opened raises
/// curveshift::error with its path.
/// max_bytes (at most csv_max_bytes): the largest file taken; a longer one,
/// or one without end (/dev/zero), raises once that much is read.
inline csv_table read_csv_file(const std::string& path, std::size_t max_bytes = csv_max_bytes) {
  constexpr const char* function = "read_csv_file";
  if (max_bytes > csv_max_bytes) {
    detail::fail(function, "max_bytes", max_bytes, "at most csv_max_bytes = " + std::to_string(csv_max_bytes));
  }
  // <cstdio>, not <fstream>: the streams cost this header a third of a
  // second of compile time.
  errno = 0;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    // The system's reason ("No such file or directory", "Permission denied").
    const int why = errno;
    detail::fail_text(function, "path", parse_error::quote(path),
                      std::string("a file that can be opened for reading (") + (why ? std::strerror(why) : "cannot open") + ")");
  }
  std::string text;
  // A file that says its size is read into a string of that size, so the
  // text is held once; growing by doubling held up to three times it while
  // it moved. A device or pipe (no size) grows, still checked as it reads.
  if (std::fseek(file, 0, SEEK_END) == 0) {
    const long size = std::ftell(file);
    if (size > 0 && static_cast<unsigned long>(size) <= max_bytes) text.reserve(static_cast<std::size_t>(size));
    std::rewind(file);
  }
  char buffer[1 << 16];
  std::size_t got = 0;
  bool too_large = false;
  // The size is checked as the file is read, so a file without end
  // (/dev/zero) or past the limit stops at the limit, not when memory runs out.
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
    if (text.size() + got > max_bytes) {
      too_large = true;
      break;
    }
    text.append(buffer, got);
  }
  const int why = errno;
  const bool failed = !too_large && std::ferror(file) != 0;
  std::fclose(file);
  if (too_large) {
    detail::fail_text(function, "path", parse_error::quote(path),
                      "a file of at most " + std::to_string(max_bytes) + " bytes (max_bytes; split the file)");
  }
  if (failed) {
    detail::fail_text(function, "path", parse_error::quote(path),
                      std::string("a file that reads to its end (") + (why ? std::strerror(why) : "read error") + ")");
  }
  if (text.empty()) detail::fail_text(function, "path", parse_error::quote(path), "a file with a header row (it is empty)");
  return read_csv(std::move(text));
}

/// Reads CSV text from a view or a literal: one copy, then as above.
inline csv_table read_csv(std::string_view text) { return read_csv(std::string(text)); }
inline csv_table read_csv(const char* text) { return read_csv(std::string_view(text)); }

}  // namespace curveshift
