# The cost of a fixed score falling at 1.68x/year and at 4x/year (essay E4, E16).
# Data: examples/03_cost_trends --csv DIR  ->  DIR/cost_trends.csv
set datafile separator ','
set terminal pngcairo size 800,500 font 'DejaVu Sans,11'
set output OUT
set title "The cost of a score that costs $10M today, as the curve shifts"
set xlabel 'months from today'
set ylabel 'cost of the same score (US$ millions, log scale)'
set logscale y
set grid
set xrange [0:36]
set key top right
plot DATA using 1:2 with lines lw 2 title '1.68x/year (2020 estimate)', \
     DATA using 1:3 with lines lw 2 title '4x/year (the essay, 2025)'
