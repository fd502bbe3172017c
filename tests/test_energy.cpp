// Energy, power and electricity prices as quantities; chips' TDP.
#include <curveshift/curveshift.hpp>

#include <cmath>
#include <sstream>

#include "catch.hpp"
#include "dimension_checks.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

static_assert(!addable<energy<>, power<>>);
static_assert(!addable<energy<>, compute<>>);

TEST_CASE("energy and power convert as the units say", "[energy]") {
  // 1 kWh = 1000 W x 3600 s = 3.6e6 J.
  CHECK(kilowatt_hours(1).in(joules) == Approx(3.6e6));
  CHECK(megawatt_hours(1).in(kilowatt_hours) == Approx(1000.0));
  // 700 kW for a day = 16,800 kWh = 16.8 MWh; at $0.08 per kWh, $1,344.
  const energy<> e = kilowatts(700) * hours(24);
  CHECK(e.in(megawatt_hours) == Approx(16.8));
  CHECK((e * usd_per_kilowatt_hour(0.08)).in(usd) == Approx(1344.0));
  // Energy over time is power: 16.8 MWh / 24 h = 700 kW.
  CHECK((e / hours(24)).in(kilowatts) == Approx(700.0));
  CHECK(gigawatts(1.2).in(megawatts) == Approx(1200.0));
}

TEST_CASE("energy and power text", "[energy][format]") {
  CHECK(to_string(gigawatts(1.2)) == "1.2 GW");
  CHECK(to_string(watts(700)) == "700 W");
  CHECK(to_string(megawatts(45)) == "45 MW");
  CHECK(to_string(megawatt_hours(16.8)) == "16.8 MWh");
  CHECK(to_string(kilowatt_hours(0.5)) == "500 Wh");
  CHECK(to_string(usd_per_kilowatt_hour(0.0806)) == "$0.0806 per kWh");
  CHECK(to_string(watts_per_chip(700)) == "700 W per chip");
  CHECK(to_string(gigawatts(interval{1.0, 1.5})) == "1-1.5 GW");
  std::ostringstream os;
  os << gigawatt_hours(2.5);
  CHECK(os.str() == "2.5 GWh");
  CHECK_THROWS_WITH(to_string(watts(1), digits{40}), ContainsSubstring("to_string(power)"));
  CHECK_THROWS_WITH(to_string(joules(1), digits{40}), ContainsSubstring("to_string(energy)"));
}

TEST_CASE("bad energy and power raise curveshift::error", "[energy][bad-input]") {
  CHECK_THROWS_WITH(watts(-1), ContainsSubstring("curveshift::watts: amount = -1"));
  CHECK_THROWS_WITH(kilowatt_hours(std::nan("")), ContainsSubstring("curveshift::kilowatt_hours: amount = nan"));
  CHECK_THROWS_WITH(usd_per_kilowatt_hour(-0.1), ContainsSubstring("usd_per_kilowatt_hour: amount = -0.1"));
  CHECK_THROWS_AS((gigawatts(1e300) * years(1e300)).in(joules), error);
}

TEST_CASE("chips carry their TDP with its source", "[energy][chip]") {
  // Vendor data sheets: H100, H800 and H200 SXM 700 W; H20 400 W; B200 1,000 W.
  CHECK(catalogue::h100.tdp().in(watts_per_chip) == 700);
  CHECK(catalogue::h800.tdp().in(watts_per_chip) == 700);
  CHECK(catalogue::h200.tdp().in(watts_per_chip) == 700);
  CHECK(catalogue::h20.tdp().in(watts_per_chip) == 400);
  CHECK(catalogue::b200.tdp().in(watts_per_chip) == 1000);
  CHECK_THAT(std::string(catalogue::h100.sources().power), ContainsSubstring("NVIDIA H100 data sheet"));
  CHECK_FALSE(catalogue::ascend_910c.tdp_known());
  CHECK_THROWS_WITH(catalogue::ascend_910c.tdp(), ContainsSubstring("chip::tdp: chip = Ascend 910C"));
  chip_spec s{.name = "X1", .released = date{2024, 1, 1}, .bf16 = teraflop_per_second_per_chip(100)};
  s.tdp = watts_per_chip(0);
  CHECK_THROWS_WITH(chip{s}, ContainsSubstring("curveshift::chip: tdp = 0"));
}
