package org.lmlens.engine.arpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.LmLensException;

/** One test per kind of malformed ARPA file: each is refused with a message that names the line. */
class ArpaMalformedTest {
    /** A valid file; line numbers in the comments are those the messages must name. */
    private static final String VALID = String.join("\n",
            "\\data\\",          // 1
            "ngram 1=4",        // 2
            "ngram 2=2",        // 3
            "",                 // 4
            "\\1-grams:",        // 5
            "-99\t<s>\t-0.3",   // 6
            "-0.5\ta\t-0.2",    // 7
            "-0.6\t</s>",       // 8
            "-1.0\t<unk>",      // 9
            "",                 // 10
            "\\2-grams:",        // 11
            "-0.1\t<s> a",      // 12
            "-0.2\ta </s>",     // 13
            "",                 // 14
            "\\end\\",           // 15
            "");

    private static ArpaModel read(String text) {
        return ArpaReader.read(new StringReader(text), "bad.arpa");
    }

    private static void assertRefused(String text, int line, String... fragments) {
        var assertion = assertThatThrownBy(() -> read(text)).isInstanceOf(LmLensException.class)
                .hasMessageStartingWith("bad.arpa, line " + line + ": ");
        for (String f : fragments) {
            assertion.hasMessageContaining(f);
        }
    }

    @Test
    void theValidFileReads() {
        ArpaModel m = read(VALID);
        assertThat(m.order()).isEqualTo(2);
        assertThat(m.notices()).isEmpty();
        // 1 plus a rounding error (log10 p a hair above 0) is read as 1, not refused.
        assertThat(read(VALID.replace("-0.1\t<s> a", "4e-8\t<s> a")).languageModel()
                .probability(java.util.List.of("<s>"), "a")).isEqualTo(1.0);
        assertThat(read("\uFEFF# a comment, as KenLM requires before \\data\\\n" + VALID).order()).isEqualTo(2);
        assertThat(m.languageModel().probability(java.util.List.of("a"), "</s>")).isEqualTo(Math.pow(10, -0.2f), org.assertj.core.data.Offset.offset(1e-7));
    }

    @Test
    void fewerNgramsThanDeclared() {
        assertRefused(VALID.replace("ngram 2=2", "ngram 2=3"), 15, "has 2 n-grams but the \\data\\ header declares 3");
    }

    @Test
    void moreNgramsThanDeclared() {
        assertRefused(VALID.replace("ngram 1=4", "ngram 1=3"), 9, "more 1-grams than the \\data\\ header declares (3)");
    }

    @Test
    void hugeDeclaredCountsAllocateNothingAndAreRefused() {
        assertRefused(VALID.replace("ngram 1=4", "ngram 1=900000000000000000"), 11,
                "has 4 n-grams but the \\data\\ header declares 900000000000000000");
    }

    @Test
    void badNumber() {
        assertRefused(VALID.replace("-0.5\ta", "-0.5x\ta"), 7, "bad log10 probability '-0.5x'");
        assertRefused(VALID.replace("\ta\t-0.2", "\ta\tNaN"), 7, "bad back-off weight 'NaN'");
        assertRefused(VALID.replace("-0.5\ta", "1e99\ta"), 7, "out of range");
        assertRefused(VALID.replace("-0.5\ta", "0.5\ta"), 7, "above 0");
        assertRefused(VALID.replace("ngram 2=2", "ngram 2=two"), 3, "expected 'ngram N=COUNT'");
    }

    @Test
    void missingSection() {
        String noBigrams = VALID.replace("\\2-grams:\n-0.1\t<s> a\n-0.2\ta </s>\n", "");
        assertRefused(noBigrams, 12, "expected the \\2-grams: section, found '\\end\\'");
        assertRefused("some text\nwithout a header\n", 2, "no \\data\\ line");
        String undeclared = "\\data\\\nngram 1=2\n\\1-grams:\n-0.3 </s>\n-0.2 <s>\n\\2-grams:\n-0.1 <s> </s>\n\\end\\\n";
        assertRefused(undeclared, 6, "expected \\end\\", "found '\\2-grams:'");
    }

    @Test
    void truncatedFile() {
        assertRefused(VALID.substring(0, VALID.indexOf("-0.2\ta </s>")), 12, "has 1 n-grams but");
        assertRefused(VALID.replace("\\end\\\n", ""), 14, "without \\end\\");
        assertRefused("\\data\\\nngram 1=4\n", 2, "ends after the \\data\\ header");
    }

    @Test
    void ngramOfWrongLength() {
        assertRefused(VALID.replace("-0.2\ta </s>", "-0.2\ta </s> a"), 13, "a 2-gram line", "this line has 4 fields");
        assertRefused(VALID.replace("-0.6\t</s>", "-0.6\t</s> a -0.1"), 8, "a 1-gram line", "this line has 4 fields");
    }

    @Test
    void unknownWordInAHigherOrder() {
        assertRefused(VALID.replace("-0.2\ta </s>", "-0.2\ta zebra"), 13, "unknown word 'zebra'");
    }

    @Test
    void contextNotStored() {
        String trigram = VALID.replace("ngram 2=2", "ngram 2=2\nngram 3=1")
                .replace("\\end\\", "\\3-grams:\n-0.3\ta a </s>\n\n\\end\\");
        assertRefused(trigram, 17, "the context 'a a' of this 3-gram is not in the \\2-grams: section");
    }

    @Test
    void duplicateNgrams() {
        assertRefused(VALID.replace("-0.2\ta </s>", "-0.2\t<s> a"), 13, "duplicate 2-gram (first on line 12)");
        assertRefused(VALID.replace("-1.0\t<unk>", "-1.0\ta"), 9, "duplicate unigram 'a' (first on line 7)");
    }

    @Test
    void orderDeclaredOutOfSequence() {
        assertRefused(VALID.replace("ngram 2=2", "ngram 3=2"), 3, "declares order 3 after order 1");
    }
}
