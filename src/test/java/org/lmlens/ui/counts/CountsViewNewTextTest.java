package org.lmlens.ui.counts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lmlens.engine.Progress;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.teach.FxTestSupport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** After another text, every row the Counts table draws is one of that text's n-grams, with its count. */
@ExtendWith(ApplicationExtension.class)
class CountsViewNewTextTest {
    private static final String SAM = "I am Sam\nSam I am\nI do not like green eggs and ham\n";
    private static final String CATS = "the cat sat on the mat\nthe dog sat on the log\ni saw the dog\n";
    private final SimpleObjectProperty<TrainedText> text = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<LanguageModel> model = new SimpleObjectProperty<>();
    private CountsView view;

    private static TrainedText load(String name, String content) {
        return TrainedText.load(TextSource.ofString(name, content), TextOptions.defaults(), 1, 6, Progress.NONE);
    }

    private void show(TrainedText t) {
        text.set(t);
        model.set(t.model(2, Methods.byName("mle"), Parameters.NONE));
    }

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        show(load("sam", SAM));
        view = new CountsView(org.lmlens.ui.TabContexts.of(text, model, new SameThreadTaskRunner()));
        FxTestSupport.show(stage, view.node());
    }

    /** The n-gram and count each drawn row shows, read from the cells on screen. */
    private List<String> drawnRows() {
        List<String> rows = new ArrayList<>();
        for (javafx.scene.Node n : view.table().lookupAll(".table-row-cell")) {
            javafx.scene.control.TableRow<?> row = (javafx.scene.control.TableRow<?>) n;
            if (row.isEmpty() || row.getItem() == null) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (javafx.scene.Node c : row.lookupAll(".table-cell")) {
                cells.add(((TableCell<?, ?>) c).getText());
            }
            rows.add(cells.get(0) + " " + cells.get(1));
        }
        return rows;
    }

    @Test
    void anotherTextShowsOnlyItsOwnRows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(drawnRows()).contains("<s> I 2");
        TrainedText cats = load("cats", CATS);
        robot.interact(() -> show(cats));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> expected = new HashSet<>();
        var counts = cats.counts();
        var table = new NgramTable(model.get(), 2, NgramSorter.filter(counts, 2, "", Progress.NONE));
        for (int i = 0; i < table.size(); i++) {
            expected.add(table.text(i) + " " + String.format(Locale.ENGLISH, "%,d", table.count(i)));
        }
        List<String> drawn = drawnRows();
        assertThat(drawn).isNotEmpty().contains("<s> the 2", "the dog 2");
        assertThat(expected).containsAll(drawn);
    }
}
