package org.lmlens.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.counts.BigramMatrixViewModel;
import org.lmlens.ui.counts.CountsViewModel;
import org.lmlens.ui.generate.GenerateViewModel;
import org.lmlens.ui.next.NextWordViewModel;
import org.lmlens.ui.session.Samples;
import org.lmlens.ui.session.SessionViewModel;

/**
 * Not a test: the computing cost of a change, without any FX rendering: the four tab view-models driven
 * by the same-thread runner, so a property change returns when every view-model has its new result.
 */
final class ViewModelCost {
    private ViewModelCost() {
    }

    static void measure(int rounds) {
        SessionViewModel session = new SessionViewModel(new SameThreadTaskRunner());
        new CountsViewModel(org.lmlens.ui.TabContexts.of(session));
        new BigramMatrixViewModel(org.lmlens.ui.TabContexts.of(session));
        NextWordViewModel next = new NextWordViewModel(org.lmlens.ui.TabContexts.of(session));
        GenerateViewModel generate = new GenerateViewModel(org.lmlens.ui.TabContexts.of(session));
        next.contextProperty().set("the");
        generate.generate();
        for (int i = 0; i < 2; i++) {
            long e0 = System.nanoTime();
            org.lmlens.engine.model.TrainedText.load(Samples.byId("brown").open(), Samples.byId("brown").options(), 1,
                    SessionViewModel.MAX_ORDER, org.lmlens.engine.Progress.NONE);
            System.out.printf(Locale.ROOT, "engine only: TrainedText.load(Brown, order 6), run %d: %.0f ms%n", i + 1,
                    (System.nanoTime() - e0) / 1e6);
        }
        long t0 = System.nanoTime();
        session.load(Samples.byId("brown"));
        System.out.printf(Locale.ROOT, "same-thread: Brown load + all view-models: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        List<SmoothingMethod> methods = Methods.all();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            if (i % 2 == 0) {
                session.orderProperty().set(2 + (i / 2) % 3);
            } else {
                session.methodProperty().set(methods.get((i / 2) % methods.size()));
            }
            times.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "same-thread: order/method change, all view-models recomputed: median %.1f ms, "
                + "p95 %.1f ms%n", times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1));
    }
}
