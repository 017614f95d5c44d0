package org.lmlens.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The vocabulary's word index against a {@link HashMap}: inserts, growth, lookups and renumbering. */
class WordIndexTest {

    @Provide
    Arbitrary<List<String>> words() {
        // Short words from a small alphabet repeat often; the empty word and non-Latin ones are keys too.
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abc").ofMaxLength(4),
                Arbitraries.strings().withChars("词语ab\u3000é").ofMinLength(1).ofMaxLength(3));
        return word.list().ofMaxSize(400);
    }

    @Property(tries = 200)
    void behavesLikeAMapAndRenumbersInPlace(@ForAll("words") List<String> words,
                                            @ForAll @IntRange(min = 0, max = 40) int expected) {
        WordIndex index = new WordIndex(expected, -7);
        Map<String, Integer> reference = new HashMap<>();
        for (String w : words) {
            int next = reference.size();
            Integer had = reference.putIfAbsent(w, next);
            assertThat(index.putIfAbsent(w, next)).isEqualTo(had == null ? -7 : had);
        }
        assertThat(index.size()).isEqualTo(reference.size());
        reference.forEach((w, v) -> assertThat(index.get(w)).isEqualTo(v));
        assertThat(index.get("zzz-not-a-key")).isEqualTo(-7);

        // Odd values are dropped (absent), even ones renumbered.
        int[] remap = new int[reference.size()];
        for (int v = 0; v < remap.length; v++) {
            remap[v] = v % 2 == 1 ? -1 : 1000 + v;
        }
        index.remapValues(remap);
        reference.forEach((w, v) -> assertThat(index.get(w)).isEqualTo(v % 2 == 1 ? -7 : 1000 + v));
    }

    @Test
    void theEmptyWordIsAKeyLikeAnyOther() {
        // Its hash is 0, which an index that marks empty slots by a zero hash would lose.
        WordIndex index = new WordIndex(4, -1);
        assertThat(index.putIfAbsent("", 5)).isEqualTo(-1);
        assertThat(index.get("")).isEqualTo(5);
        assertThat(index.putIfAbsent("", 6)).isEqualTo(5);
        assertThat(index.size()).isEqualTo(1);
    }
}
