# E7 as a distribution: the cost ratio expected of DeepSeek-V3 (4x/year over
# Sonnet's 9-12 month lead, times a 1.5-2.5x quality gap), 1,000,000 draws.
# Data: examples/05_deepseek_on_trend --csv DIR  ->  DIR/deepseek_e7.csv (bins)
# and DIR/deepseek_e7_marks.csv (the essay's 5.66x and 8x, marked).
set datafile separator ','
set terminal pngcairo size 800,500 font 'DejaVu Sans,11'
set output OUT
MARKS = DATA[1:strlen(DATA)-4].'_marks.csv'
set title "How much cheaper DeepSeek-V3 should be, on trend (1,000,000 draws)"
set xlabel 'expected training-cost ratio, US model / DeepSeek-V3 (x)'
set ylabel 'draws per 0.2x bin (thousands)'
set xtics (3, 4, 5, 6, 7, 8, 10, 12)
set xrange [3:12]
stats DATA using ($3/1000.0) nooutput
TOP = STATS_max * 1.15
set yrange [0:TOP]
set grid
set style fill solid 0.5 border -1
# In the empty top right, past the 8x line, so no marked line runs through it.
set key top right box samplen 2 font ',10' spacing 1.2 width -2
plot DATA using (($1+$2)/2):($3/1000.0):($2-$1) with boxes lc rgb '#4477aa' title 'draws', \
     MARKS using 1:(0):(0):(TOP) with vectors nohead lw 2 dt 2 lc rgb '#cc3311' \
           title "the essay's 5.66x and 8x"
