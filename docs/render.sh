#!/usr/bin/env bash
# Renders the README's pictures: builds the tour, has it write the data behind
# each picture as CSV, and draws each with gnuplot into docs/<name>.png.
#
#   bash docs/render.sh          (needs gnuplot: apt-get install gnuplot-nox)
#
# A documentation tool, not part of the build or the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v gnuplot >/dev/null || { echo "gnuplot is missing: apt-get install gnuplot-nox" >&2; exit 1; }
cmake --preset tour >/dev/null
cmake --build --preset tour --target tour >/dev/null

data=build/tour/docs-data
rm -rf "$data" && mkdir -p "$data"
build/tour/examples/tour --csv "$data" >/dev/null

for script in docs/plots/*.gp; do
  name=$(basename "$script" .gp)
  gnuplot -e "DATA='$data/$name.csv'; OUT='docs/$name.png'" "$script"
  echo "docs/$name.png"
done
