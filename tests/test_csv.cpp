// CSV: RFC 4180 reading, typed columns, bad-row reporting, and Epoch AI's
// file shape (newest first, empty cells, bounds columns, joint developers).
#include <cstdio>
#include <fstream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "curveshift/data/csv.hpp"
#include "curveshift/curveshift.hpp"
#include "curveshift/fit.hpp"
#include "curveshift/data/select.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
// Epoch AI's notable-models columns (a subset, in their order and spelling), newest first.
// Rows written for this test; the figures are the shipped catalogue's.
constexpr std::string_view epoch_shape =
    "Model,Domain,Organization,Publication date,Parameters,Training compute (FLOP),"
    "Training dataset size (total),Training compute lower bound,Training compute upper bound\r\n"
    "DeepSeek-V3,Language,DeepSeek,2024-12-26,671000000000,3.2856e+24,14800000000000,,\r\n"
    "Claude 3.5 Sonnet,Language,Anthropic,2024-06-20,,,,,\r\n"
    "Gemini 1.0 Ultra,\"Multimodal,Language\",\"Google DeepMind,Google\",2023-12-06,,,,,\r\n"
    "Llama 2-70B,Language,Meta AI,2023-07-18,70000000000,8.4e+23,2000000000000,6e+23,1.2e+24\r\n"
    "PaLM (540B),Language,Google Research,2022-04-05,540000000000,2.5272e+24,780000000000,,\r\n"
    "GPT-3 175B (davinci),Language,OpenAI,2020-05-28,175000000000,3.14e+23,300000000000,,\r\n";

template <class Table>
concept reads_from = requires(Table&& t, csv_columns c) { read_observations<compute<>>(static_cast<Table&&>(t), c); };
}  // namespace

TEST_CASE("read_csv reads RFC 4180: quotes, escaped quotes, embedded commas and newlines", "[csv]") {
  // A BOM, CRLF and LF line ends, a blank line, a quoted comma, "" for a quote, a quoted newline.
  const std::string text =
      "\xEF\xBB\xBFname,note,value\r\n"
      "a,\"one, two\",1\n"
      "\n"
      "b,\"say \"\"hi\"\"\",2\r\n"
      "c,\"line one\nline two\",3\n"
      "d,,4";
  const auto t = read_csv(text);
  CHECK(t.header() == std::vector<std::string_view>{"name", "note", "value"});
  REQUIRE(t.rows() == 4);
  CHECK(t.cell(0, 1) == "one, two");
  CHECK(t.cell(1, 1) == "say \"hi\"");
  CHECK(t.cell(2, 1) == "line one\nline two");
  CHECK(t.cell(3, 1).empty());
  CHECK(t.cell(3, 2) == "4");  // the last line needs no line end
  // Lines: the header is line 1, a on 2, the blank line 3, b on 4, c on 5-6, d on 7.
  CHECK(t.line(0) == 2);
  CHECK(t.line(1) == 4);
  CHECK(t.line(2) == 5);
  CHECK(t.line(3) == 7);
  CHECK(t.column("value") == 2);
  CHECK(t.has_column("note"));
  CHECK_FALSE(t.has_column("Note"));
  // A short row reads as written; its missing cells are empty.
  const auto ragged = read_csv("a,b,c\n1\n");
  CHECK(ragged.width(0) == 1);
  CHECK(ragged.cell(0, 2).empty());
  // A moved table keeps its cells, even a text short enough to live inside a
  // std::string object (fuzz_csv found views dangling after such a move).
  auto small = read_csv("h\nx\n");
  const auto moved = std::move(small);
  CHECK(moved.header()[0] == "h");
  CHECK(moved.cell(0, 0) == "x");
  static_assert(!std::is_copy_constructible_v<csv_table>);
  // A quote inside an unquoted cell is kept, as spreadsheets write it.
  CHECK(read_csv("h\n5\" disk\n").cell(0, 0) == "5\" disk");
}

TEST_CASE("read_observations reads Epoch AI's shape: newest first, empty cells, bounds", "[csv]") {
  const auto table = read_csv(epoch_shape);
  const auto read = read_observations<compute<>>(table, {.when = "Publication date",
                                                         .value = "Training compute (FLOP)",
                                                         .name = "Model",
                                                         .developer = "Organization",
                                                         .lower = "Training compute lower bound",
                                                         .upper = "Training compute upper bound"});
  // Claude 3.5 Sonnet and Gemini 1.0 Ultra have no compute: skipped, listed, not an error.
  REQUIRE(read.records.size() == 4);
  REQUIRE(read.skipped.size() == 2);
  CHECK(read.skipped[0].line == 3);
  CHECK(read.skipped[0].row == 1);
  CHECK(table.cell(read.skipped[0].row, table.column("Model")) == "Claude 3.5 Sonnet");
  CHECK(read.skipped[0].column == 6);
  CHECK(read.skipped[0].column_name == "Training compute (FLOP)");
  CHECK(read.skipped[0].reason == "empty");
  CHECK(to_string(read.skipped[1]) == "line 4, column 6 (\"Training compute (FLOP)\") = \"\": empty");
  CHECK(read.records[0].name == "DeepSeek-V3");
  CHECK(read.records[0].value.in(flop) == Approx(3.2856e24));
  CHECK(read.records[0].line == 2);
  CHECK_FALSE(read.records[0].bounds.has_value());
  // Llama 2's bounds: 6e23-1.2e24 FLOP around its 8.4e23.
  REQUIRE(read.records[1].bounds.has_value());
  CHECK(read.records[1].bounds->in(flop).lo() == Approx(6e23));
  CHECK(read.records[1].bounds->in(flop).hi() == Approx(1.2e24));
  // fit_trend takes the records as they are; its start is the earliest date (GPT-3, the last row).
  // By hand over the 4 rows (Python, least squares of ln FLOP on days / 365.2425 from 2020-05-28):
  // slope 0.417730 per year, so 1.518510x per year.
  const auto fit = fit_trend(read.records);
  CHECK(fit.start.when == date{2020, 5, 28});
  CHECK(fit.trend.per_year().value() == Approx(1.518510).epsilon(1e-6));
  // Joint developers are each a developer; names match whole, case ignored.
  const auto all = read_observations<compute<>>(table, {.when = "Publication date", .value = "Parameters",
                                                        .developer = "Organization"});
  CHECK(all.records.size() == 4);
  CHECK(by_developer(read.records, "google research").size() == 1);
  CHECK(by_developer(read.records, "Meta AI").size() == 1);
}

TEST_CASE("values with units read where the column writes them", "[csv]") {
  const auto table = read_csv(
      "when,cost,compute,params\n"
      "2024-12-26,$5.576M,3.29e24 FLOP,37B parameters\n"
      "2024-06-20,\"$20,000,000\",1e25,70000000000\n");
  const auto cost = read_observations<money<>>(table, {.when = "when", .value = "cost"});
  CHECK(cost.records[0].value.in(million_usd) == Approx(5.576));
  CHECK(cost.records[1].value.in(million_usd) == Approx(20));
  const auto work = read_observations<compute<>>(table, {.when = "when", .value = "compute"});
  CHECK(work.records[0].value.in(flop) == Approx(3.29e24));
  CHECK(work.records[1].value.in(flop) == Approx(1e25));
  const auto params = read_observations<parameter_count<>>(table, {.when = "when", .value = "params"});
  CHECK(params.records[0].value.in(billion_parameters) == Approx(37));
  CHECK(params.records[1].value.in(billion_parameters) == Approx(70));
}

TEST_CASE("a bad row stops the read, or is skipped and listed with its reason", "[csv][bad-input]") {
  const auto table = read_csv(
      "Model,Publication date,Training compute (FLOP)\n"
      "A,2023-01-01,1e24\n"
      "B,2023-02-30,1e24\n"
      "C,2023-03-01,3.8e25 FLOP/s\n"
      "D,2023-04-01,-5\n"
      "E,2023-05-01,2e24\n");
  const csv_columns columns{.when = "Publication date", .value = "Training compute (FLOP)", .name = "Model"};
  // Stop (the default): the first bad row, by line, column, header name and cell.
  CHECK_THROWS_WITH(read_observations<compute<>>(table, columns),
                    ContainsSubstring("read_observations") && ContainsSubstring("line 3, column 2") &&
                        ContainsSubstring("(\"Publication date\") = \"2023-02-30\"") &&
                        ContainsSubstring("a day that exists in that month"));
  // Skip: every bad row with its reason, the good rows read.
  const auto read = read_observations<compute<>>(table, columns, on_bad_row::skip);
  REQUIRE(read.records.size() == 2);
  CHECK(read.records[1].name == "E");
  REQUIRE(read.skipped.size() == 3);
  CHECK(read.skipped[0].line == 3);
  CHECK(read.skipped[1].line == 4);
  CHECK(read.skipped[1].cell == "3.8e25 FLOP/s");  // a rate in a compute column
  CHECK_THAT(read.skipped[1].reason, ContainsSubstring("expected"));
  CHECK(read.skipped[2].reason == "expected a finite value >= 0");
  // A lower bound above the value is dropped and listed; the row is kept,
  // with its good upper bound, even with on_bad_row::stop.
  const auto bounded = read_csv("d,v,lo,hi\n2023-01-01,1e24,2e24,3e24\n");
  const auto kept = read_observations<compute<>>(bounded, {.when = "d", .value = "v", .lower = "lo", .upper = "hi"});
  REQUIRE(kept.records.size() == 1);
  CHECK_FALSE(kept.records[0].lower.has_value());
  CHECK(kept.records[0].upper == flop(3e24));
  CHECK_FALSE(kept.records[0].bounds.has_value());
  REQUIRE(kept.dropped_bounds.size() == 1);
  CHECK(kept.dropped_bounds[0].column == 3);
  CHECK(kept.dropped_bounds[0].reason == "expected a lower bound <= the value 1e24");
}

TEST_CASE("a bad bound keeps its row's value: Epoch's Grok-1", "[csv]") {
  // Epoch AI's notable models file lists Grok-1 at 2.9e24 FLOP with bounds
  // "2" and "7" (read as 2 and 7 FLOP): the value stands, the upper bound
  // (7 FLOP, below 2.9e24) is dropped and listed, the lower bound (2 FLOP,
  // below the value) is kept. A row with one bound filled keeps that bound.
  const auto table = read_csv(
      "Model,Publication date,Training compute (FLOP),lo,hi\n"
      "Grok-1,2023-11-04,2.9e24,2,7\n"
      "One bound,2024-01-01,1e24,,2e24\n"
      "Both,2024-02-01,1e24,5e23,2e24\n"
      "Unreadable,2024-03-01,1e24,lots,2e24\n");
  const csv_columns columns{.when = "Publication date", .value = "Training compute (FLOP)", .name = "Model",
                            .lower = "lo", .upper = "hi"};
  const auto read = read_observations<compute<>>(table, columns);
  REQUIRE(read.records.size() == 4);
  CHECK(read.records[0].value == flop(2.9e24));
  CHECK(read.records[0].lower == flop(2));
  CHECK_FALSE(read.records[0].upper.has_value());
  CHECK(read.records[1].upper == flop(2e24));
  CHECK_FALSE(read.records[1].lower.has_value());
  REQUIRE(read.records[2].bounds.has_value());
  CHECK(read.records[2].bounds->in(flop).lo() == 5e23);
  CHECK(read.records[3].upper == flop(2e24));
  REQUIRE(read.dropped_bounds.size() == 2);
  CHECK(read.dropped_bounds[0].line == 2);
  CHECK(read.dropped_bounds[0].column_name == "hi");
  CHECK(read.dropped_bounds[0].reason == "expected an upper bound >= the value 2.9e24");
  CHECK(read.dropped_bounds[1].cell == "lots");
  CHECK(read.skipped.empty());
}

TEST_CASE("bad CSV text and bad column names raise curveshift::error", "[csv][bad-input]") {
  CHECK_THROWS_WITH(read_csv("a,b\n1,\"open\n2,3\n"),
                    ContainsSubstring("read_csv") && ContainsSubstring("line 2") && ContainsSubstring("not closed"));
  CHECK_THROWS_WITH(read_csv("a,b\n1,\"x\"y\n"), ContainsSubstring("read_csv") && ContainsSubstring("line 2, cell 2") &&
                                                    ContainsSubstring("after a closing quote"));
  CHECK_THROWS_WITH(read_csv(""), ContainsSubstring("read_csv") && ContainsSubstring("no header row"));
  CHECK_THROWS_WITH(read_csv("\n\r\n"), ContainsSubstring("no header row"));
  const auto table = read_csv(epoch_shape);
  CHECK_THROWS_WITH(table.column("Training compute"),
                    ContainsSubstring("csv_table::column") && ContainsSubstring("name = \"Training compute\"") &&
                        ContainsSubstring("\"Training compute (FLOP)\""));
  CHECK_THROWS_WITH(read_observations<compute<>>(table, {.when = "Date", .value = "Training compute (FLOP)"}),
                    ContainsSubstring("name = \"Date\""));
  CHECK_THROWS_WITH(read_observations<compute<>>(table, {.when = "", .value = "Training compute (FLOP)"}),
                    ContainsSubstring("read_observations") && ContainsSubstring("columns.when"));
  CHECK_THROWS_WITH(read_observations<compute<>>(table, {.when = "Publication date", .value = "Parameters",
                                                         .lower = "Training compute lower bound"}),
                    ContainsSubstring("read_observations") && ContainsSubstring("columns.lower"));
  CHECK_THROWS_WITH(read_csv_file("/nonexistent/curveshift.csv"),
                    ContainsSubstring("read_csv_file") && ContainsSubstring("path = \"/nonexistent/curveshift.csv\""));
  // Records point into their table: reading from a temporary table does not compile.
  static_assert(reads_from<const csv_table&>);
  static_assert(!reads_from<csv_table>);
}

TEST_CASE("read_csv_file reads a file whole", "[csv]") {
  const std::string path = "curveshift_test_read_csv_file.csv";
  {
    std::ofstream out(path, std::ios::binary);
    out << epoch_shape;
  }
  const auto table = read_csv_file(path);
  std::remove(path.c_str());
  CHECK(table.rows() == 6);
  CHECK(table.cell(2, 2) == "Google DeepMind,Google");
}

TEST_CASE("a row of another width than the header is a bad row, never shifted", "[csv][bad-input]") {
  // Issue 24, item 6: "3,800" unquoted made the row 4 cells wide, and it read
  // as 3 FLOP named "800". Now the row stops the read or is skipped and listed.
  const auto table = read_csv("date,compute,name\n2024-01-01,3,800,GPT\n2024-02-01,5e24,Short\n2024-03-01,6e24\n");
  const csv_columns cols{.when = "date", .value = "compute", .name = "name"};
  CHECK_THROWS_WITH(read_observations<compute<>>(table, cols),
                    ContainsSubstring("read_observations") && ContainsSubstring("line 2") &&
                        ContainsSubstring("a row of 4 cells; expected 3"));
  const auto read = read_observations<compute<>>(table, cols, on_bad_row::skip);
  REQUIRE(read.records.size() == 1);
  CHECK(read.records[0].name == "Short");
  REQUIRE(read.skipped.size() == 2);
  CHECK(read.skipped[0].line == 2);
  CHECK(read.skipped[0].reason == "a row of 4 cells; expected 3, as the header has (an unquoted comma?)");
  CHECK(read.skipped[0].cell == "GPT");  // the first cell past the header's width
  CHECK(read.skipped[1].line == 4);
  CHECK(read.skipped[1].reason == "a row of 2 cells; expected 3, as the header has (an unquoted comma?)");
}

TEST_CASE("a bare number past a double's range is reported as out of range", "[csv][bad-input]") {
  // Issue 24, item 8: "1e400" was reported as expected "FLOP" or "PF-days".
  const auto table = read_csv("date,compute\n2024-01-01,1e400\n2024-02-01,1e-400\n2024-03-01,2e24\n");
  const auto read = read_observations<compute<>>(table, {.when = "date", .value = "compute"}, on_bad_row::skip);
  REQUIRE(read.records.size() == 1);
  REQUIRE(read.skipped.size() == 2);
  CHECK(read.skipped[0].reason == "a number out of the range of a double (about 1e-308 to 1e308)");
  CHECK(read.skipped[1].cell == "1e-400");
  CHECK(read.skipped[1].reason == "a number out of the range of a double (about 1e-308 to 1e308)");
}

TEST_CASE("read_csv_file: the system's reason, the path, and a size checked as it reads", "[csv][bad-input][limits]") {
  // Issue 24, items 7 and 8: messages without the operating system's reason,
  // an empty file's message without its path, /dev/zero read until memory ran out.
  CHECK_THROWS_WITH(read_csv_file("/nonexistent/models.csv"),
                    ContainsSubstring("read_csv_file: path = \"/nonexistent/models.csv\"") &&
                        ContainsSubstring("No such file or directory"));
  CHECK_THROWS_WITH(read_csv_file("/"), ContainsSubstring("read_csv_file") && ContainsSubstring("Is a directory"));
  const std::string empty = "curveshift_test_empty.csv";
  std::fclose(std::fopen(empty.c_str(), "wb"));
  CHECK_THROWS_WITH(read_csv_file(empty), ContainsSubstring("path = \"curveshift_test_empty.csv\"") &&
                                              ContainsSubstring("it is empty"));
  std::remove(empty.c_str());
  CHECK_THROWS_WITH(read_csv_file("/dev/zero", std::size_t{1} << 20),
                    ContainsSubstring("read_csv_file") && ContainsSubstring("at most 1048576 bytes"));
  CHECK_THROWS_WITH(read_csv_file("x.csv", csv_max_bytes + 1), ContainsSubstring("max_bytes = 4294967295"));
}

TEST_CASE("a bad cell is quoted by its first 80 bytes and its size", "[csv][bad-input][limits]") {
  // Issue 24, item 7: a message embedded the whole cell (up to 419 MB).
  const std::string long_cell(1000, 'x');
  const auto table = read_csv("date,compute\n2024-01-01," + long_cell + "\n");
  const auto read = read_observations<compute<>>(table, {.when = "date", .value = "compute"}, on_bad_row::skip);
  REQUIRE(read.skipped.size() == 1);
  CHECK(read.skipped[0].cell == std::string(80, 'x') + "... (1000 bytes)");
  try {
    (void)read_observations<compute<>>(table, {.when = "date", .value = "compute"});
    FAIL("a bad cell must stop the read");
  } catch (const curveshift::error& e) {
    CHECK(std::string(e.what()).size() < 400);
  }
}

TEST_CASE("a row of a million cells reads every cell, in any order", "[csv]") {
  // The header "h", then one row of 1,000,000 cells "0", "1", ... "999999"
  // (long rows are found by rank and select, short ones by a scan: this row
  // is past the scan's 1024 bits, the first row below it).
  std::string text = "h\n";
  for (int i = 0; i < 1'000'000; ++i) text += std::to_string(i) + (i + 1 < 1'000'000 ? "," : "\n");
  text += "a,,\"b,c\"\n";
  const auto t = read_csv(std::move(text));
  REQUIRE(t.rows() == 2);
  CHECK(t.width(0) == 1'000'000);
  CHECK(t.cell(0, 0) == "0");
  CHECK(t.cell(0, 1) == "1");
  CHECK(t.cell(0, 511) == "511");
  CHECK(t.cell(0, 999'999) == "999999");
  CHECK(t.cell(0, 1'000'000).empty());
  std::size_t wrong = 0;
  for (std::size_t c = 0; c < 1'000'000; c += 997) wrong += t.cell(0, c) == std::to_string(c) ? 0 : 1;
  CHECK(wrong == 0);
  CHECK(t.width(1) == 3);
  CHECK(t.cell(1, 1).empty());
  CHECK(t.cell(1, 2) == "b,c");
  CHECK(t.line(1) == 3);
}

TEST_CASE("csv_table::cells reads a row whole, as cell() reads it column by column", "[csv]") {
  // Row 0: three cells, one quoted with a comma; row 1 (after a blank line): one empty cell too few.
  const auto t = read_csv(std::string("a,b,c\n1,\"x,y\",3\n\n4,\n"));
  std::vector<std::string_view> cells{"left over"};
  t.cells(0, cells);
  CHECK(cells == std::vector<std::string_view>{"1", "x,y", "3"});
  t.cells(1, cells);
  CHECK(cells == std::vector<std::string_view>{"4", ""});
  CHECK(t.line(1) == 4);
  CHECK_THROWS_WITH(t.cells(2, cells), ContainsSubstring("csv_table: row = 2; expected a row index below rows()"));
}
