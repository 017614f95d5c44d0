package org.lmlens.engine.text;

import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What reading a text decided, for the UI and the CLI to show: the tokenizer used (and whether
 * {@code auto} chose it, and why) and, per file, the encoding and how it was found.
 *
 * @param tokenizer       the concrete tokenizer used (never {@code auto})
 * @param tokenizerAuto   true when {@code auto} chose it
 * @param tokenizerReason why: "classical Chinese verse: one token per character", or "chosen by the user"
 * @param files           one entry per file (one entry named after the source for a pasted string)
 */
public record TextInfo(Tokenizer tokenizer, boolean tokenizerAuto, String tokenizerReason, List<FileInfo> files) {
    /**
     * One file: its name, encoding, how the encoding was decided, and its size in bytes (-1 for a string).
     */
    public record FileInfo(String name, Charset encoding, EncodingDetector.Method encodingMethod, long bytes) {
        /** "GB18030 (detected)". */
        public String encodingLabel() {
            return encoding.name() + " (" + encodingMethod.label() + ")";
        }
    }

    public TextInfo {
        files = List.copyOf(files);
    }

    /** "auto → char" or "char". */
    public String tokenizerLabel() {
        return tokenizerAuto ? AutoTokenizer.NAME + " → " + tokenizer.name() : tokenizer.name();
    }

    /** The encoding of the first file, or UTF-8 for a string (for a single value in JSON). */
    public Charset encoding() {
        return files.isEmpty() ? java.nio.charset.StandardCharsets.UTF_8 : files.get(0).encoding();
    }

    /**
     * "GB18030 (detected)" when every file has the same, else "a.txt: GB18030 (detected); b.txt: UTF-8 (detected)".
     */
    public String encodingLabel() {
        if (files.stream().map(FileInfo::encodingLabel).distinct().count() <= 1) {
            return files.isEmpty() ? "UTF-8" : files.get(0).encodingLabel();
        }
        return files.stream().map(f -> f.name() + ": " + f.encodingLabel()).collect(Collectors.joining("; "));
    }
}
