"""The uncertainty issue's two models in numpy, for bench/run_peers.sh.

mixture: the "time to botec" model (p_c = 0.8 x 0.5; mixture of 0, 1,
         1 to 3 and 2 to 10 with weights 1 - p_c, p_c/2, p_c/4, p_c/4), mean.
e7:      4^(months / 12) x gap, months = 9 to 12, gap = 1.5 to 2.5, mean and
         the 5th, 50th and 95th percentiles.
"X to Y" is a lognormal with 5% of draws below X and 5% above Y, as in
curveshift's between(). Vectorised as numpy is meant to be used. Timing is
in-process (interpreter start-up and the import excluded): one warm-up run,
then the median of the repeats, wall-clock and process CPU time.

Usage: python3 models_numpy.py [draws] [repeats]   (Debian: apt install python3-numpy)
"""
import math
import sys
import time

import numpy as np

Z90 = 1.6448536269514722


def to(rng, lo, hi, n):
    mu = (math.log(lo) + math.log(hi)) / 2
    sigma = (math.log(hi) - math.log(lo)) / (2 * Z90)
    return rng.lognormal(mu, sigma, n)


def mixture(rng, n):
    p_c = 0.8 * 0.5
    weights = np.array([1 - p_c, p_c / 2, p_c / 4, p_c / 4])
    pick = rng.choice(4, size=n, p=weights)
    out = np.zeros(n)
    out[pick == 1] = 1.0
    few = pick == 2
    out[few] = to(rng, 1, 3, int(few.sum()))
    many = pick == 3
    out[many] = to(rng, 2, 10, int(many.sum()))
    return float(out.mean())


def e7(rng, n):
    months = to(rng, 9, 12, n)
    gap = to(rng, 1.5, 2.5, n)
    ratio = 4.0 ** (months / 12) * gap
    return float(ratio.mean()), np.percentile(ratio, [5, 50, 95])


def timed(model, n, repeats):
    rng = np.random.default_rng(1)
    model(rng, n)  # warm-up
    walls, cpus = [], []
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        model(rng, n)
        walls.append((time.perf_counter() - w0) * 1e3)
        cpus.append((time.process_time() - c0) * 1e3)
    walls.sort()
    cpus.sort()
    return walls[len(walls) // 2], cpus[len(cpus) // 2]


if __name__ == "__main__":
    n = int(float(sys.argv[1])) if len(sys.argv) > 1 else 1_000_000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    for name, model in (("mixture", mixture), ("e7", e7)):
        wall, cpu = timed(model, n, repeats)
        print(f"numpy_{name} draws={n} median_ms={wall:.1f} cpu_median_ms={cpu:.1f} numpy={np.__version__}")
