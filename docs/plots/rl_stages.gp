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
# The gain is drawn beside the curve, not along it: a dashed run at 55% from
# $0.1M to $1M, then a black arrow up to 85%, with both points marked.
set arrow 1 from 0.1,55 to 1,55 nohead lw 1.5 dt 2 lc rgb 'black' front
set arrow 2 from 1,55 to 1,85 head filled size screen 0.015,20 lw 2.5 lc rgb 'black' front
set label 1 "+30 points" at 1.12,70 left front font 'DejaVu Sans,12'
set label 2 "$0.1M -> $1M of RL on $10M of pretraining:\n55% -> 85%" at 0.011,92 left
set object 1 circle at 0.1,55 size screen 0.008 fc rgb 'black' fs solid front
set object 2 circle at 1,85 size screen 0.008 fc rgb 'black' fs solid front
plot DATA using 1:2 with lines lw 2 title 'on $1M of pretraining (20%)', \
     DATA using 1:3 with lines lw 2 title 'on $10M of pretraining (40%)', \
     DATA using 1:4 with lines lw 2 title 'on $100M of pretraining (60%)'
