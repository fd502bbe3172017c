// Training runs both ways (essay E10; DeepSeek-V3 technical report, arXiv 2412.19437).
#include <curveshift/curveshift.hpp>

#include <sstream>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("C = 6 N D, with active parameters for a mixture of experts", "[training_run]") {
  // DeepSeek-V3: 6 x 37e9 x 14.8e12 = 222e9 x 14.8e12 = 3.2856e24 FLOP.
  CHECK(training_compute(essay::v3_active_parameters, essay::v3_tokens).in(flop) == Approx(3.2856e24));
  // Chinchilla-optimal 70B on 1.4T tokens: 6 x 7e10 x 1.4e12 = 5.88e23.
  CHECK(training_compute(billion_parameters(70), trillion_tokens(1.4)).in(flop) == Approx(5.88e23));
}

TEST_CASE("reported GPU-hours at a rental price: the essay's $6M (E10)", "[training_run]") {
  // 2.788M GPU-hours x $2 = $5.576M.
  const auto cost = rental_cost(essay::v3_chip_time, essay::v3_rental_price);
  CHECK(cost.in(million_usd) == Approx(5.576));
  // That is 5.576 / 1,000 = 0.5576% of the ~$1B fleet; the essay's round $6M is 0.6%.
  CHECK(cost / essay::deepseek_fleet_cost == Approx(0.005576));
  CHECK(essay::v3_training_run / essay::deepseek_fleet_cost == Approx(0.006));
  // On 2048 H800s, 2.788e6 / 2048 = 1361.33 hours (56.7 days): "less than two months".
  CHECK((essay::v3_chip_time / essay::v3_cluster.total_chips()).in(hours) == Approx(1361.328125));
}

TEST_CASE("the utilisation reported GPU-hours imply", "[training_run]") {
  const auto work = training_compute(essay::v3_active_parameters, essay::v3_tokens);
  // bf16: 2.788e6 h x 3600 s = 1.00368e10 chip-seconds; x 989.4e12 = 9.93041e24 FLOP at peak;
  // 3.2856e24 / 9.93041e24 = 0.330862.
  CHECK(implied_mfu(work, essay::v3_chip_time, catalogue::h800, precision::bf16).share() == Approx(0.330862).epsilon(1e-5));
  // DeepSeek trained in FP8: x 1978.9e12 = 1.98618e25; 3.2856e24 / 1.98618e25 = 0.165423.
  CHECK(implied_mfu(work, essay::v3_chip_time, catalogue::h800, precision::fp8).share() ==
        Approx(0.165423).epsilon(1e-5));
}

TEST_CASE("forward: compute, fleet, MFU and precision give time, chip-hours and cost", "[training_run]") {
  const auto work = flop(3.2856e24);
  const training_run run{work, essay::v3_cluster, mfu{0.4}, precision::bf16};
  // Peak 2048 x 989.4e12 = 2.0262912e18 FLOP/s; x 0.4 = 8.1051648e17 FLOP/s;
  // 3.2856e24 / 8.1051648e17 = 4.053712e6 s = 1126.031 h = 46.91796 days.
  CHECK(run.peak_flop_rate().in(flop_per_second) == Approx(2.0262912e18));
  CHECK(run.wall_clock().in(seconds) == Approx(4.053712e6));
  CHECK(run.wall_clock().in(days) == Approx(46.91796));
  // Chip-hours: 1126.031 x 2048 = 2.306112e6.
  CHECK(run.chip_time_used().in(chip_hours) == Approx(2.306112e6));
  // At $2 per chip-hour: $4.612223M.
  CHECK(run.rental_cost(usd_per_chip_hour(2)).in(million_usd) == Approx(4.612223));
  // Amortised: 2048 x $30k = $61.44M over 4 years (126,227,808 s):
  // 61.44e6 x 4.053712e6 / 1.26227808e8 = $1.973100M.
  const auto capital = essay::v3_cluster.capital_cost(usd_per_chip(30'000));
  CHECK(capital.in(million_usd) == Approx(61.44));
  CHECK(run.amortized_cost(capital, years(4)).in(million_usd) == Approx(1.973100));
  // 0.1's spelling, kept for 0.2: the same value.
  CHECK(run.amortised_cost(capital, years(4)).in(million_usd) == Approx(1.973100));
  // At the catalogue price (a point, ~$30k) as bounds: the same, lo == hi.
  const auto amortised = run.amortized_cost(essay::v3_cluster.capital_cost(), years(4)).in(million_usd);
  CHECK(amortised.lo() == Approx(1.973100));
  CHECK(amortised.hi() == Approx(1.973100));
  // A 3-5 year lifetime as bounds: $1.973100M x 4/5 = $1.578480M to x 4/3 = $2.630800M.
  const auto lifetimes = run.amortized_cost(capital, years(interval{3.0, 5.0})).in(million_usd);
  CHECK(lifetimes.lo() == Approx(1.578480));
  CHECK(lifetimes.hi() == Approx(2.630800));
  // Same run from (chip, count): the same numbers.
  const training_run same{work, catalogue::h800, chips(2048), mfu{0.4}, precision::bf16};
  CHECK(same.wall_clock() == run.wall_clock());
  CHECK(same.chips_used().in(chips) == 2048);
  CHECK(same.utilisation().share() == 0.4);
  CHECK(same.work() == work);
  // Round trip: the run's chip-hours imply back its 0.4 MFU.
  CHECK(implied_mfu(work, run.chip_time_used(), catalogue::h800, precision::bf16).share() == Approx(0.4));
  // fp8 doubles the peak (1978.9 / 989.4 = 2.00010), so the run takes 1/2.00010 of the time.
  const training_run fp8{work, essay::v3_cluster, mfu{0.4}, precision::fp8};
  CHECK(run.wall_clock() / fp8.wall_clock() == Approx(1978.9 / 989.4));
}

TEST_CASE("bad training runs raise curveshift::error", "[training_run][bad-input]") {
  const auto work = flop(3.2856e24);
  CHECK_THROWS_WITH(mfu{0.0}, ContainsSubstring("curveshift::mfu") && ContainsSubstring("share = 0") &&
                                  ContainsSubstring("(0, 1]"));
  CHECK_THROWS_WITH(mfu{1.5}, ContainsSubstring("curveshift::mfu") && ContainsSubstring("share = 1.5"));
  CHECK_THROWS_WITH(mfu{-0.3}, ContainsSubstring("share = -0.3"));
  CHECK_NOTHROW(mfu{1.0});
  // Counts are checked where they are made; 6 N D is checked where it is read:
  // 6 x 1e200 x 1e200 overflows, and the read names itself.
  CHECK_THROWS_WITH(training_compute(parameters(1e200), tokens(1e200)).in(flop),
                    ContainsSubstring("quantity::in: value = inf"));
  CHECK_THROWS_WITH(parameters(-37e9), ContainsSubstring("curveshift::parameters: amount = -3.7e+10"));
  // No parameters, no compute: 0 FLOP is a value, not an error.
  CHECK(training_compute(parameters(0), tokens(1e12)).in(flop) == 0);
  CHECK_THROWS_WITH((training_run{flop(0), essay::v3_cluster, mfu{0.4}, precision::bf16}),
                    ContainsSubstring("curveshift::training_run") && ContainsSubstring("compute = 0"));
  CHECK_THROWS_WITH((training_run{work, catalogue::h800, chips(0), mfu{0.4}, precision::bf16}),
                    ContainsSubstring("curveshift::training_run") && ContainsSubstring("chips = 0"));
  CHECK_THROWS_WITH((training_run{work, catalogue::ascend_910b, chips(100), mfu{0.4}, precision::fp8}),
                    ContainsSubstring("precision = fp8"));
  const training_run run{work, essay::v3_cluster, mfu{0.4}, precision::bf16};
  CHECK_THROWS_WITH(run.rental_cost(usd_per_chip_hour(0)),
                    ContainsSubstring("training_run::rental_cost") && ContainsSubstring("price = 0"));
  CHECK_THROWS_WITH(run.amortized_cost(usd(0), years(4)),
                    ContainsSubstring("training_run::amortized_cost") && ContainsSubstring("capital = 0"));
  // -4 years = -4 x 31,556,952 s = -126,227,808 s (values are reported in base units).
  CHECK_THROWS_WITH(run.amortized_cost(million_usd(61.44), years(-4)),
                    ContainsSubstring("training_run::amortized_cost") && ContainsSubstring("lifetime = -126227808"));
  CHECK_THROWS_WITH(rental_cost(chip_hours(2.788e6), usd_per_chip_hour(0)),
                    ContainsSubstring("rental_cost") && ContainsSubstring("price = 0"));
  CHECK_THROWS_WITH(rental_cost(chip_hours(0), usd_per_chip_hour(2)),
                    ContainsSubstring("rental_cost") && ContainsSubstring("chip_time = 0"));
  CHECK_THROWS_WITH(usd_per_chip_hour(-2), ContainsSubstring("usd_per_chip_hour") && ContainsSubstring("amount = -2"));
  CHECK_THROWS_WITH(implied_mfu(flop(0), essay::v3_chip_time, catalogue::h800, precision::bf16),
                    ContainsSubstring("implied_mfu") && ContainsSubstring("compute = 0"));
  CHECK_THROWS_WITH(implied_mfu(work, chip_hours(0), catalogue::h800, precision::bf16),
                    ContainsSubstring("implied_mfu") && ContainsSubstring("chip_time = 0"));
  // 3.2856e24 FLOP in 1,000 H800-hours would be 3.2856e24 / (3.6e6 x 989.4e12) = 922x peak: impossible.
  CHECK_THROWS_WITH(implied_mfu(work, chip_hours(1'000), catalogue::h800, precision::bf16),
                    ContainsSubstring("implied_mfu: utilisation 92244.46% from compute = 3.29e24 FLOP and chip_time = 1,000 chip-hours on H800"));
  CHECK_THROWS_WITH(implied_mfu(work, essay::v3_chip_time, catalogue::ascend_910b, precision::fp8),
                    ContainsSubstring("chip::flop_rate") && ContainsSubstring("precision = fp8"));
}

TEST_CASE("utilisation, rental prices and per-chip FLOP/s as text", "[training_run][format]") {
  // 0.331 of peak is 33.1%; DeepSeek-V3's $2 per H800-hour; the H800's 989 TFLOP/s bf16.
  CHECK(to_string(mfu{0.331}) == "33.1%");
  CHECK(to_string(mfu{0.33142}, digits{4}) == "33.14%");
  CHECK(to_string(usd_per_chip_hour(2)) == "$2 per chip-hour");
  CHECK(to_string(usd_per_chip_hour(2.5)) == "$2.5 per chip-hour");
  CHECK(to_string(teraflop_per_second_per_chip(989)) == "9.89e14 FLOP/s per chip");
  std::ostringstream os;
  os << usd_per_chip_hour(3.5);
  CHECK(os.str() == "$3.5 per chip-hour");
}

TEST_CASE("bad digits for these formats raise curveshift::error", "[training_run][format][bad-input]") {
  CHECK_THROWS_WITH(to_string(mfu{0.5}, digits{40}), ContainsSubstring("to_string(mfu)") && ContainsSubstring("40"));
  CHECK_THROWS_WITH(to_string(usd_per_chip_hour(2), digits{-2}),
                    ContainsSubstring("to_string(price_per_chip_second)"));
  CHECK_THROWS_WITH(to_string(teraflop_per_second_per_chip(989), digits{40}),
                    ContainsSubstring("to_string(flop_rate_per_chip)"));
}
