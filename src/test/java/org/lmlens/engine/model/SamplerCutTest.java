package org.lmlens.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Top-k / top-p keep exactly the outcomes a comparator ranking (probability desc, id asc) keeps. */
class SamplerCutTest {

    @Property(tries = 300)
    void cutKeepsTheBestRankedOutcomes(@ForAll @IntRange(min = 1, max = 300) int size,
                                       @ForAll @IntRange(min = 0, max = 50) int topK,
                                       @ForAll @DoubleRange(min = 0.01, max = 1.0) double topP,
                                       @ForAll @IntRange(min = 1, max = 8) int distinctValues, @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] p = new double[size];
        for (int i = 0; i < size; i++) {
            p[i] = random.nextInt(distinctValues) / (double) distinctValues; // ties and zeros
        }
        SamplingOptions options = SamplingOptions.defaults().withTopK(topK).withTopP(topP);
        double[] expected = referenceCut(p.clone(), topK, topP);
        double[] got = p.clone();
        new Sampler(null, options).cut(got);
        assertThat(got).isEqualTo(expected);
    }

    /** The ranking by comparator, then the same top-k and nucleus rules. */
    private static double[] referenceCut(double[] p, int topK, double topP) {
        List<Integer> ids = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                ids.add(i);
            }
        }
        ids.sort(Comparator.<Integer>comparingDouble(i -> -p[i]).thenComparingInt(i -> i));
        int keep = topK > 0 ? Math.min(ids.size(), topK) : ids.size();
        if (topP < 1.0) {
            for (int i = 0; i < keep; i++) {
                total += p[ids.get(i)];
            }
            double mass = 0;
            for (int i = 0; i < keep; i++) {
                mass += p[ids.get(i)] / total;
                if (mass >= topP) {
                    keep = i + 1;
                    break;
                }
            }
        }
        for (int i = keep; i < ids.size(); i++) {
            p[ids.get(i)] = 0;
        }
        return p;
    }
}
