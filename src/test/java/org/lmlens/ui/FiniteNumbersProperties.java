package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lmlens.engine.eval.OrderSweep;
import org.lmlens.engine.model.CorpusStatistics;
import org.lmlens.engine.model.TokenScore;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.corpus.CorpusViewModel;
import org.lmlens.ui.counts.CountsViewModel;
import org.lmlens.ui.counts.NgramTable;
import org.lmlens.ui.evaluate.EvaluateViewModel;
import org.lmlens.ui.explain.ExplainResult;
import org.lmlens.ui.explain.ExplainViewModel;
import org.lmlens.ui.next.NextWordResult;
import org.lmlens.ui.next.NextWordViewModel;
import org.lmlens.ui.score.ScoreResult;
import org.lmlens.ui.score.ScoreViewModel;
import org.lmlens.ui.session.SessionViewModel;

/**
 * Every number the view-models publish for a chart or a table is finite, or an infinity with its reason
 * (a token of probability 0), never NaN: random small corpora, orders, methods and contexts.
 */
class FiniteNumbersProperties {
    record Case(String text, int order, SmoothingMethod method, List<String> context, String word) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> word = Arbitraries.of("a", "b", "c", "d", "e");
        Arbitrary<String> sentence = word.list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w));
        Arbitrary<String> text = sentence.list().ofMinSize(1).ofMaxSize(8).map(s -> String.join("\n", s) + "\n");
        Arbitrary<String> any = Arbitraries.of("a", "b", "c", "d", "e", "zzz", "<s>");
        return Combinators.combine(text, Arbitraries.integers().between(1, SessionViewModel.MAX_ORDER),
                Arbitraries.of(Methods.all()), any.list().ofMaxSize(4), Arbitraries.of("a", "b", "zzz", "</s>"))
                .as(Case::new);
    }

    static void finite(String what, double v) {
        assertThat(Double.isFinite(v)).as("%s = %s", what, v).isTrue();
    }

    static void finiteOrInfinityWithReason(String what, double v, boolean reason) {
        assertThat(Double.isNaN(v)).as("%s is NaN", what).isFalse();
        if (Double.isInfinite(v)) {
            assertThat(reason).as("%s = %s without a zero-probability token", what, v).isTrue();
        }
    }

    @Property(tries = 60)
    void everyPublishedNumberIsFiniteOrALabelledInfinity(@ForAll("cases") Case c) {
        SessionViewModel session = new SessionViewModel(new SameThreadTaskRunner());
        List<String> errors = new ArrayList<>();
        session.setErrorHandler(errors::add);
        CountsViewModel counts = new CountsViewModel(org.lmlens.ui.TabContexts.of(session)); // as in the app: built before the first load
        session.load(SessionViewModel.Origin.pasted(c.text()), org.lmlens.engine.text.TextOptions.defaults());
        assertThat(errors).isEmpty();
        session.orderProperty().set(c.order());
        session.methodProperty().set(c.method());

        if (session.modelProperty().get() == null || session.modelProperty().get().order() != c.order()
                || session.modelProperty().get().method() != c.method()) {
            // The method cannot be built for this text: the user got its message instead of numbers.
            assertThat(errors).as("no model and no message").isNotEmpty();
            return;
        }
        for (int k = 1; k <= c.order(); k++) {
            counts.tableOrderProperty().set(k);
            NgramTable t = counts.tableProperty().get();
            for (int r = 0; r < t.size(); r++) {
                int i = t.index(r);
                finite("mle of " + t.text(i), t.mle(i));
                finite("P of " + t.text(i), t.probability(i));
                finite("c* of " + t.text(i), t.adjustedCount(i));
            }
        }

        NextWordViewModel next = new NextWordViewModel(org.lmlens.ui.TabContexts.of(session));
        next.contextProperty().set(String.join(" ", c.context()));
        NextWordResult nr = next.resultProperty().get();
        if (nr != null) {
            for (NextWordResult.Series s : nr.series()) {
                for (double p : s.probabilities()) {
                    finite("next-word P", p);
                }
                finite("next-word others", s.others());
            }
        }

        ScoreViewModel score = new ScoreViewModel(org.lmlens.ui.TabContexts.of(session.textProperty(), session.modelProperty(),
                new SameThreadTaskRunner()));
        score.firstProperty().set(String.join(" ", c.context()) + " " + c.word());
        ScoreResult sr = score.firstResultProperty().get();
        if (sr != null && sr.error() == null) {
            for (TokenScore t : sr.tokenScores()) {
                finite("token P", t.probability());
                finiteOrInfinityWithReason("token log10 P", t.log10(), t.probability() == 0);
            }
            finiteOrInfinityWithReason("log10 P", sr.log10Prob(), sr.hasZero());
            finiteOrInfinityWithReason("perplexity", sr.perplexity(), sr.hasZero());
            finiteOrInfinityWithReason("bits/token", sr.bitsPerToken(), sr.hasZero());
        }

        ExplainViewModel explain = new ExplainViewModel(org.lmlens.ui.TabContexts.focused(session.textProperty(), session.modelProperty(), new SameThreadTaskRunner(), new SimpleObjectProperty<>(c.context()), new SimpleObjectProperty<>(c.word())));
        ExplainResult er = explain.resultProperty().get();
        if (er != null && er.error() == null) {
            finite("explain P", er.probability());
            finite("explain seen mass", er.seenMass());
            finite("explain unseen mass", er.unseenMass());
            er.mleSeenMass().ifPresent(m -> finite("explain MLE seen mass", m));
        }

        CorpusViewModel corpus = new CorpusViewModel(org.lmlens.ui.TabContexts.of(session.textProperty(), session.modelProperty(),
                new SameThreadTaskRunner()));
        CorpusViewModel.Stats st = corpus.statsProperty().get();
        if (st != null) {
            CorpusStatistics.Summary s = st.summary();
            finite("type/token", s.typeTokenRatio());
            finite("zipf slope", st.zipf().slope());
            finite("zipf intercept", st.zipf().intercept());
            finite("zipf r2", st.zipf().r2());
            if (st.unseenShare() != null) {
                for (double u : st.unseenShare()) {
                    finite("unseen share", u);
                }
            }
        }

        EvaluateViewModel evaluate = new EvaluateViewModel(org.lmlens.ui.TabContexts.of(session.textProperty(), session.modelProperty(),
                new SameThreadTaskRunner()));
        OrderSweep.Result res = evaluate.resultProperty().get();
        if (res != null) {
            finite("OOV rate", res.oovRate());
            for (OrderSweep.Point p : res.points()) {
                boolean zero = p.zeroProbabilityTokens() > 0;
                finiteOrInfinityWithReason(p.method() + " test perplexity", p.testPerplexity(), zero);
                finiteOrInfinityWithReason(p.method() + " training perplexity", p.trainingPerplexity(), true);
                finiteOrInfinityWithReason(p.method() + " test perplexity without OOV", p.testPerplexityExcludingOov(),
                        zero);
            }
        }
    }
}
