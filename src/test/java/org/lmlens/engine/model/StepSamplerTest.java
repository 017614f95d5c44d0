package org.lmlens.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;

class StepSamplerTest {
    private final TrainedText text = TestCorpora.mini(3);

    @ParameterizedTest
    @CsvSource({"mle,2,1.0,0,11", "laplace,2,1.0,0,5", "laplace,3,0.5,3,99", "lidstone,2,2.0,4,123"})
    void stepsReproduceTheSamplersFirstSentence(String method, int order, double t, int k, long seed) {
        LanguageModel model = text.model(order, Methods.byName(method), Parameters.NONE);
        SamplingOptions options = SamplingOptions.defaults().withTemperature(t).withTopK(k).withMaxLength(15);
        GeneratedSentence expected = new Sampler(model, options).generate(1, seed).get(0);
        StepSampler steps = new StepSampler(model, options);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> words = new ArrayList<>();
        while (words.size() < 15) {
            StepSampler.Step s = steps.step(words, random);
            if (s.drawn() < 0 || s.isEnd()) {
                break;
            }
            words.add(model.vocabulary().word(s.drawn()));
        }
        assertThat(words).isEqualTo(expected.words());
    }

    @ParameterizedTest
    @CsvSource({"0.5", "1.0", "2.0"})
    void previewIsTheTemperedDistribution(double t) {
        LanguageModel model = text.model(2, Methods.byName("laplace"), Parameters.NONE);
        StepSampler.Step s = new StepSampler(model, SamplingOptions.defaults().withTemperature(t)).preview(List.of("I"));
        assertThat(s.drawn()).isEqualTo(-1);
        assertThat(s.context()).containsExactly("I");
        double z = 0;
        for (int w = 0; w < s.original().length; w++) {
            z += w == Vocabulary.BOS ? 0 : Math.pow(s.original()[w], 1 / t);
        }
        int am = model.vocabulary().id("am");
        assertThat(s.shaped()[am]).isCloseTo(Math.pow(s.original()[am], 1 / t) / z, within(1e-12));
        assertThat(s.original()[am]).isEqualTo(model.probability(List.of("I"), "am"));
    }
}
