package org.lmlens.ui.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.tabs.TabContext;

class TokenizerLabViewModelTest {
    static final String POEMS = "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n".repeat(20);

    private static TrainedText load(String text) {
        return TrainedText.load(TextSource.ofString("poems", text), TextOptions.automatic(), 1, 2, Progress.NONE);
    }

    @Test
    void trainsOnTheLoadedTextAndComparesEveryTokenizer() {
        SimpleObjectProperty<TrainedText> text = new SimpleObjectProperty<>(load(POEMS));
        TokenizerLabViewModel vm = new TokenizerLabViewModel(TabContext.following(text,
                new SimpleObjectProperty<LanguageModel>(), new SameThreadTaskRunner()));
        vm.mergesProperty().set(30);
        vm.train();
        assertThat(vm.learntProperty().get().merged()).isEqualTo(30);
        assertThat(vm.shownMergesProperty().get()).isEqualTo(30);
        assertThat(vm.comparisonProperty().get()).extracting(TokenizerLabViewModel.ComparisonRow::tokenizer)
                .containsExactly("bpe", "gpt2", "cl100k", "o200k", "word", "whitespace", "char", "zh-word");
        TokenizerLabViewModel.ComparisonRow gpt2 = vm.comparisonProperty().get().get(1);
        TokenizerLabViewModel.ComparisonRow chars = vm.comparisonProperty().get().get(6);
        assertThat(gpt2.splitHanCharacters()).isPositive();
        assertThat(chars.splitHanCharacters()).isZero();
        assertThat(chars.tokens()).isEqualTo(POEMS.replace("\n", "").length());

        // After 0 merges every chip of the BPE is one byte: each Chinese character is three partial chips.
        vm.shownMergesProperty().set(0);
        assertThat(vm.topChipsProperty().get()).hasSize(POEMS.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(vm.topChipsProperty().get().get(0).partial()).isTrue();
        assertThat(vm.comparisonProperty().get().get(0).perCharacter()).isGreaterThan(2.5);
        vm.shownMergesProperty().set(30);
        assertThat(vm.topChipsProperty().get().size()).isLessThan(POEMS.length() * 3);

        // Clicking a BPE token shows its bytes and the tree of merges that built it.
        int merged = 0;
        while (vm.topChipsProperty().get().get(merged).id() < 256) {
            merged++;
        }
        vm.select(0, merged);
        TokenizerLabViewModel.TokenDetail d = vm.detailProperty().get();
        assertThat(d.tree().isByte()).isFalse();
        TokenizerLabViewModel.TokenNode leaf = d.tree();
        while (!leaf.isByte()) {
            leaf = leaf.left();
        }
        assertThat(leaf.id()).isLessThan(256);
        assertThat(d.hexBytes()).matches("([0-9A-F]{2} ?)+");

        vm.bottomProperty().set("o200k");
        vm.select(1, 0);
        assertThat(vm.detailProperty().get().tokenizer()).isEqualTo("o200k");
        assertThat(vm.detailProperty().get().tree()).isNull();
    }

    @Test
    void aNewTextDropsTheOldMergesAndTrainsAgainWhenShown() {
        SimpleObjectProperty<TrainedText> text = new SimpleObjectProperty<>(load(POEMS));
        TokenizerLabViewModel vm = new TokenizerLabViewModel(TabContext.following(text,
                new SimpleObjectProperty<LanguageModel>(), new SameThreadTaskRunner()));
        vm.mergesProperty().set(10);
        vm.train();
        TokenizerLabViewModel.Learnt first = vm.learntProperty().get();
        text.set(load("the cat sat on the mat\n".repeat(30)));
        assertThat(vm.learntProperty().get()).isNotNull().isNotSameAs(first);
        assertThat(vm.learntProperty().get().merges().get(0).token()).isEqualTo("at");
        assertThat(vm.learntProperty().get().spaced()).isTrue();
        assertThat(first.spaced()).isFalse();
        assertThat(vm.comparisonProperty().get().get(1).hanCharacters()).isZero();
    }
}
