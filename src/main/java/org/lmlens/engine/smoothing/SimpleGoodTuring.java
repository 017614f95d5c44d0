package org.lmlens.engine.smoothing;

/**
 * Simple Good-Turing (Gale &amp; Sampson 1995, "Good-Turing frequency estimation without tears"): adjusted
 * counts r* for every count r that occurs, from the count-of-counts N_r of one order.
 *
 * <ol>
 *   <li>Turing's estimate r* = (r+1) N_{r+1} / N_r (SLP3 eq. 3.29 of the 2nd ed.; Good 1953) is noisy
 *       for large r and undefined where N_{r+1} = 0 (gaps in the count-of-counts).</li>
 *   <li>So N_r is smoothed: Z_r = N_r / (0.5 (t − q)), with q and t the previous and next r that occur
 *       (q = 0 for the first, t = 2r − q for the last), and a line log Z = a + b log r is fitted by least
 *       squares. The log-linear estimate is r* = (r+1) S(r+1) / S(r) = r (1 + 1/r)^(b+1).</li>
 *   <li>Turing's estimate is used for small r as long as it differs from the log-linear one by more than
 *       1.96 standard deviations, √((r+1)² N_{r+1}/N_r² (1 + N_{r+1}/N_r)); from the first r where it
 *       does not (or where N_{r+1} = 0), the log-linear estimate is used for that r and all larger ones.</li>
 *   <li>The r* are renormalised so that the seen n-grams share exactly 1 − N_1/N, leaving N_1/N (the
 *       Good-Turing estimate of the unseen mass) for unseen events: r* ← r* (N − N_1) / Σ_r N_r r*.</li>
 * </ol>
 * Gale &amp; Sampson require a slope b &lt; −1. When there are fewer than two distinct counts or the slope
 * is not below −1, no line is used: Turing's estimate wherever N_{r+1} &gt; 0, r itself elsewhere (then
 * renormalised as above), and {@link #fitted()} is false.
 */
final class SimpleGoodTuring {
    private final double[] adjusted;
    private final double intercept;
    private final double slope;
    private final boolean fitted;
    private final int switchedAt;
    private final double unseenMass;

    private SimpleGoodTuring(double[] adjusted, double intercept, double slope, boolean fitted, int switchedAt,
                             double unseenMass) {
        this.adjusted = adjusted;
        this.intercept = intercept;
        this.slope = slope;
        this.fitted = fitted;
        this.switchedAt = switchedAt;
        this.unseenMass = unseenMass;
    }

    /** Fits the estimates to N_r ({@code nc[r]}, r ≥ 1; {@code nc[0]} is ignored). */
    static SimpleGoodTuring fit(long[] nc) {
        int distinct = 0;
        for (int r = 1; r < nc.length; r++) {
            distinct += nc[r] > 0 ? 1 : 0;
        }
        int[] rs = new int[distinct];
        for (int r = 1, i = 0; r < nc.length; r++) {
            if (nc[r] > 0) {
                rs[i++] = r;
            }
        }
        // Z_r averaging and the log-log regression.
        double sx = 0;
        double sy = 0;
        double[] x = new double[distinct];
        double[] y = new double[distinct];
        for (int i = 0; i < distinct; i++) {
            int q = i == 0 ? 0 : rs[i - 1];
            int t = i == distinct - 1 ? 2 * rs[i] - q : rs[i + 1];
            x[i] = Math.log(rs[i]);
            y[i] = Math.log(nc[rs[i]] / (0.5 * (t - q)));
            sx += x[i];
            sy += y[i];
        }
        double a = 0;
        double b = 0;
        boolean fitted = false;
        if (distinct >= 2) {
            double mx = sx / distinct;
            double my = sy / distinct;
            double sxy = 0;
            double sxx = 0;
            for (int i = 0; i < distinct; i++) {
                sxy += (x[i] - mx) * (y[i] - my);
                sxx += (x[i] - mx) * (x[i] - mx);
            }
            b = sxy / sxx;
            a = my - b * mx;
            fitted = b < -1;
        }
        double[] star = new double[nc.length];
        boolean turing = true;
        int switchedAt = 0;
        for (int r : rs) {
            long next = r + 1 < nc.length ? nc[r + 1] : 0;
            double turingEstimate = (r + 1.0) * next / nc[r];
            double lgt = fitted ? r * Math.pow(1 + 1.0 / r, b + 1) : Double.NaN;
            if (turing && fitted) {
                double sd = Math.sqrt((r + 1.0) * (r + 1.0) * next / ((double) nc[r] * nc[r]) * (1 + (double) next / nc[r]));
                if (next == 0 || Math.abs(turingEstimate - lgt) <= 1.96 * sd) {
                    turing = false;
                    switchedAt = r;
                }
            }
            if (fitted) {
                star[r] = turing ? turingEstimate : lgt;
            } else {
                star[r] = next > 0 ? turingEstimate : r;
            }
        }
        long n = 0;
        double starTotal = 0;
        for (int r : rs) {
            n += r * nc[r];
            starTotal += nc[r] * star[r];
        }
        long n1 = nc.length > 1 ? nc[1] : 0;
        double factor = starTotal > 0 ? (n - n1) / starTotal : 0;
        for (int r : rs) {
            star[r] *= factor;
        }
        return new SimpleGoodTuring(star, a, b, fitted, switchedAt, n == 0 ? 0 : (double) n1 / n);
    }

    /** r* for a count r that occurs (renormalised); 0 for r = 0 or a count that never occurs. */
    double adjusted(long r) {
        return r < adjusted.length ? adjusted[(int) r] : 0;
    }

    /** N_1 / N: the Good-Turing probability of all unseen events together. */
    double unseenMass() {
        return unseenMass;
    }

    boolean fitted() {
        return fitted;
    }

    double intercept() {
        return intercept;
    }

    double slope() {
        return slope;
    }

    /** The first r that used the log-linear estimate (0 if none did). */
    int switchedAt() {
        return switchedAt;
    }
}
