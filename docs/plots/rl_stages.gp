# E6: pretraining, then RL, with the example's ASSUMED RL curve (the essay gives none).
# Data: examples/04_paradigm_shift --csv DIR  ->  DIR/rl_stages.csv
set datafile separator ','
set terminal pngcairo size 800,500 font 'DejaVu Sans,11'
set output OUT
set title "Two stages: RL on top of pretraining (the RL curve is an assumption)"
set xlabel 'RL spend (US$ millions, log scale)'
set ylabel 'coding tasks solved (%)'
set logscale x
set format x '%g'
set grid
set xrange [0.01:10]
set yrange [0:100]
set key bottom right
set arrow 1 from 0.1,55 to 1,85 head filled lw 2 lc rgb '#cc3311'
set label 1 "red arrow: $0.1M -> $1M of RL\non $10M of pretraining, +30 points" at 0.011,92
plot DATA using 1:2 with lines lw 2 title 'on $1M of pretraining (20%)', \
     DATA using 1:3 with lines lw 2 title 'on $10M of pretraining (40%)', \
     DATA using 1:4 with lines lw 2 title 'on $100M of pretraining (60%)'
