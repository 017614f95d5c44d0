package org.lmlens.ui.counts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.Tokenizers;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.session.SessionViewModel;

/** The Counts search finds Chinese typed without spaces between the character tokens. */
class CountsSearchTest {
    private static List<String> rows(CountsViewModel counts) {
        NgramTable t = counts.tableProperty().get();
        List<String> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            out.add(t.text(t.index(r)));
        }
        return out;
    }

    @Test
    void baiRiTypedWithoutSpacesFindsTheCharacterNgrams() {
        SessionViewModel session = new SessionViewModel(new SameThreadTaskRunner());
        List<String> errors = new ArrayList<>();
        session.setErrorHandler(errors::add);
        CountsViewModel counts = new CountsViewModel(org.lmlens.ui.TabContexts.of(session));
        session.load(SessionViewModel.Origin.pasted("白日依山尽，黄河入海流。\n白头宫女在，闲坐说玄宗。\n"),
                TextOptions.defaults().withTokenizer(Tokenizers.byName("char")));
        assertThat(errors).isEmpty();
        session.orderProperty().set(3);
        counts.searchProperty().set("白日");
        assertThat(rows(counts)).containsExactly("<s> 白 日", "白 日 依");
        counts.searchProperty().set("白 日");
        assertThat(rows(counts)).containsExactly("<s> 白 日", "白 日 依");
        counts.searchProperty().set("白");
        assertThat(rows(counts)).hasSize(4);
        counts.searchProperty().set("日白");
        assertThat(rows(counts)).isEmpty();
    }
}
