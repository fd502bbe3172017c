# E2: the essay's curve and the same curve after a 2x compute multiplier.
# Data: examples/02_compute_multipliers --csv DIR  ->  DIR/compute_multipliers.csv
set datafile separator ','
set terminal pngcairo size 800,500 font 'DejaVu Sans,11'
set output OUT
set title "A 2x compute multiplier shifts the curve: 40% for $5M instead of $10M"
set xlabel 'training spend (US$ millions, log scale)'
set ylabel 'coding tasks solved (%)'
set logscale x
set format x '%g'
set grid
set xrange [0.3:1000]
set yrange [0:100]
set key top left
set arrow 1 from 10,40 to 5,40 head filled lw 2 lc rgb '#cc3311'
set arrow 2 from 100,60 to 50,60 head filled lw 2 lc rgb '#cc3311'
set label 1 '$10M -> $5M' at 10,40 offset 1,-1
set label 2 '$100M -> $50M' at 100,60 offset 1,-1
plot DATA using 1:2 with lines lw 2 lc rgb '#4477aa' title "the essay's curve", \
     DATA using 1:3 with lines lw 2 lc rgb '#cc3311' title 'after a 2x compute multiplier'
