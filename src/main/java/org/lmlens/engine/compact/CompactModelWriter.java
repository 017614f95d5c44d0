package org.lmlens.engine.compact;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes a compact model file ({@link CompactLayout}) from a stream of n-grams, without holding them: the
 * n-grams per order are known up front, so each value goes straight to its final place. Orders come
 * lowest first; within an order the n-grams come sorted by (prefix index at the order below, last word),
 * which is the lexicographic order of their word ids, as a sort by word ids (Spark's, the engine's trie)
 * gives them. The file is written beside its destination and moved into place when complete
 * ({@link #close}), so a reader never sees half a model.
 */
public final class CompactModelWriter implements AutoCloseable {
    private final CompactLayout layout;
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private int order;
    private long added;
    private long lastPrefixLong = -1;
    private int lastWord = -1;
    private long nextParent;
    private Section words;
    private Section prob;
    private Section bow;
    private Section parentChild;
    private boolean vocabularyWritten;
    private long vocabularyBytes;
    private boolean done;

    /** A writer for a model of {@code order} with {@code ngrams[k]} n-grams of order k (ngrams[1] = vocabulary size). */
    public CompactModelWriter(Path file, int order, long[] ngrams) throws IOException {
        this.layout = new CompactLayout(order, ngrams);
        this.target = file.toAbsolutePath();
        // Beside the target (so the final move is atomic), with the folder's usual permissions.
        this.temp = Files.createFile(target.resolveSibling("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".part"));
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
    }

    /** The words in id order (ids 0, 1, 2 are {@code <unk>}, {@code <s>}, {@code </s>}). */
    public void vocabulary(List<String> wordsById) throws IOException {
        if (wordsById.size() != layout.ngrams[1]) {
            throw new IllegalArgumentException("vocabulary of " + wordsById.size() + " words, header says "
                    + layout.ngrams[1]);
        }
        long base = layout.vocabularyOffset;
        int v = wordsById.size();
        Section offsets = new Section(base);
        Section bytes = new Section(base + 8L * (v + 1));
        long at = 0;
        for (String w : wordsById) {
            offsets.putLong(at);
            byte[] b = w.getBytes(StandardCharsets.UTF_8);
            bytes.put(b);
            at += b.length;
        }
        offsets.putLong(at);
        offsets.flush();
        bytes.flush();
        vocabularyBytes = 8L * (v + 1) + at;
        vocabularyWritten = true;
    }

    /**
     * Adds the next n-gram of order {@code k}: its prefix's index at order k-1 (0 for a unigram), its last
     * word, log10 P(w | h) and log10 bow (ignored at the top order). Unigrams come as every word id in order.
     */
    public void add(int k, long prefix, int word, float log10Prob, float log10Bow) throws IOException {
        if (k != order) {
            startOrder(k);
        }
        if (added >= layout.ngrams[k]) {
            throw new IllegalStateException("more " + k + "-grams than the " + layout.ngrams[k] + " declared");
        }
        if (k == 1 ? word != added : prefix < lastPrefixLong || (prefix == lastPrefixLong && word <= lastWord)
                || prefix >= layout.ngrams[k - 1]) {
            throw new IllegalStateException(k + "-gram " + added + " out of order (prefix " + prefix + ", word " + word + ")");
        }
        if (k > 1) {
            while (nextParent <= prefix) {
                parentChild.putIndex(added, layout.childWidth[k - 1]);
                nextParent++;
            }
            words.putInt(word);
        }
        prob.putFloat(log10Prob);
        if (k < layout.order) {
            bow.putFloat(log10Bow);
        }
        lastPrefixLong = prefix;
        lastWord = word;
        added++;
    }

    private void startOrder(int k) throws IOException {
        if (k != order + 1 || k > layout.order) {
            throw new IllegalStateException("order " + k + " after order " + order);
        }
        finishOrder();
        order = k;
        added = 0;
        lastPrefixLong = -1;
        lastWord = -1;
        nextParent = 0;
        words = k > 1 ? new Section(layout.words[k]) : null;
        prob = new Section(layout.prob[k]);
        bow = k < layout.order ? new Section(layout.bow[k]) : null;
        parentChild = k > 1 ? new Section(layout.child[k - 1]) : null;
    }

    private void finishOrder() throws IOException {
        if (order == 0) {
            return;
        }
        if (added != layout.ngrams[order]) {
            throw new IllegalStateException(added + " " + order + "-grams written, " + layout.ngrams[order] + " declared");
        }
        if (order > 1) {
            while (nextParent <= layout.ngrams[order - 1]) {
                parentChild.putIndex(added, layout.childWidth[order - 1]);
                nextParent++;
            }
            parentChild.flush();
            words.flush();
        }
        prob.flush();
        if (bow != null) {
            bow.flush();
        }
    }

    /** Completes the file (every order must be complete) and moves it into place. */
    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        done = true;
        try {
            while (order < layout.order) {
                startOrder(order + 1); // an order with no n-grams (only valid when none were declared)
            }
            finishOrder();
            if (!vocabularyWritten) {
                throw new IllegalStateException("no vocabulary written");
            }
            ByteBuffer header = layout.header(vocabularyBytes);
            while (header.hasRemaining()) {
                channel.write(header, header.position());
            }
            channel.force(false);
            channel.close();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (channel.isOpen()) {
                channel.close();
            }
            Files.deleteIfExists(temp);
        }
    }

    /** Gives up: removes the partial file and leaves the destination as it was. */
    public void discard() throws IOException {
        done = true;
        channel.close();
        Files.deleteIfExists(temp);
    }

    /** A buffered run of values written at consecutive positions from a given file offset. */
    private final class Section {
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        private long position;

        Section(long position) {
            this.position = position;
        }

        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }

        void putInt(int v) throws IOException {
            room(4);
            buffer.putInt(v);
        }

        void putLong(long v) throws IOException {
            room(8);
            buffer.putLong(v);
        }

        void putFloat(float v) throws IOException {
            room(4);
            buffer.putFloat(v);
        }

        void putIndex(long v, int width) throws IOException {
            if (width == 8) {
                putLong(v);
            } else {
                putInt((int) v);
            }
        }

        void put(byte[] b) throws IOException {
            for (int i = 0; i < b.length; ) {
                room(1);
                int n = Math.min(buffer.remaining(), b.length - i);
                buffer.put(b, i, n);
                i += n;
            }
        }

        void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            buffer.clear();
        }
    }
}
