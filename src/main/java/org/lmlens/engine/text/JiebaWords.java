package org.lmlens.engine.text;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.WordDictionary;
import com.huaban.analysis.jieba.viterbi.FinalSeg;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/**
 * jieba's segmentation of a run of Han characters, with or without a {@link UserDictionary}.
 *
 * <p>Without one, this is the library's own {@code sentenceProcess}. With one, it runs the same algorithm
 * (jieba's {@code __cut_DAG}: the graph of every dictionary word in the run, the route of greatest
 * probability Π P(w) with P(w) = freq(w)/total, then the HMM for runs of single characters that form no
 * dictionary word) over the library's dictionary plus the user's words. The algorithm is written here
 * rather than calling the library's {@code loadUserDict} because the library keeps one dictionary for the
 * whole JVM and cannot remove words from it: a second dictionary, or a model read without one, would
 * silently segment with the first one's words. {@code JiebaWordsTest} checks that this route gives the
 * library's own result when the user adds nothing.
 */
final class JiebaWords {
    /** The user's words as jieba's dictionary holds words: log(freq / total). */
    static final class Overlay {
        final Map<String, Double> logFreq = new HashMap<>();
        int maxLength = 1;
    }

    private JiebaWords() {
    }

    static List<String> segment(String run) {
        return Jieba.SEGMENTER.sentenceProcess(run);
    }

    /** The run cut into words with the overlay's words added to jieba's dictionary. */
    static List<String> segment(String run, Overlay user) {
        return segment(run, user, true);
    }

    /** As {@link #segment(String, Overlay)}; without the HMM, runs of single characters stay single. */
    private static List<String> segment(String run, Overlay user, boolean hmm) {
        int n = run.length();
        WordDictionary dict = Jieba.DICT;
        int maxLength = Math.max(Jieba.MAX_LENGTH, user.maxLength);
        // route[k] = (best log probability of run[k..n), end of the first word)
        double[] best = new double[n + 1];
        int[] end = new int[n + 1];
        for (int k = n - 1; k >= 0; k--) {
            best[k] = Double.NEGATIVE_INFINITY;
            for (int len = 1; len <= Math.min(maxLength, n - k); len++) {
                String frag = run.substring(k, k + len);
                Double userFreq = user.logFreq.get(frag);
                if (userFreq == null && !dict.containsWord(frag)) {
                    continue;
                }
                double p = (userFreq != null ? userFreq : dict.getFreq(frag)) + best[k + len];
                if (p > best[k]) { // the shortest word wins a tie, as in the library
                    best[k] = p;
                    end[k] = k + len;
                }
            }
            if (best[k] == Double.NEGATIVE_INFINITY) { // no word starts here: the character alone
                best[k] = dict.getFreq(run.substring(k, k + 1)) + best[k + 1];
                end[k] = k + 1;
            }
        }
        List<String> words = new ArrayList<>();
        StringBuilder singles = new StringBuilder();
        for (int x = 0; x < n; x = end[x]) {
            if (end[x] - x == 1 && hmm) {
                singles.append(run.charAt(x));
                continue;
            }
            flushSingles(singles, user, words);
            words.add(run.substring(x, end[x]));
        }
        flushSingles(singles, user, words);
        return words;
    }

    /** As jieba: one character alone, a known word whole, otherwise the HMM finds new words in it. */
    private static void flushSingles(StringBuilder singles, Overlay user, List<String> words) {
        if (singles.length() == 0) {
            return;
        }
        String buf = singles.toString();
        singles.setLength(0);
        if (buf.length() == 1 || user.logFreq.containsKey(buf) || Jieba.DICT.containsWord(buf)) {
            words.add(buf);
        } else {
            FinalSeg.getInstance().cut(buf, words);
        }
    }

    /**
     * The overlay for a user dictionary's Han words: a given frequency as it is; a missing one as jieba's
     * {@code suggest_freq(word)}: just above the product of its pieces' probabilities, so the word wins.
     */
    static Overlay overlay(UserDictionary dictionary) {
        Overlay overlay = new Overlay();
        double total = Jieba.total();
        Overlay none = new Overlay();
        for (UserDictionary.Entry e : dictionary.hanEntries()) {
            String word = e.token();
            double freq;
            if (e.frequency().isPresent()) {
                freq = e.frequency().getAsLong();
            } else {
                double p = 1;
                for (String piece : segment(word, none, false)) {
                    p *= Jieba.DICT.containsWord(piece) ? Math.exp(Jieba.DICT.getFreq(piece)) : 1 / total;
                }
                double known = Jieba.DICT.containsWord(word) ? Math.exp(Jieba.DICT.getFreq(word)) * total : 1;
                freq = Math.max(Math.floor(p * total) + 1, known);
            }
            overlay.logFreq.put(word, Math.log(Math.max(freq, 1) / total));
            overlay.maxLength = Math.max(overlay.maxLength, word.length());
        }
        return overlay;
    }

    /** Holder: the JVM runs this initialiser once, on first use, with the needed locking. */
    private static final class Jieba {
        static final JiebaSegmenter SEGMENTER = create();
        static final WordDictionary DICT = WordDictionary.getInstance();
        static final int MAX_LENGTH = DICT.freqs.keySet().stream().mapToInt(String::length).max().orElse(1);
        private static double total = -1;

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

        /** The sum of the frequencies in jieba's dictionary file (the library keeps it private). */
        static synchronized double total() {
            if (total < 0) {
                double sum = 0;
                try (InputStream in = JiebaSegmenter.class.getResourceAsStream("/dict.txt");
                     BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        String[] f = line.trim().split("[\t ]+");
                        if (f.length >= 2) {
                            sum += Double.parseDouble(f[1]);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    throw new LmLensException(EngineMessages.get("text.jiebaDictionary", e.getMessage()));
                }
                total = sum;
            }
            return total;
        }
    }
}
