package org.lmlens.engine.bpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;

class BpeTrainerTest {
    static final String TEXT = """
            low low low low low lower lower newest newest newest newest newest newest widest widest widest
            the cat sat on the mat; the cat ate the rat. aaaa aaa aa a
            我爱北京天安门，天安门上太阳升。北京欢迎你。
            床前明月光，疑是地上霜。举头望明月，低头思故乡。
            """;

    static PieceCounts pieces(String text, PreSplit split) {
        PieceCounts p = new PieceCounts("test", split, false);
        text.lines().forEach(p::addLine);
        return p;
    }

    @Test
    void learnsTheMostFrequentPairFirst() {
        BpeTraining t = BpeTrainer.train(pieces("ab ab ab cd cd", PreSplit.GPT2), 3, 1, Progress.NONE);
        BpeModel m = t.model();
        // " a"+"b" occurs twice (" ab" twice) and "a"+"b" once: (a, b) three times is the most frequent pair.
        assertThat(show(m, m.merges().get(0).token())).isEqualTo("ab");
        assertThat(t.frequencies()[0]).isEqualTo(3);
        assertThat(t.initialTokens()).isEqualTo("ab ab ab cd cd".length());
        assertThat(t.tokensAfter(1)).isEqualTo(t.initialTokens() - 3);
    }

    @Test
    void incrementalCountsGiveWhatRecountingEveryStepGives() {
        for (PreSplit split : PreSplit.values()) {
            BpeTraining fast = BpeTrainer.train(pieces(TEXT, split), 120, 1, Progress.NONE);
            List<int[]> slow = naiveMerges(pieces(TEXT, split), 120);
            assertThat(fast.merges()).as(split.cliName()).isEqualTo(slow.size());
            for (int k = 0; k < slow.size(); k++) {
                BpeModel.Merge m = fast.model().merges().get(k);
                assertThat(new int[] {m.left(), m.right()}).as("merge " + k).containsExactly(slow.get(k));
            }
        }
    }

    @Test
    void trainingIsDeterministic() {
        String a = MergesFile.format(BpeTrainer.train(pieces(TEXT.repeat(3), PreSplit.GPT2), 200, 1, Progress.NONE).model());
        // The same pieces added in another order (the map's iteration order differs) give the same merges.
        PieceCounts reversed = new PieceCounts("test", PreSplit.GPT2, false);
        List<String> lines = new ArrayList<>(TEXT.repeat(3).lines().toList());
        java.util.Collections.reverse(lines);
        lines.forEach(reversed::addLine);
        String b = MergesFile.format(BpeTrainer.train(reversed, 200, 1, Progress.NONE).model());
        assertThat(b).isEqualTo(a);
        assertThat(a.lines().count()).isGreaterThan(100);
    }

    @Test
    void encodingTheTrainingTextGivesTheTokenCountTrainingReports() {
        BpeTraining t = BpeTrainer.train(pieces(TEXT, PreSplit.GPT2), 80, 1, Progress.NONE);
        for (int k : new int[] {0, 1, 10, 40, 80}) {
            long tokens = 0;
            for (String line : TEXT.lines().toList()) {
                IntArrayList ids = new IntArrayList();
                t.model().encode(line, k, ids);
                tokens += ids.size();
            }
            assertThat(tokens).as("after %d merges", k).isEqualTo(t.tokensAfter(k));
        }
    }

    @Test
    void hanPreSplitNeverJoinsTwoCharacters() {
        BpeTraining t = BpeTrainer.train(pieces(TEXT, PreSplit.HAN), 500, 1, Progress.NONE);
        for (BpeModel.Merge m : t.model().merges()) {
            String s = new String(t.model().bytes(m.token()), StandardCharsets.UTF_8);
            assertThat(s.codePoints().filter(PreSplit::isHan).count()).isLessThanOrEqualTo(1);
        }
        assertThat(t.stoppedEarly()).isTrue();
        assertThat(t.model().merges().stream().map(m -> show(t.model(), m.token()))).contains("明", "天", "北");
    }

    @Test
    void stopsWhenNoPairIsFrequentEnough() {
        BpeTraining t = BpeTrainer.train(pieces("xyz xyz abc", PreSplit.GPT2), 100, 2, Progress.NONE);
        assertThat(t.merges()).isEqualTo(2); // "xy", then "xyz"; " xyz" and all of "abc" are seen once
        assertThat(t.stoppedEarly()).isTrue();
        assertThat(java.util.Arrays.stream(t.frequencies()).allMatch(f -> f >= 2)).isTrue();
    }

    @Test
    void cancelStopsTraining() {
        AtomicInteger updates = new AtomicInteger();
        Progress cancelAfterFirst = new Progress() {
            @Override
            public void update(String stage, double fraction) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() >= 1;
            }
        };
        assertThatThrownBy(() -> BpeTrainer.train(pieces(TEXT.repeat(5), PreSplit.GPT2), 500, 1, cancelAfterFirst))
                .isInstanceOf(Progress.CancelledException.class);
    }

    static String show(BpeModel m, int token) {
        return ByteText.show(m.bytes(token));
    }

    /** Textbook BPE: count every pair of every piece again at each step. */
    static List<int[]> naiveMerges(PieceCounts pieces, int merges) {
        List<List<Integer>> words = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (Map.Entry<String, Long> e : new TreeMap<>(pieces.counts()).entrySet()) {
            List<Integer> w = new ArrayList<>();
            for (byte b : e.getKey().getBytes(StandardCharsets.UTF_8)) {
                w.add(b & 0xFF);
            }
            words.add(w);
            counts.add(e.getValue());
        }
        Map<String, Integer> ids = new java.util.HashMap<>();
        List<byte[]> bytes = new ArrayList<>();
        for (int b = 0; b < 256; b++) {
            bytes.add(new byte[] {(byte) b});
            ids.put(BpeModel.latin1(bytes.get(b)), b);
        }
        List<int[]> out = new ArrayList<>();
        while (out.size() < merges) {
            TreeMap<Long, Long> pairs = new TreeMap<>();
            for (int w = 0; w < words.size(); w++) {
                for (int i = 0; i + 1 < words.get(w).size(); i++) {
                    pairs.merge(BpeModel.pairKey(words.get(w).get(i), words.get(w).get(i + 1)), counts.get(w), Long::sum);
                }
            }
            long best = -1;
            long bestCount = 0;
            for (Map.Entry<Long, Long> e : pairs.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            if (best < 0) {
                break;
            }
            int a = (int) (best >>> 32);
            int b = (int) best;
            String joined = BpeModel.latin1(BpeModel.concat(bytes.get(a), bytes.get(b)));
            int token = ids.computeIfAbsent(joined, j -> {
                bytes.add(j.getBytes(StandardCharsets.ISO_8859_1));
                return bytes.size() - 1;
            });
            for (List<Integer> w : words) {
                for (int i = 0; i + 1 < w.size(); i++) {
                    if (w.get(i) == a && w.get(i + 1) == b) {
                        w.set(i, token);
                        w.remove(i + 1);
                    }
                }
            }
            out.add(new int[] {a, b});
        }
        return out;
    }
}
