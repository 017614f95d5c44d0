package org.lmlens.engine.bpe;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.lmlens.engine.Progress;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizer;

/**
 * The {@code bpe} tokenizer of the n-gram models: byte-level BPE tokens, spelt as {@link ByteText#visible}
 * shows them ({@code ▁the}: a space is ▁; {@code <0xE6>}: a byte that is not a whole character).
 * Runs of white space alone are left out, as every tokenizer leaves them out; a word keeps the space
 * before it. Either a trained model (from a merges file, or learnt) or, until a text is loaded, the wish to learn
 * {@code merges} merges from the training text itself: {@link #resolve} learns them before the text is
 * counted, so a model's tokens come from its own training text. An untrained tokenizer cuts into bytes
 * (BPE after zero merges).
 */
public final class BpeTokenizer implements Tokenizer {
    public static final String NAME = "bpe";
    public static final int DEFAULT_MERGES = 1000;
    /** Merges of a pair seen once only memorise the training text; training stops before them. */
    public static final int MIN_FREQUENCY = 2;
    private static final int CACHE_LIMIT = 200_000;

    private final int merges;
    private final PreSplit preSplit;
    private final BpeModel model;
    private final boolean lowercase;
    private final Map<String, String[]> cache = new ConcurrentHashMap<>();

    private BpeTokenizer(int merges, PreSplit preSplit, BpeModel model, boolean lowercase) {
        this.merges = merges;
        this.preSplit = Objects.requireNonNull(preSplit);
        this.model = model;
        this.lowercase = lowercase;
    }

    /** Learn {@code merges} merges from the training text when it is loaded. */
    public static BpeTokenizer toTrain(int merges, PreSplit preSplit) {
        return new BpeTokenizer(merges, preSplit, null, false);
    }

    /** A trained model; {@code lowercase}: it was trained on lowercased text, so it lowercases what it cuts. */
    public static BpeTokenizer of(BpeModel model, boolean lowercase) {
        return new BpeTokenizer(model.merges().size(), model.preSplit(), model, lowercase);
    }

    /**
     * The options with an untrained {@code bpe} tokenizer replaced by one trained on {@code source}
     * (read as the options say); other options come back unchanged.
     */
    public static TextOptions resolve(TextSource source, TextOptions options, Progress progress) {
        if (!(options.tokenizer() instanceof BpeTokenizer bpe) || bpe.trained()) {
            return options;
        }
        PieceCounts pieces = PieceCounts.of(source, options, bpe.preSplit, progress);
        BpeTraining training = BpeTrainer.train(pieces, bpe.merges, MIN_FREQUENCY, progress);
        return options.withTokenizer(of(training.model(), options.lowercase()));
    }

    public boolean trained() {
        return model != null;
    }

    /** The model, or {@code null} before training. */
    public BpeModel model() {
        return model;
    }

    /** The merges asked for (untrained) or learnt (trained). */
    public int merges() {
        return merges;
    }

    public PreSplit preSplit() {
        return preSplit;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void tokenize(CharSequence sentence, Consumer<String> sink) {
        // ▁ is how a token spells its space, so a token typed as shown (▁cat) is cut back into itself.
        // Stripped: a sentence's first word has no space before it, wherever the sentence was cut from.
        String typed = sentence.toString().strip().replace(ByteText.SPACE_MARK, ' ');
        String text = lowercase ? typed.toLowerCase(Locale.ROOT) : typed;
        IntArrayList ids = new IntArrayList();
        preSplit.split(text, piece -> {
            if (piece.isBlank()) {
                return; // white space between words: as with every tokenizer, it separates tokens
            }
            String[] tokens = cache.get(piece);
            if (tokens == null) {
                byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
                if (model == null) {
                    tokens = new String[bytes.length];
                    for (int i = 0; i < bytes.length; i++) {
                        tokens[i] = ByteText.visible(new byte[] {bytes[i]});
                    }
                } else {
                    ids.clear();
                    model.encodePiece(bytes, Integer.MAX_VALUE, ids);
                    tokens = new String[ids.size()];
                    for (int i = 0; i < tokens.length; i++) {
                        tokens[i] = ByteText.visible(model.bytes(ids.getInt(i)));
                    }
                }
                if (cache.size() < CACHE_LIMIT) {
                    cache.put(piece, tokens);
                }
            }
            for (String t : tokens) {
                sink.accept(t);
            }
        });
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof BpeTokenizer b && model == null && b.model == null && merges == b.merges
                && preSplit == b.preSplit;
    }

    @Override
    public int hashCode() {
        return model == null ? Objects.hash(merges, preSplit) : System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return NAME + " (" + merges + " merges, " + preSplit.cliName() + ")";
    }
}
