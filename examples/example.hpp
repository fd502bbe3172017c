// examples/example.hpp: what every essay example shares, kept small so the
// examples themselves read as the explanation: a heading, the essay's
// sentence, a calculation and its result, and optional CSV data for plots.
#pragma once

#include <charconv>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace example {

/// Where an example writes: the account to stdout, and (with --csv DIR)
/// the data behind its pictures to DIR/<name>.csv.
struct page {
  std::ostream& out;
  std::string csv_dir;  // empty: no CSV

  void heading(std::string_view title) const { out << "\n== " << title << " ==\n"; }
  void quote(std::string_view sentence) const { out << "Essay: \"" << sentence << "\"\n"; }
  void assume(std::string_view assumption) const { out << "Assumption (not in the essay): " << assumption << "\n"; }
  void note(std::string_view text) const { out << "  " << text << "\n"; }

  /// "  what = result" with the calculation aligned, as a reader checks it.
  template <class V>
  void show(std::string_view what, const V& value) const {
    out << "  " << what;
    for (auto n = what.size(); n < 44; ++n) out << ' ';
    out << "= " << value << "\n";
  }

  /// Opens DIR/<name>.csv with a header row, or returns a closed stream when
  /// no --csv was asked for (writes to it then go nowhere).
  std::ofstream csv(std::string_view name, std::string_view header) const {
    std::ofstream file;
    if (csv_dir.empty()) return file;
    file.open(csv_dir + "/" + std::string(name) + ".csv");
    file << header << "\n";
    return file;
  }
};

/// A plain share (not a score: a part of a whole) in percent, to at most two
/// decimals (or as many as asked): 0.006 -> "0.6%", 0.998630 -> "99.86%".
inline std::string share_text(double share, int decimals = 2) {
  char buf[64];
  const auto end = std::to_chars(buf, buf + sizeof buf, share * 100, std::chars_format::fixed, decimals).ptr;
  std::string s(buf, end);
  if (decimals > 0) {  // trailing zeros of the decimals only, never of "10"
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s + "%";
}

/// The main() of a single example: `<example> [--csv DIR]`.
template <class Section>
int run(int argc, char** argv, Section section) {
  std::string csv_dir;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--csv") == 0 && i + 1 < argc) {
      csv_dir = argv[++i];
    } else {
      std::cerr << "usage: " << argv[0] << " [--csv DIR]\n";
      return 2;
    }
  }
  try {
    section(page{std::cout, csv_dir});
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace example

// The sections, one per examples/NN_*.cpp; the tour (built with
// CURVESHIFT_TOUR, which leaves out their own main()s) runs them in order.
void scaling_laws(const example::page& page);
void compute_multipliers(const example::page& page);
void cost_trends(const example::page& page);
void paradigm_shift(const example::page& page);
void deepseek_on_trend(const example::page& page);
void fleets_and_spend(const example::page& page);
void export_controls(const example::page& page);
void spending_more(const example::page& page);
// Beyond the essay (not in the tour).
void training_and_serving(const example::page& page);
void reading_data(const example::page& page);
void correlated_inputs(const example::page& page);

// Each example defines its section as a function and, unless it is being
// built into the tour, a main() that runs it alone.
#ifdef CURVESHIFT_TOUR
#define CURVESHIFT_EXAMPLE_MAIN(section)
#else
#define CURVESHIFT_EXAMPLE_MAIN(section) \
  int main(int argc, char** argv) { return example::run(argc, argv, section); }
#endif
