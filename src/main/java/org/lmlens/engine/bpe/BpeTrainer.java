package org.lmlens.engine.bpe;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2LongMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.Progress;

/**
 * Byte-level BPE training (Sennrich, Haddow &amp; Birch 2016, "Neural Machine Translation of Rare Words with
 * Subword Units"; byte-level as in Radford et al. 2019, GPT-2): every distinct piece of the text (see
 * {@link PreSplit}) starts as its UTF-8 bytes; each step merges the adjacent pair of tokens that occurs most
 * often in the text (pieces weighted by how often they occur) into a new token, everywhere.
 *
 * <p>Pair counts are kept up to date incrementally, as Hugging Face's {@code tokenizers} does: a merge
 * changes only the counts of the pairs around each place it is applied, and it visits only the pieces that
 * hold the pair (an index from pair to pieces). The most frequent pair comes from a priority queue whose
 * stale entries are corrected when they surface. Ties go to the pair of smaller ids (left, then right), so
 * training is deterministic. Training stops early when no pair occurs at least {@code minFrequency} times.
 */
public final class BpeTrainer {
    /** The most merges a training may ask for. */
    public static final int MAX_MERGES = 1_000_000;
    private static final int PROGRESS_EVERY = 64;

    private final int[][] symbols;
    private final int[] lengths;
    private final long[] counts;
    private final int[] visited;
    private final Long2LongOpenHashMap pairCounts = new Long2LongOpenHashMap();
    private final Long2ObjectOpenHashMap<IntArrayList> where = new Long2ObjectOpenHashMap<>();
    private final PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0]
            ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
    private final List<byte[]> tokenBytes = new ArrayList<>();
    private final Object2IntOpenHashMap<String> tokenIds = new Object2IntOpenHashMap<>();

    private BpeTrainer(Object2LongMap<String> pieceCounts) {
        int n = pieceCounts.size();
        symbols = new int[n][];
        lengths = new int[n];
        counts = new long[n];
        visited = new int[n];
        java.util.Arrays.fill(visited, -1);
        tokenIds.defaultReturnValue(-1);
        for (int b = 0; b < 256; b++) {
            tokenBytes.add(new byte[] {(byte) b});
            tokenIds.put(BpeModel.latin1(tokenBytes.get(b)), b);
        }
        pairCounts.defaultReturnValue(0);
        // Pieces in a fixed order (by their bytes) whatever the map's iteration order.
        List<Object2LongMap.Entry<String>> entries = new ArrayList<>(pieceCounts.object2LongEntrySet());
        entries.sort((x, y) -> x.getKey().compareTo(y.getKey()));
        int w = 0;
        for (Object2LongMap.Entry<String> e : entries) {
            byte[] b = e.getKey().getBytes(StandardCharsets.UTF_8);
            int[] s = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                s[i] = b[i] & 0xFF;
            }
            symbols[w] = s;
            lengths[w] = s.length;
            counts[w] = e.getLongValue();
            for (int i = 0; i + 1 < s.length; i++) {
                long pair = BpeModel.pairKey(s[i], s[i + 1]);
                pairCounts.addTo(pair, counts[w]);
                index(pair, w);
            }
            w++;
        }
        for (Long2LongOpenHashMap.Entry e : pairCounts.long2LongEntrySet()) {
            queue.add(new long[] {e.getLongValue(), e.getLongKey()});
        }
    }

    /**
     * Learns up to {@code merges} merges from pieces and their counts (see {@link PieceCounts}).
     *
     * @throws Progress.CancelledException when {@code progress} is cancelled
     */
    public static BpeTraining train(PieceCounts pieces, int merges, int minFrequency, Progress progress) {
        if (merges < 0 || merges > MAX_MERGES) {
            throw new org.lmlens.engine.LmLensException(EngineMessages.get("bpe.merges", MAX_MERGES, merges));
        }
        return new BpeTrainer(pieces.counts()).run(pieces, merges, Math.max(1, minFrequency), progress);
    }

    private BpeTraining run(PieceCounts pieces, int target, int minFrequency, Progress progress) {
        List<int[]> leftRight = new ArrayList<>();
        LongArrayList frequencies = new LongArrayList();
        LongArrayList tokensAfter = new LongArrayList();
        long tokens = pieces.bytes();
        String stage = EngineMessages.get("bpe.training");
        while (leftRight.size() < target) {
            if (leftRight.size() % PROGRESS_EVERY == 0) {
                progress.checkCancelled();
                progress.update(stage, (double) leftRight.size() / target);
            }
            long[] best = bestPair();
            if (best == null || best[0] < minFrequency) {
                break;
            }
            long pair = best[1];
            int left = (int) (pair >>> 32);
            int right = (int) pair;
            int token = tokenFor(left, right);
            tokens -= apply(pair, left, right, token, leftRight.size());
            leftRight.add(new int[] {left, right});
            frequencies.add(best[0]);
            tokensAfter.add(tokens);
        }
        progress.update(stage, 1);
        BpeModel model = BpeModel.fromMerges(pieces.name(), pieces.preSplit(), leftRight);
        return new BpeTraining(model, frequencies.toLongArray(), tokensAfter.toLongArray(), pieces.bytes(),
                pieces.characters(), pieces.words(), target);
    }

    /** The most frequent pair as {count, pair}, or null when no pair is left. */
    private long[] bestPair() {
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            long current = pairCounts.get(top[1]);
            if (current == top[0] && current > 0) {
                return top;
            }
            if (current > 0 && current < top[0]) {
                queue.add(new long[] {current, top[1]});
            }
        }
        return null;
    }

    private int tokenFor(int left, int right) {
        byte[] joined = BpeModel.concat(tokenBytes.get(left), tokenBytes.get(right));
        String key = BpeModel.latin1(joined);
        int token = tokenIds.getInt(key);
        if (token < 0) {
            token = tokenBytes.size();
            tokenBytes.add(joined);
            tokenIds.put(key, token);
        }
        return token;
    }

    /**
     * Merges every occurrence of (left, right) into {@code token} and updates the pair counts around each.
     * Returns by how many tokens the text shrank.
     */
    private long apply(long pair, int a, int b, int token, int step) {
        IntArrayList pieces = where.remove(pair);
        long removed = 0;
        it.unimi.dsi.fastutil.longs.LongOpenHashSet grown = new it.unimi.dsi.fastutil.longs.LongOpenHashSet();
        for (int k = 0; k < pieces.size(); k++) {
            int w = pieces.getInt(k);
            if (visited[w] == step) {
                continue;
            }
            visited[w] = step;
            int[] s = symbols[w];
            int n = lengths[w];
            long c = counts[w];
            int out = 0;
            int i = 0;
            while (i < n) {
                if (i + 1 < n && s[i] == a && s[i + 1] == b) {
                    if (out > 0) {
                        int prev = s[out - 1];
                        decrement(BpeModel.pairKey(prev, a), c);
                        long p = BpeModel.pairKey(prev, token);
                        pairCounts.addTo(p, c);
                        grown.add(p);
                        index(p, w);
                    }
                    if (i + 2 < n) {
                        int next = s[i + 2];
                        decrement(BpeModel.pairKey(b, next), c);
                        long p = BpeModel.pairKey(token, next);
                        pairCounts.addTo(p, c);
                        grown.add(p);
                        index(p, w);
                    }
                    s[out++] = token;
                    i += 2;
                    removed += c;
                } else {
                    s[out++] = s[i++];
                }
            }
            lengths[w] = out;
        }
        pairCounts.remove(pair);
        grown.forEach((long p) -> {
            long count = pairCounts.get(p);
            if (count > 0) {
                queue.add(new long[] {count, p});
            }
        });
        return removed;
    }

    /** Lowers a pair's count; a pair no longer seen leaves the map (and its index), which keeps both small. */
    private void decrement(long pair, long c) {
        if (pairCounts.addTo(pair, -c) == c) {
            pairCounts.remove(pair);
            where.remove(pair);
        }
    }

    private void index(long pair, int w) {
        IntArrayList list = where.get(pair);
        if (list == null) {
            list = new IntArrayList(2);
            where.put(pair, list);
        }
        if (list.isEmpty() || list.getInt(list.size() - 1) != w) {
            list.add(w);
        }
    }
}
