package org.lmlens.engine.text;

import com.huaban.analysis.jieba.JiebaSegmenter;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Chinese words, for modern Chinese prose: runs of Han characters are segmented into words by jieba
 * (dictionary + HMM for unknown words, the segmenter most Chinese NLP courses use), everything else is
 * tokenized exactly as {@link WordTokenizer} does it: Latin words and numbers stay whole, each
 * punctuation mark (。，“ …) is a token. So {@code 我用Java写了3.14个程序。} gives
 * 我 / 用 / Java / 写 / 了 / 3.14 / 个 / 程序 / 。.
 *
 * <p>The dictionary (5 MB) is loaded once, on first use, by the JVM's lazy and thread-safe class
 * initialisation; after that the segmenter only reads it, so the tokenizer is thread-safe.
 */
public final class ZhWordTokenizer implements Tokenizer {
    private final WordTokenizer others = new WordTokenizer();

    @Override
    public String name() {
        return "zh-word";
    }

    @Override
    public void tokenize(CharSequence s, Consumer<String> sink) {
        int n = s.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(s, i);
            if (isHan(cp)) {
                if (i > start) {
                    others.tokenize(s.subSequence(start, i), sink);
                }
                int end = i;
                while (end < n) {
                    int c = Character.codePointAt(s, end);
                    if (!isHan(c) && !(end > i && CharTokenizer.isAttached(c))) {
                        break;
                    }
                    end += Character.charCount(c);
                }
                segment(s.subSequence(i, end).toString(), sink);
                start = end;
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
        if (start < n) {
            others.tokenize(s.subSequence(start, n), sink);
        }
    }

    /**
     * jieba builds a graph over the whole run it is given; a run of Han characters longer than this
     * (only in text without punctuation) is segmented in pieces, which may split one word at a piece end.
     */
    static final int MAX_RUN = 4096;

    private static void segment(String run, Consumer<String> sink) {
        int start = 0;
        while (run.length() - start > MAX_RUN) {
            int end = start + MAX_RUN;
            if (Character.isLowSurrogate(run.charAt(end))) {
                end--;
            }
            segmentPiece(run.substring(start, end), sink);
            start = end;
        }
        segmentPiece(start == 0 ? run : run.substring(start), sink);
    }

    private static void segmentPiece(String run, Consumer<String> sink) {
        List<String> words = Jieba.SEGMENTER.sentenceProcess(run);
        // jieba returns pieces of the run; if a version ever normalised them, fall back to characters.
        if (String.join("", words).equals(run) && words.stream().noneMatch(ZhWordTokenizer::splitsPair)) {
            words.forEach(sink);
        } else {
            new CharTokenizer().tokenize(run, sink);
        }
    }

    private static boolean splitsPair(String w) {
        return w.isEmpty() || Character.isLowSurrogate(w.charAt(0)) || Character.isHighSurrogate(w.charAt(w.length() - 1));
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && Character.isLetter(cp);
    }

    /** Holder: the JVM runs this initialiser once, on first use, with the needed locking. */
    private static final class Jieba {
        static final JiebaSegmenter SEGMENTER = create();

        private static JiebaSegmenter create() {
            // jieba prints "main dict load finished" on standard output, which would corrupt the CLI's
            // JSON: silence it while the dictionary loads.
            synchronized (System.class) {
                PrintStream out = System.out;
                try {
                    System.setOut(new PrintStream(OutputStream.nullOutputStream()));
                    JiebaSegmenter segmenter = new JiebaSegmenter();
                    segmenter.sentenceProcess("初始化");
                    return segmenter;
                } finally {
                    System.setOut(out);
                }
            }
        }
    }
}
