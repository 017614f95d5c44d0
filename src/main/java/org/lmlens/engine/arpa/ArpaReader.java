package org.lmlens.engine.arpa;

import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntLinkedOpenHashMap;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.count.MemoryGuard;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.TrieBuilder;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.io.InputFile;

/**
 * Reads a back-off model in ARPA format (as written by KenLM's {@code lmplz}, SRILM's {@code ngram-count}
 * or {@link ArpaWriter}):
 *
 * <pre>
 *   any text (ignored)
 *   \data\
 *   ngram 1=COUNT
 *   ngram 2=COUNT …
 *
 *   \1-grams:
 *   log10p  w  [log10bow]
 *   \2-grams:
 *   log10p  w1 w2  [log10bow]      (no back-off column at the top order)
 *   …
 *   \end\
 * </pre>
 *
 * Fields may be separated by tabs or spaces; blank lines are skipped; a missing back-off weight is 0
 * (bow = 1); {@code -99} (or {@code -inf}) is SRILM's and KenLM's log10 of 0, used for {@code <s>}, and is
 * read as exactly 0 (a probability or a back-off weight). A file without {@code <unk>} gets one with log10
 * p = -100 (KenLM's default: tiny, not 0) and a notice; so do missing {@code <s>} and {@code </s>} (a
 * stored 10^-99).
 *
 * <p>Anything malformed is refused with an {@link LmLensException} naming the line: counts that differ from
 * the header, a bad number, a missing or unexpected section, a truncated file, an n-gram with the wrong
 * number of fields, a word that is not a unigram, an n-gram whose context is not stored, a duplicate.
 * Arrays grow as lines arrive, so a header that declares huge counts allocates nothing by itself; a line
 * longer than {@link #MAX_LINE} characters is refused, and the {@link MemoryGuard} stops a file that will not
 * fit in the heap with a message rather than an {@code OutOfMemoryError}.
 */
public final class ArpaReader {
    private static final Pattern NGRAM_COUNT = Pattern.compile("ngram\\s+(\\d{1,2})\\s*=\\s*(\\d{1,18})");
    private static final Pattern SECTION = Pattern.compile("\\\\(\\d{1,2})-grams:");
    /** KenLM's log10 p for a missing {@code <unk>} ({@code Config::unknown_missing_logprob}). */
    static final float MISSING_UNK_LOG10 = -100f;
    /** SRILM's and KenLM's written form of log10(0). */
    static final float LOG10_ZERO = -99f;
    /** A log10 probability this far above 0 is rounding (P = 1 + ε), not a malformed file. */
    private static final float ROUNDING = 1e-6f;

    /** A longer line is no ARPA line (KenLM's longest n-gram lines are a few hundred bytes): refused. */
    static final int MAX_LINE = 1 << 20;
    /** The memory guard looks again after this many n-grams. */
    private static final int GUARD_STRIDE = 1 << 16;
    /**
     * Bytes each n-gram read will need again when its section is stored: its trie entry and parent range
     * (16 + 8, as in {@link org.lmlens.engine.count.MemoryGuard}), probability and back-off weight, and
     * its place in the sort (4 + 4 + 4).
     */
    private static final long STORE_BYTES_PER_NGRAM = 36;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int bufferPos;
    private int bufferEnd;
    private final StringBuilder lineBuilder = new StringBuilder();
    private final MemoryGuard guard = new MemoryGuard(NgramCounter.MAX_ORDER, 1);
    private long ngramsRead;
    private final String name;
    private int lineNumber;
    private final List<String> notices = new ArrayList<>();
    private String[] fields = new String[8];
    private int fieldCount;

    private ArpaReader(Reader in, String name) {
        this.in = in;
        this.name = name;
    }

    /**
     * Reads an ARPA file (UTF-8): {@code -} is standard input, a pipe is read once, and gzip, bzip2 or xz
     * data ({@code model.arpa.gz}, as KenLM and SRILM accept) is decompressed ({@link InputFile}).
     */
    public static ArpaModel read(Path file) {
        InputFile input = InputFile.of(file);
        String name = input.name();
        try (Reader in = new InputStreamReader(input.openOnce(), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new LmLensException("ARPA file not found: " + file);
        } catch (AccessDeniedException e) {
            throw new LmLensException("Cannot read ARPA file " + name + ": permission denied");
        } catch (FileSystemException e) {
            throw new LmLensException("Cannot read ARPA file " + name + ": "
                    + (e.getReason() != null ? e.getReason() : e.getMessage()), e);
        } catch (IOException e) {
            throw new LmLensException("Cannot read ARPA file " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads an ARPA model from text; {@code name} is used in messages. */
    public static ArpaModel read(Reader reader, String name) {
        try {
            return new ArpaReader(reader, name).readModel();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new LmLensException(name + " is not UTF-8 text: not an ARPA file written by KenLM, SRILM or LM Lens");
        } catch (IOException e) {
            throw new LmLensException("Cannot read ARPA file " + name + ": " + e.getMessage(), e);
        }
    }

    private LmLensException error(String message) {
        return new LmLensException(name + ", line " + lineNumber + ": " + message);
    }

    /**
     * The next line (without its line break: LF, CR LF or CR), or null at the end. A line longer than
     * {@link #MAX_LINE} characters is refused before it is held ({@code --arpa /dev/zero} is one endless line).
     */
    private String next() throws IOException {
        lineBuilder.setLength(0);
        boolean any = false;
        while (true) {
            if (bufferPos == bufferEnd) {
                bufferEnd = in.read(buffer, 0, buffer.length);
                bufferPos = 0;
                if (bufferEnd <= 0) {
                    bufferEnd = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = bufferPos;
            while (bufferPos < bufferEnd && buffer[bufferPos] != '\n' && buffer[bufferPos] != '\r') {
                bufferPos++;
            }
            lineBuilder.append(buffer, start, bufferPos - start);
            if (lineBuilder.length() > MAX_LINE) {
                lineNumber++;
                throw error("the line is longer than " + MAX_LINE + " characters: this is not an ARPA file");
            }
            if (bufferPos < bufferEnd) {
                char end = buffer[bufferPos++];
                if (end == '\r') {
                    skipLineFeed();
                }
                break;
            }
        }
        lineNumber++;
        return lineBuilder.toString();
    }

    /** After a CR: a LF right after it belongs to the same line break. */
    private void skipLineFeed() throws IOException {
        if (bufferPos == bufferEnd) {
            bufferEnd = in.read(buffer, 0, buffer.length);
            bufferPos = 0;
            if (bufferEnd <= 0) {
                bufferEnd = 0;
                return;
            }
        }
        if (buffer[bufferPos] == '\n') {
            bufferPos++;
        }
    }

    /** The next non-blank line, trimmed, or null at the end of the file. */
    private String nextNonBlank() throws IOException {
        for (String line = next(); line != null; line = next()) {
            String t = line.strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return null;
    }

    private ArpaModel readModel() throws IOException {
        String line;
        ArpaTextHeader header = null;
        while (true) {
            line = next();
            if (line == null) {
                throw error("no \\data\\ line: this is not an ARPA file");
            }
            line = stripBom(line);
            if (line.strip().equals("\\data\\")) {
                break;
            }
            ArpaTextHeader h = ArpaTextHeader.parse(line, name, lineNumber);
            header = h != null ? h : header;
        }

        List<Long> declared = new ArrayList<>();
        declared.add(0L);
        for (line = nextNonBlank(); line != null && line.startsWith("ngram"); line = nextNonBlank()) {
            Matcher m = NGRAM_COUNT.matcher(line);
            if (!m.matches()) {
                throw error("expected 'ngram N=COUNT' in the \\data\\ header, found '" + line + "'");
            }
            int n = Integer.parseInt(m.group(1));
            if (n != declared.size()) {
                throw error("the \\data\\ header declares order " + n + " after order " + (declared.size() - 1));
            }
            declared.add(Long.parseLong(m.group(2)));
        }
        int order = declared.size() - 1;
        if (line == null) {
            throw error("the file ends after the \\data\\ header (truncated file?)");
        }
        if (order == 0) {
            throw error("the \\data\\ header declares no 'ngram N=COUNT' lines");
        }
        if (order > NgramCounter.MAX_ORDER) {
            throw error("order " + order + " is above the supported maximum " + NgramCounter.MAX_ORDER);
        }
        if (declared.get(1) == 0) {
            throw error("the \\data\\ header declares no unigrams");
        }
        long[] declaredCounts = declared.stream().mapToLong(Long::longValue).toArray();

        float[][] prob = new float[order + 1][];
        float[][] bow = new float[order + 1][];
        TrieBuilder trie = null;
        Vocabulary vocabulary = null;
        for (int k = 1; k <= order; k++) {
            expectSection(line, k);
            Section s = new Section(k, order, declaredCounts[k]);
            line = readSection(s, trie, vocabulary);
            if (s.rows != declaredCounts[k]) {
                throw error("the \\" + k + "-grams: section has " + s.rows + " n-grams but the \\data\\ header declares "
                        + declaredCounts[k]);
            }
            if (k == 1) {
                vocabulary = unigrams(s, prob, bow);
                trie = new TrieBuilder(vocabulary, order);
            } else {
                higherOrder(s, trie, prob, bow);
            }
        }
        if (line == null) {
            throw error("the file ends without \\end\\ (truncated file?)");
        }
        if (!line.equals("\\end\\")) {
            throw error("expected \\end\\ after the \\" + order + "-grams: section (the header declares order "
                    + order + "), found '" + line + "'");
        }
        return new ArpaModel(name, trie.build(), prob, bow, declaredCounts, notices, header);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private void expectSection(String line, int k) {
        if (line == null) {
            throw error("the file ends before the \\" + k + "-grams: section (truncated file?)");
        }
        Matcher m = SECTION.matcher(line);
        if (!m.matches() || Integer.parseInt(m.group(1)) != k) {
            throw error("expected the \\" + k + "-grams: section, found '" + line + "'");
        }
    }

    /** The lines of one section, parsed but not yet resolved to ids. */
    private static final class Section {
        final int k;
        final int order;
        final long declared;
        int rows;
        /** Unigrams: the words; higher orders: (prefix index, last word id), resolved as lines arrive. */
        final List<String> words = new ArrayList<>();
        final IntArrayList prefixes = new IntArrayList();
        final IntArrayList last = new IntArrayList();
        final FloatArrayList prob = new FloatArrayList();
        final FloatArrayList bow = new FloatArrayList();
        final IntArrayList lines = new IntArrayList();

        Section(int k, int order, long declared) {
            this.k = k;
            this.order = order;
            this.declared = declared;
        }
    }

    /** Reads the n-gram lines of a section; returns the line that ended it (trimmed), or null at the end of the file. */
    private String readSection(Section s, TrieBuilder trie, Vocabulary vocabulary) throws IOException {
        int[] ids = new int[s.k];
        for (String line = next(); ; line = next()) {
            if (line == null) {
                return null;
            }
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.charAt(0) == '\\') {
                return t;
            }
            if (s.rows >= s.declared) {
                throw error("more " + s.k + "-grams than the \\data\\ header declares (" + s.declared + ")");
            }
            split(t);
            boolean hasBow = fieldCount == s.k + 2;
            if (fieldCount != s.k + 1 && !(hasBow && s.k < s.order)) {
                throw error("a " + s.k + "-gram line has a log10 probability, " + s.k + " word" + (s.k > 1 ? "s" : "")
                        + (s.k < s.order ? " and an optional back-off weight" : " (no back-off weight at the top order)")
                        + ", but this line has " + fieldCount + " fields");
            }
            float p = number(fields[0], "log10 probability");
            if (p > ROUNDING) {
                throw error("log10 probability " + fields[0] + " is above 0");
            }
            p = Math.min(p, 0f); // 1 plus a rounding error is 1
            float b = hasBow ? number(fields[s.k + 1], "back-off weight") : 0f;
            if (s.k == 1) {
                s.words.add(fields[1]);
            } else {
                resolve(s, trie, vocabulary, ids);
            }
            s.prob.add(p);
            s.bow.add(b);
            s.lines.add(lineNumber);
            s.rows++;
            if (++ngramsRead % GUARD_STRIDE == 0) {
                guard.readingArpa(ngramsRead, STORE_BYTES_PER_NGRAM * s.rows);
            }
        }
    }

    private void split(String t) {
        fieldCount = 0;
        int i = 0;
        int n = t.length();
        while (i < n) {
            while (i < n && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
                i++;
            }
            int start = i;
            while (i < n && t.charAt(i) != ' ' && t.charAt(i) != '\t') {
                i++;
            }
            if (i > start) {
                if (fieldCount == fields.length) {
                    fields = java.util.Arrays.copyOf(fields, fields.length * 2);
                }
                fields[fieldCount++] = t.substring(start, i);
            }
        }
    }

    private float number(String s, String what) {
        if (s.equalsIgnoreCase("-inf") || s.equalsIgnoreCase("-infinity")) {
            return Float.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw error("bad " + what + " '" + s + "': not a number");
            }
        }
        try {
            float v = Float.parseFloat(s);
            if (!Float.isFinite(v)) {
                throw error("bad " + what + " '" + s + "': out of range");
            }
            // SRILM writes log10(0) as -99 (so does ArpaWriter): read it back as 0, or a zero back-off
            // weight would come back as 1e-99 and an impossible word as merely unlikely.
            return v == LOG10_ZERO ? Float.NEGATIVE_INFINITY : v;
        } catch (NumberFormatException e) {
            throw error("bad " + what + " '" + s + "': not a number");
        }
    }

    private Vocabulary unigrams(Section s, float[][] prob, float[][] bow) {
        Object2IntLinkedOpenHashMap<String> rows = new Object2IntLinkedOpenHashMap<>();
        rows.defaultReturnValue(-1);
        List<String> words = new ArrayList<>();
        for (int r = 0; r < s.rows; r++) {
            String w = s.words.get(r);
            int previous = rows.putIfAbsent(w, r);
            if (previous >= 0) {
                lineNumber = s.lines.getInt(r);
                throw error("duplicate unigram '" + w + "' (first on line " + s.lines.getInt(previous) + ")");
            }
            if (!w.equals(Vocabulary.UNK_WORD) && !w.equals(Vocabulary.BOS_WORD) && !w.equals(Vocabulary.EOS_WORD)) {
                words.add(w);
            }
        }
        Vocabulary vocabulary = Vocabulary.of(words);
        float[] p = new float[vocabulary.size()];
        float[] b = new float[vocabulary.size()];
        missing(rows, Vocabulary.UNK_WORD, p, MISSING_UNK_LOG10, "<unk> (unknown words) is missing: it gets log10 p = "
                + MISSING_UNK_LOG10 + " as in KenLM, so an unknown word is all but impossible");
        missing(rows, Vocabulary.BOS_WORD, p, -99f, "<s> is missing from the unigrams: added with log10 p = -99");
        missing(rows, Vocabulary.EOS_WORD, p, -99f, "</s> is missing from the unigrams: added with log10 p = -99, "
                + "so every sentence end is all but impossible");
        for (var e : rows.object2IntEntrySet()) {
            int id = vocabulary.id(e.getKey());
            p[id] = s.prob.getFloat(e.getIntValue());
            b[id] = s.bow.getFloat(e.getIntValue());
        }
        prob[1] = p;
        bow[1] = b;
        return vocabulary;
    }

    private void missing(Object2IntLinkedOpenHashMap<String> rows, String word, float[] p, float log10, String notice) {
        if (!rows.containsKey(word)) {
            p[word.equals(Vocabulary.UNK_WORD) ? Vocabulary.UNK : word.equals(Vocabulary.BOS_WORD)
                    ? Vocabulary.BOS : Vocabulary.EOS] = log10;
            notices.add(name + ": " + notice);
        }
    }

    /** The ids of an n-gram line's words and the index of its context, or an error naming the line. */
    private void resolve(Section s, TrieBuilder trie, Vocabulary vocabulary, int[] ids) {
        int k = s.k;
        for (int j = 0; j < k; j++) {
            String w = fields[j + 1];
            int id = vocabulary.id(w); // UNK for a word not in the vocabulary: one hash lookup, then a cheap check
            if (id == Vocabulary.UNK && !w.equals(Vocabulary.UNK_WORD)) {
                throw error("unknown word '" + w + "': it is not in the \\1-grams: section");
            }
            ids[j] = id;
        }
        int prefix = trie.index(ids, 0, k - 1);
        if (prefix < 0) {
            throw error("the context '" + String.join(" ", java.util.Arrays.copyOfRange(fields, 1, k)) + "' of this "
                    + k + "-gram is not in the \\" + (k - 1) + "-grams: section");
        }
        s.prefixes.add(prefix);
        s.last.add(ids[k - 1]);
    }

    private void higherOrder(Section s, TrieBuilder trie, float[][] prob, float[][] bow) {
        int k = s.k;
        int[] prefixes = s.prefixes.elements();
        int[] last = s.last.elements();
        int[] sorted;
        try {
            sorted = trie.addOrder(k, prefixes, last, s.rows);
        } catch (TrieBuilder.DuplicateException e) {
            lineNumber = s.lines.getInt(e.secondRow);
            throw error("duplicate " + k + "-gram (first on line " + s.lines.getInt(e.firstRow) + ")");
        }
        float[] p = new float[s.rows];
        float[] b = new float[s.rows];
        for (int i = 0; i < sorted.length; i++) {
            p[i] = s.prob.getFloat(sorted[i]);
            b[i] = s.bow.getFloat(sorted[i]);
        }
        prob[k] = p;
        bow[k] = b;
    }
}
