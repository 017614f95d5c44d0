package org.lmlens.engine.bpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.TestCorpora;

/**
 * The lab's own BPE encoder, given GPT-2's rank table, gives exactly jtokkit's r50k_base token ids: on
 * English (Brown's test text, KJV) and on Chinese (唐诗三百首, where GPT-2 splits characters into bytes).
 */
class GptTwoReferenceTest {
    private static BpeModel gpt2;

    @BeforeAll
    static void loadRanks() {
        gpt2 = OpenAiVocabulary.GPT2.model();
    }

    @Test
    void smallTextsAgreeWithJtokkit() {
        for (String text : List.of("Hello world", "I'm sure they'll've done it...  ok\n\n", "我爱北京天安门。",
                "  leading spaces, 1234567 digits, ünïcödé, emoji 👩‍👩‍👧 and \t tabs", "aaaaaaaaaaaaaaaaaaaa",
                "<|endoftext|> is plain text here")) {
            assertSameIds(text);
        }
    }

    @Test
    void brownTestText() throws IOException {
        assertSameIds(corpus("brown/test.txt", Integer.MAX_VALUE));
    }

    @Test
    void kingJamesBible() throws IOException {
        assertSameIds(corpus("kjv/kjv.txt", 400_000));
    }

    @Test
    void threeHundredTangPoems() throws IOException {
        String tang = corpus("tang/tang300.txt", Integer.MAX_VALUE);
        assertThat(tang).contains("床前明月光");
        assertSameIds(tang);
    }

    private static String corpus(String file, int maxChars) throws IOException {
        Path dir = TestCorpora.corpora();
        assumeTrue(dir != null && Files.exists(dir.resolve(file)), "shared corpora not available");
        String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        return text.length() > maxChars ? text.substring(0, text.lastIndexOf('\n', maxChars) + 1) : text;
    }

    private static void assertSameIds(String text) {
        int[] expected = OpenAiVocabulary.GPT2.encoding().encodeOrdinary(text).toArray();
        IntArrayList actual = new IntArrayList();
        gpt2.encode(text, actual);
        assertThat(actual.toIntArray()).hasSize(expected.length).containsExactly(expected);
        assertThat(expected.length).isPositive();
    }
}
