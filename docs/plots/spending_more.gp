# E16: at 4x/year, a fixed $10M buys +12.04 points a year; the 40% score gets 4x cheaper a year.
# Data: examples/08_spending_more --csv DIR  ->  DIR/spending_more.csv
set datafile separator ','
set terminal pngcairo size 800,500 font 'DejaVu Sans,11'
set output OUT
set title "The same $10M, poured back: the score it buys as the curve shifts 4x a year"
set xlabel 'months from today'
set ylabel 'coding tasks solved with $10M (%)'
set y2label 'cost of a 40% score (US$ millions, log scale)'
set logscale y2
set ytics nomirror
set y2tics
set format y2 '%g'
set grid
set xrange [0:24]
set yrange [0:100]
set y2range [0.5:20]
set key top left
plot DATA using 1:2 axes x1y1 with lines lw 2 lc rgb '#4477aa' title 'score for a fixed $10M (left)', \
     DATA using 1:3 axes x1y2 with lines lw 2 dt 2 lc rgb '#cc3311' title 'cost of 40% (right, log)'
