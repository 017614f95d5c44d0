package org.lmlens.engine.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;

/**
 * A user dictionary for the {@code zh-word} tokenizer, in the format of jieba's {@code load_userdict}: one
 * entry a line, {@code word [frequency] [tag]} ("大语言模型 5 n", "n 元语法", "词元"). As in jieba, a word may
 * hold spaces, a missing frequency is the one that keeps the word whole ({@code suggest_freq}), and the tag
 * is read but not used. The file's encoding is detected like any text's.
 *
 * <p>Words of Han characters only join jieba's dictionary for this tokenizer alone (see {@link JiebaWords});
 * words with other characters ("GPT-3", "n 元语法") are found in the sentence before segmentation and stay one
 * token, with their spaces removed ("n元语法"), since a token never holds a space (ARPA files separate
 * words by spaces). Such a word matches with or without the spaces it is written with.
 *
 * @param name    the file's name, for the status bar and messages
 * @param file    where it was read from (null for a dictionary made in code)
 * @param entries the entries in file order
 */
public record UserDictionary(String name, Path file, List<Entry> entries) {
    /** One line: the word as written, its frequency if given, its tag ("" when none). */
    public record Entry(String word, OptionalLong frequency, String tag) {
        /** The token this entry stands for: the word without its spaces. */
        public String token() {
            return word.replaceAll("\\s+", "");
        }

        boolean hanOnly() {
            return token().codePoints().allMatch(ZhWordTokenizer::isHan);
        }
    }

    /** jieba's own pattern for a user-dictionary line. */
    private static final Pattern LINE = Pattern.compile("^(.+?)( [0-9]+)?( [a-z]+)?$");

    public UserDictionary {
        entries = List.copyOf(entries);
    }

    /** Reads a dictionary file (any encoding the text reader detects). */
    public static UserDictionary load(Path file) {
        List<Entry> entries = new ArrayList<>();
        TextReader.readLines(TextSource.ofFile(file), TextOptions.automatic(), line -> parse(line, entries),
                Progress.NONE);
        if (entries.isEmpty()) {
            throw new LmLensException(EngineMessages.get("text.userDictEmpty", file.getFileName()));
        }
        return new UserDictionary(String.valueOf(file.getFileName()), file, entries);
    }

    /** A dictionary from lines in the file format (tests, pasted lists). */
    public static UserDictionary of(String name, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        lines.forEach(line -> parse(line, entries));
        return new UserDictionary(name, null, entries);
    }

    private static void parse(String line, List<Entry> into) {
        String s = line.strip();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1).strip();
        }
        if (s.isEmpty()) {
            return;
        }
        Matcher m = LINE.matcher(s);
        if (!m.matches()) {
            return;
        }
        OptionalLong freq = m.group(2) == null ? OptionalLong.empty()
                : OptionalLong.of(Long.parseLong(m.group(2).strip()));
        into.add(new Entry(m.group(1).strip(), freq, m.group(3) == null ? "" : m.group(3).strip()));
    }

    /** The entries of Han characters only: jieba segments with them. */
    List<Entry> hanEntries() {
        return entries.stream().filter(Entry::hanOnly).toList();
    }

    /** The entries with other characters, longest first: they are matched before segmentation. */
    List<Entry> mixedEntries() {
        return entries.stream().filter(e -> !e.hanOnly())
                .sorted(Comparator.comparingInt((Entry e) -> e.token().length()).reversed()).toList();
    }
}
