package org.lmlens.engine.bpe;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A byte-level BPE vocabulary and its encoder: token ids, the bytes of each token, and which adjacent
 * pair of tokens merges into which token with what priority. Two kinds share the one encoder:
 * <ul>
 *   <li>a <b>trained</b> model ({@link BpeTrainer}, {@link MergesFile}): tokens 0..255 are the bytes,
 *       each merge (rank r) joins a pair into a token (a new id, or the existing token with the same
 *       bytes, as Hugging Face's trainer does), priority = r;</li>
 *   <li>a <b>rank table</b> as tiktoken ships it ({@link #fromRanks}, e.g. GPT-2's r50k_base): every
 *       token's bytes with its rank, which is also its id. Tiktoken merges the adjacent pair whose joined
 *       bytes have the lowest rank; here every split of a token into two tokens becomes a pair with the
 *       token's rank as priority, which is the same rule. A piece that is itself a token is that token
 *       (tiktoken's shortcut).</li>
 * </ul>
 * Encoding one piece (Sennrich et al. 2016; Radford et al. 2019): start from its bytes, and while some
 * adjacent pair has a merge, apply the one of lowest priority, the leftmost of equals. Immutable and
 * thread-safe.
 */
public final class BpeModel {
    /** A merge: {@code left} and {@code right} join into {@code token}; rank = its place in the list. */
    public record Merge(int rank, int left, int right, int token) {
    }

    private final String name;
    private final PreSplit preSplit;
    private final byte[][] tokenBytes;
    private final int[] byteToken;
    /** (left << 32 | right) → (priority << 32 | token). */
    private final Long2LongOpenHashMap pairs;
    private final List<Merge> merges;
    /** For a rank table only: a whole piece that is a token (bytes as ISO-8859-1 text) → its id. */
    private final Object2IntOpenHashMap<String> wholePieces;
    private final int vocabularySize;

    private BpeModel(String name, PreSplit preSplit, byte[][] tokenBytes, int[] byteToken,
                     Long2LongOpenHashMap pairs, List<Merge> merges, Object2IntOpenHashMap<String> wholePieces,
                     int vocabularySize) {
        this.name = name;
        this.preSplit = preSplit;
        this.tokenBytes = tokenBytes;
        this.byteToken = byteToken;
        this.pairs = pairs;
        this.merges = merges;
        this.wholePieces = wholePieces;
        this.vocabularySize = vocabularySize;
    }

    /** A trained model: the 256 bytes and these merges (left and right ids of earlier tokens), in rank order. */
    public static BpeModel fromMerges(String name, PreSplit preSplit, List<int[]> leftRight) {
        List<byte[]> bytes = new ArrayList<>();
        Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();
        ids.defaultReturnValue(-1);
        for (int b = 0; b < 256; b++) {
            bytes.add(new byte[] {(byte) b});
            ids.put(latin1(bytes.get(b)), b);
        }
        Long2LongOpenHashMap pairs = new Long2LongOpenHashMap(leftRight.size() * 2);
        pairs.defaultReturnValue(-1);
        List<Merge> merges = new ArrayList<>(leftRight.size());
        for (int[] lr : leftRight) {
            int left = lr[0];
            int right = lr[1];
            if (left < 0 || right < 0 || left >= bytes.size() || right >= bytes.size()) {
                throw new IllegalArgumentException("merge of unknown tokens " + left + ", " + right);
            }
            byte[] joined = concat(bytes.get(left), bytes.get(right));
            String key = latin1(joined);
            int token = ids.getInt(key);
            if (token < 0) {
                token = bytes.size();
                bytes.add(joined);
                ids.put(key, token);
            }
            long pair = pairKey(left, right);
            if (!pairs.containsKey(pair)) {
                int rank = merges.size();
                pairs.put(pair, (long) rank << 32 | token);
                merges.add(new Merge(rank, left, right, token));
            }
        }
        int[] byteToken = new int[256];
        Arrays.setAll(byteToken, b -> b);
        return new BpeModel(name, preSplit, bytes.toArray(byte[][]::new), byteToken, pairs, List.copyOf(merges),
                null, bytes.size());
    }

    /** A tiktoken rank table (token bytes → rank, which is the token id), pieces cut by {@code preSplit}. */
    public static BpeModel fromRanks(String name, PreSplit preSplit, Map<byte[], Integer> ranks) {
        int maxId = ranks.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        byte[][] tokenBytes = new byte[maxId + 1][];
        Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>(ranks.size());
        ids.defaultReturnValue(-1);
        int[] byteToken = new int[256];
        Arrays.fill(byteToken, -1);
        for (Map.Entry<byte[], Integer> e : ranks.entrySet()) {
            tokenBytes[e.getValue()] = e.getKey();
            ids.put(latin1(e.getKey()), (int) e.getValue());
            if (e.getKey().length == 1) {
                byteToken[e.getKey()[0] & 0xFF] = e.getValue();
            }
        }
        if (Arrays.stream(byteToken).anyMatch(t -> t < 0)) {
            throw new IllegalArgumentException(name + ": a byte-level rank table must hold all 256 bytes");
        }
        Long2LongOpenHashMap pairs = new Long2LongOpenHashMap(ranks.size() * 3);
        pairs.defaultReturnValue(-1);
        for (int token = 0; token <= maxId; token++) {
            byte[] b = tokenBytes[token];
            if (b == null || b.length < 2) {
                continue;
            }
            String s = latin1(b);
            for (int cut = 1; cut < s.length(); cut++) {
                int left = ids.getInt(s.substring(0, cut));
                int right = ids.getInt(s.substring(cut));
                if (left >= 0 && right >= 0) {
                    pairs.put(pairKey(left, right), (long) token << 32 | token);
                }
            }
        }
        return new BpeModel(name, preSplit, tokenBytes, byteToken, pairs, List.of(), ids, ranks.size());
    }

    public String name() {
        return name;
    }

    public PreSplit preSplit() {
        return preSplit;
    }

    /** The merges in rank order (a trained model; empty for a rank table). */
    public List<Merge> merges() {
        return merges;
    }

    /** How many token ids are in use: 256 bytes plus the distinct merged tokens (or the rank table's size). */
    public int vocabularySize() {
        return vocabularySize;
    }

    /** The bytes of a token (a copy). */
    public byte[] bytes(int token) {
        return tokenBytes[token].clone();
    }

    public int byteLength(int token) {
        return tokenBytes[token].length;
    }

    /** Token types after the first {@code mergeLimit} merges: the 256 bytes and the distinct merged tokens. */
    public int vocabularySize(int mergeLimit) {
        if (merges.isEmpty() || mergeLimit >= merges.size()) {
            return vocabularySize;
        }
        return 256 + (int) merges.subList(0, Math.max(0, mergeLimit)).stream().mapToInt(Merge::token).distinct().count();
    }

    /** How a token was built: the merge of two smaller tokens' trees, down to bytes (leaves). */
    public record MergeTree(int token, MergeTree left, MergeTree right) {
        public boolean isByte() {
            return left == null;
        }
    }

    /** The tree of merges that built a token of a trained model (a leaf for a byte or a rank-table token). */
    public MergeTree tree(int token) {
        Merge m = mergeOf(token);
        return m == null ? new MergeTree(token, null, null) : new MergeTree(token, tree(m.left()), tree(m.right()));
    }

    /** The merge that made a token of a trained model, or {@code null} for a byte (or a rank table). */
    public Merge mergeOf(int token) {
        for (Merge m : merges) {
            if (m.token() == token) {
                return m;
            }
        }
        return null;
    }

    /** Encodes a whole text: pre-split, then every piece; ids are appended to {@code out}. */
    public void encode(CharSequence text, IntArrayList out) {
        encode(text, Integer.MAX_VALUE, out);
    }

    /** As {@link #encode(CharSequence, IntArrayList)}, using only merges of rank below {@code mergeLimit}. */
    public void encode(CharSequence text, int mergeLimit, IntArrayList out) {
        preSplit.split(text, piece -> encodePiece(piece.getBytes(StandardCharsets.UTF_8), mergeLimit, out));
    }

    /** Encodes one piece (the bytes between two pre-split boundaries). */
    public void encodePiece(byte[] piece, int mergeLimit, IntArrayList out) {
        int n = piece.length;
        if (n == 0) {
            return;
        }
        if (wholePieces != null) {
            int whole = wholePieces.getInt(latin1(piece));
            if (whole >= 0) {
                out.add(whole);
                return;
            }
        }
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = byteToken[piece[i] & 0xFF];
        }
        long[] next = new long[n];
        for (int i = 0; i + 1 < n; i++) {
            next[i] = merge(ids[i], ids[i + 1], mergeLimit);
        }
        int len = n;
        while (len > 1) {
            int best = -1;
            for (int i = 0; i + 1 < len; i++) {
                if (next[i] != Long.MAX_VALUE && (best < 0 || next[i] < next[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            ids[best] = (int) next[best];
            System.arraycopy(ids, best + 2, ids, best + 1, len - best - 2);
            System.arraycopy(next, best + 2, next, best + 1, len - best - 2);
            len--;
            if (best > 0) {
                next[best - 1] = merge(ids[best - 1], ids[best], mergeLimit);
            }
            next[best] = best + 1 < len ? merge(ids[best], ids[best + 1], mergeLimit) : Long.MAX_VALUE;
        }
        for (int i = 0; i < len; i++) {
            out.add(ids[i]);
        }
    }

    /** (priority << 32 | token) of the merge of this pair, or {@link Long#MAX_VALUE} when there is none below the limit. */
    private long merge(int left, int right, int mergeLimit) {
        long v = pairs.get(pairKey(left, right));
        return v < 0 || (v >>> 32) >= mergeLimit ? Long.MAX_VALUE : v;
    }

    static long pairKey(int left, int right) {
        return (long) left << 32 | (right & 0xFFFFFFFFL);
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
