package org.lmlens.engine.text;

import java.nio.charset.Charset;

/**
 * The byte spellings the byte path of {@link TextReader#readWordIds} met in a text, each with the word
 * ids it stands for: what reading that text learned, kept so that reading more text over the same words
 * (a test text encoded with a training text's vocabulary) finds a known spelling by one probe of its
 * bytes, without decoding it, making a {@code String} or looking the word up.
 *
 * <p>Valid only for text in the same encoding, read with the same lowercasing (the byte path always splits
 * on white space, one sentence per line), and through a word mapping that gives every token the id that
 * the mapping which filled it gives, once renumbered: the corpus builder renumbers a training text's
 * provisional ids to its vocabulary's ({@link #renumber}) and hands the spellings to the vocabulary.
 * Immutable once renumbered; safe to read from several threads.
 */
public final class Spellings {
    final RunTable table;
    private final Charset charset;
    private final boolean lowercase;
    /** The id each id of the table stands for now, or null until {@link #renumber}. */
    int[] newIds;
    /** Whether every pure-ASCII word of the mapping has its exact spelling in the table. */
    private boolean complete;

    Spellings(RunTable table, Charset charset, boolean lowercase) {
        this.table = table;
        this.charset = charset;
        this.lowercase = lowercase;
    }

    /**
     * Makes every id v of these spellings stand for {@code newIds[v]} (kept, not copied), and records
     * whether they are {@link #complete}; called once,
     * before the spellings are shared. Until then they serve no reading. The table itself is left as it
     * is: renumbering it would mean a pass over all its slots, more than the lookups it serves pay.
     */
    public Spellings renumber(int[] newIds, boolean complete) {
        if (this.newIds != null) {
            throw new IllegalStateException("spellings are renumbered once");
        }
        this.newIds = newIds;
        this.complete = complete;
        return this;
    }

    /**
     * Whether every word of the mapping that is pure ASCII was met as a spelling of its own, so is in the
     * table: then a pure-ASCII token whose spelling is not there is no word of the mapping (markup
     * aside), and needs no lookup ({@link WordIds#idOfNewSpelling}). Not so when lowercasing folded
     * spellings, or when an ASCII word came from a run that a non-ASCII space split, or from a file read
     * another way; the mapping that filled the table tells ({@link #renumber}).
     */
    public boolean complete() {
        return complete;
    }

    /** Whether a file in this encoding, read as bytes with these options, may take its spellings from here. */
    boolean serves(Charset fileCharset, TextOptions options) {
        return newIds != null && charset.equals(fileCharset) && options.lowercase() == lowercase;
    }
}
