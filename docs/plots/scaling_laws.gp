# E1: the essay's coding curve, 20% at $1M and +20 points per tenfold spend.
# Data: examples/01_scaling_laws --csv DIR  ->  DIR/scaling_laws.csv
set datafile separator ','
set terminal pngcairo size 800,500 font 'DejaVu Sans,11'
set output OUT
set title "The essay's scaling curve: a $1M model solves 20% of coding tasks, $10M 40%, $100M 60%"
set xlabel 'training spend (US$ millions, log scale)'
set ylabel 'coding tasks solved (%)'
set logscale x
set format x '%g'
set grid
set xrange [0.3:1000]
set yrange [0:100]
set key top left
set label 1 '$1M: 20%' at 1,20 point pt 7 ps 1.2 offset 1,-1
set label 2 '$10M: 40%' at 10,40 point pt 7 ps 1.2 offset 1,-1
set label 3 '$100M: 60%' at 100,60 point pt 7 ps 1.2 offset 1,-1
plot DATA using 1:2 with lines lw 2 lc rgb '#4477aa' title 'score = 20% + 20 points x log10(spend / $1M)'
