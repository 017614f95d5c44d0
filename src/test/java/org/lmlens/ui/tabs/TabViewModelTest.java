package org.lmlens.ui.tabs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.ui.common.SameThreadTaskRunner;

/** The one tab lifecycle: a hidden tab does no work; shown again, it catches up once. */
class TabViewModelTest {
    private static TrainedText load(String text) {
        return TrainedText.load(TextSource.ofString("t", text), TextOptions.defaults(), 1, 3, org.lmlens.engine.Progress.NONE);
    }

    /** Records what it was asked to do. */
    static final class Recorder extends TabViewModel {
        final List<String> refreshes = new ArrayList<>();
        final List<TrainedText> replaced = new ArrayList<>();
        final SimpleStringProperty filter = new SimpleStringProperty("");

        Recorder(TabContext context) {
            super(context);
            follow(filter);
        }

        @Override
        protected void refresh() {
            refreshes.add(filter.get() + "@" + (model() == null ? "none" : model().method().name()));
        }

        @Override
        protected void textReplaced(TrainedText old, TrainedText text) {
            replaced.add(text);
        }
    }

    @Test
    void aHiddenTabDoesNoWorkAndCatchesUpOnceWhenShown() {
        TrainedText a = load("a b\nb a\n");
        SimpleObjectProperty<TrainedText> text = new SimpleObjectProperty<>(a);
        SimpleObjectProperty<LanguageModel> model = new SimpleObjectProperty<>(a.model(2, Methods.byName("mle"), Parameters.NONE));
        SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
        Recorder vm = new Recorder(new TabContext(text, model, new SameThreadTaskRunner(), shown, new TabLinks()));

        model.set(a.model(2, Methods.byName("laplace"), Parameters.NONE));
        vm.filter.set("x");
        model.set(a.model(2, Methods.byName("witten-bell"), Parameters.NONE));
        assertThat(vm.refreshes).as("hidden: nothing computed").isEmpty();
        assertThat(vm.isStale()).isTrue();

        shown.set(true);
        assertThat(vm.refreshes).as("shown: brought up to date once, with the newest inputs").containsExactly("x@witten-bell");
        assertThat(vm.isStale()).isFalse();

        shown.set(false);
        shown.set(true);
        assertThat(vm.refreshes).as("nothing changed meanwhile: no new work").hasSize(1);

        vm.filter.set("y");
        assertThat(vm.refreshes).as("shown: an input change refreshes at once").containsExactly("x@witten-bell", "y@witten-bell");
    }

    @Test
    void aNewTextIsAnnouncedEvenWhileHidden() {
        TrainedText a = load("a b\n");
        TrainedText b = load("c d\n");
        SimpleObjectProperty<TrainedText> text = new SimpleObjectProperty<>(a);
        SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
        Recorder vm = new Recorder(new TabContext(text, new SimpleObjectProperty<>(), new SameThreadTaskRunner(), shown,
                new TabLinks()));
        text.set(b);
        assertThat(vm.replaced).containsExactly(b);
        assertThat(vm.refreshes).isEmpty();
    }
}
