package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.count.Vocabulary;

/** Typed input split like the text: markers whole, everything else by the text's tokenizer and case. */
class TypedTextTest {
    private static TextOptions with(String tokenizer) {
        return TextOptions.defaults().withTokenizer(Tokenizers.byName(tokenizer));
    }

    @Test
    void markersStayWholeWithOrWithoutSpacesAroundThem() {
        assertThat(TypedText.tokens("<s>I am</s>", with("word"))).containsExactly("<s>", "I", "am", "</s>");
        assertThat(TypedText.tokens("白日<unk>依山", with("char"))).containsExactly("白", "日", "<unk>", "依", "山");
        assertThat(TypedText.tokens("Sam <unk> ham", with("char"))).containsExactly("Sam", "<unk>", "ham"); // Latin words stay whole
        // the brackets of something that is not a marker are the tokenizer's to split
        assertThat(TypedText.tokens("<x>", with("word"))).containsExactly("<", "x", ">");
        assertThat(TypedText.tokens("   ", with("word"))).isEmpty();
        assertThat(TypedText.tokens(null, with("word"))).isEmpty();
    }

    @Test
    void theRestIsTheTextsTokenizerAndCase() {
        assertThat(TypedText.tokens("Don't stop, Sam!", with("word"))).containsExactly("Don't", "stop", ",", "Sam", "!");
        assertThat(TypedText.tokens("Don't stop", with("word").withLowercase(true))).containsExactly("don't", "stop");
        assertThat(TypedText.tokens("我用Java写", with("word"))).containsExactly("我", "用", "Java", "写");
        assertThat(TypedText.tokens("a,b c", with("whitespace"))).containsExactly("a,b", "c");
        // auto (a model read from ARPA): chosen from the whole typed text, markers still whole
        assertThat(TypedText.tokens("<s>我爱你", TextOptions.automatic())).startsWith("<s>").doesNotContain("<", ">");
    }

    @Test
    void sentencesDropTheMarkupMarkersAndFollowTheSentenceMode() {
        assertThat(TypedText.sentences("<s> I am Sam </s>\nSam I am", with("word")))
                .containsExactly(List.of("I", "am", "Sam"), List.of("Sam", "I", "am"));
        TextOptions punct = with("word").withSentenceMode(SentenceMode.PUNCT);
        assertThat(TypedText.sentences("I am Sam. Sam <unk> am!", punct))
                .containsExactly(List.of("I", "am", "Sam", "."), List.of("Sam", "<unk>", "am", "!"));
        assertThat(TypedText.sentence("I am Sam.", punct)).containsExactly("I", "am", "Sam", ".");
        assertThat(TypedText.sentence("<s> </s>", punct)).isEmpty();
        assertThat(TypedText.sentences("</s>\n\nSam", with("word"))).containsExactly(List.of(), List.of("Sam"));
        assertThatThrownBy(() -> TypedText.sentence("I am. Sam I am.", punct)).isInstanceOf(LmLensException.class)
                .hasMessageContaining("2 sentences").hasMessageContaining("punct");
    }

    @Test
    void completionsExtendTheWordBeingTyped() {
        Vocabulary v = TestCorpora.mini(1).corpus().vocabulary();
        assertThat(TypedText.completions("I am S", with("word"), v, 12)).containsExactly("I am Sam");
        assertThat(TypedText.completions("I am gr", with("word"), v, 12)).containsExactly("I am green");
        // a word typed in part after punctuation, and without a space before it
        assertThat(TypedText.completions("I,gr", with("word"), v, 12)).containsExactly("I,green");
        assertThat(TypedText.completions("I am ", with("word"), v, 12)).isEmpty();
        assertThat(TypedText.completions("I am</s>", with("word"), v, 12)).isEmpty();
        assertThat(TypedText.completions("", with("word"), v, 12)).isEmpty();
        assertThat(TypedText.completions("i am s", with("word").withLowercase(true),
                org.lmlens.engine.count.CorpusBuilder.train(List.of(List.of("sam", "i", "am")), 1).vocabulary(), 12))
                .containsExactly("i am sam");
    }
}
