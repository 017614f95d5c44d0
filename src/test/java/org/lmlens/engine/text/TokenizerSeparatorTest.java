package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invisible characters (a BOM in pasted text, zero-width space, bidi marks) are never tokens. */
class TokenizerSeparatorTest {
    private static List<String> tokens(String tokenizer, String s) {
        List<String> out = new ArrayList<>();
        Tokenizers.byName(tokenizer).tokenize(s, out::add);
        return out;
    }

    @Test
    void invisibleMarksSeparateButAreNotTokens() {
        String s = "\uFEFFthe\u200Bcat \u200Fsat\u202E\u2066";
        assertThat(tokens("word", s)).containsExactly("the", "cat", "sat");
        assertThat(tokens("whitespace", s)).containsExactly("the", "cat", "sat");
        assertThat(tokens("char", "\uFEFF床\u200B前")).containsExactly("床", "前");
        assertThat(tokens("zh-word", "\uFEFF我们\u200E学习")).containsExactly("我们", "学习");
    }

    @Test
    void emojiWithJoinersAndCombiningMarksStayWhole() {
        assertThat(tokens("char", "👨\u200D👩\u200D👧e\u0301")).containsExactly("👨\u200D👩\u200D👧", "e\u0301");
        assertThat(tokens("word", "café\u0301 naïve")).containsExactly("café\u0301", "naïve");
    }
}
