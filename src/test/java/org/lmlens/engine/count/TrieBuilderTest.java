package org.lmlens.engine.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trie built from unsorted n-grams (an ARPA file's) has the same layout as a counted one. */
class TrieBuilderTest {
    private final Vocabulary v = Vocabulary.of(List.of("a", "b"));
    private final int a = v.id("a");
    private final int b = v.id("b");

    @Test
    void sortsIndexesAndLinksSuffixes() {
        TrieBuilder t = new TrieBuilder(v, 3);
        // bigrams given out of order: (b a), (<s> a), (a b)
        int[] order2 = t.addOrder(2, new int[] {b, Vocabulary.BOS, a}, new int[] {a, a, b}, 3);
        // sorted by (prefix, word): <s> a (row 1), a b (row 2), b a (row 0)
        assertThat(order2).containsExactly(1, 2, 0);
        int ab = t.index(new int[] {a, b}, 0, 2);
        int ba = t.index(new int[] {b, a}, 0, 2);
        int[] order3 = t.addOrder(3, new int[] {ab, ba}, new int[] {a, b}, 2); // a b a, b a b
        assertThat(order3).hasSize(2);
        assertThat(t.index(new int[] {a, a}, 0, 2)).isEqualTo(-1);
        NgramCounts trie = t.build();
        assertThat(trie.maxOrder()).isEqualTo(3);
        int aba = trie.find(new int[] {a, b, a}, 0, 3);
        assertThat(trie.ngram(3, aba)).containsExactly(a, b, a);
        assertThat(trie.suffix(3, aba)).isEqualTo(trie.find(new int[] {b, a}, 0, 2));
        assertThat(trie.suffix(2, trie.find(new int[] {Vocabulary.BOS, a}, 0, 2))).isEqualTo(a);
        assertThat(trie.find(new int[] {Vocabulary.UNK}, 0, 1)).isEqualTo(Vocabulary.UNK); // every id is a unigram
    }

    @Test
    void missingSuffixIsMinusOne() {
        TrieBuilder t = new TrieBuilder(v, 3);
        t.addOrder(2, new int[] {a}, new int[] {b}, 1); // only a b
        int ab = t.index(new int[] {a, b}, 0, 2);
        t.addOrder(3, new int[] {ab}, new int[] {a}, 1); // a b a, whose suffix b a is not stored
        NgramCounts trie = t.build();
        assertThat(trie.suffix(3, 0)).isEqualTo(-1);
    }

    @Test
    void reportsDuplicateRows() {
        TrieBuilder t = new TrieBuilder(v, 2);
        assertThatThrownBy(() -> t.addOrder(2, new int[] {a, b, a}, new int[] {b, b, b}, 3))
                .isInstanceOfSatisfying(TrieBuilder.DuplicateException.class, e -> {
                    assertThat(e.firstRow).isZero();
                    assertThat(e.secondRow).isEqualTo(2);
                });
    }
}
