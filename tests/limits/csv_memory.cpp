// tests/limits/csv_memory.cpp: read_csv holds a text of any shape in at most
// 4 times its size (the README's limits table). Run once per shape, each in
// its own process, because peak resident memory (getrusage) only grows.
//
// The shapes are the hostile ones: a header of commas (refused past
// csv_max_columns, without first indexing it), a data row of commas, a quoted
// cell of newlines, and rows of two empty cells (",\n": the most rows a text
// can hold). Before the table kept one bit per byte for cell ends, these cost
// 29.5, 9, 1.3 and 21 times the text (100 MiB files, measured).
#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "curveshift/data/csv.hpp"

namespace {
double peak_bytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) * 1024.0;  // Linux reports KiB
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s commas|row_of_commas|quoted_newlines|empty_rows\n", argv[0]);
    return 2;
  }
  constexpr std::size_t size = std::size_t{64} << 20;
  const std::string shape = argv[1];
  const double before = peak_bytes();
  std::string text;
  text.reserve(size);  // the text itself is made once, not grown by doubling
  if (shape == "commas") {
    text.assign(size, ',');
  } else if (shape == "row_of_commas") {
    text += "a\n";
    text.append(size - 2, ',');
  } else if (shape == "quoted_newlines") {
    text += "a\n\"";
    text.append(size - 4, '\n');
    text += '"';
  } else if (shape == "empty_rows") {
    text += "a,b\n";
    while (text.size() + 2 <= size) text += ",\n";
  } else {
    std::fprintf(stderr, "unknown shape %s\n", shape.c_str());
    return 2;
  }
  const std::size_t bytes = text.size();
  std::string outcome;
  try {
    const auto table = curveshift::read_csv(std::move(text));
    outcome = std::to_string(table.rows()) + " rows";
  } catch (const curveshift::error& e) {
    outcome = std::string("error: ") + e.what();
  }
  const double ratio = (peak_bytes() - before) / static_cast<double>(bytes);
  std::printf("%s: %s; peak %.2f times the text\n", shape.c_str(), outcome.c_str(), ratio);
  if (ratio > 4.0) {
    std::printf("FAILED: more than 4 times the text\n");
    return 1;
  }
  return 0;
}
