package org.lmlens.engine.arpa;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.io.AtomicFiles;
import org.lmlens.engine.io.IoErrors;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.smoothing.ArpaForm;
import org.lmlens.engine.smoothing.BackoffForm;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.smoothing.SmoothingMethod;

/**
 * Writes a model in ARPA format, the back-off file KenLM, SRILM and most toolkits read. Every stored
 * n-gram of orders 1..N is written with log10 P(w | h), the model's own probability, and (below the top
 * order, when it is a context) log10 bow(h); the unigrams are the whole vocabulary, including
 * {@code <unk>} (a zeroton that gets only interpolated mass) and {@code <s>} with KenLM's log10 p = -99.
 * Read back with the back-off rule this gives exactly the model's probabilities, to the printed precision:
 * values are written as the shortest decimal that reads back as the same {@code float} (as KenLM does).
 *
 * <p>Which models can be written: those whose method declares an ARPA form
 * ({@link SmoothingMethod#arpaForm()}: its estimator is a {@link BackoffForm}), i.e. every interpolated
 * method (modified Kneser-Ney and the other interpolated ones: an interpolated model is a back-off model
 * whose back-off weight is γ(h)), Katz (the classic back-off model the format was made for: p = d·c/c(h)
 * for a seen n-gram, bow = α(h)) and a model read from an ARPA file. The others are refused with the
 * reason their method declares: MLE has contexts without a distribution and probabilities of 0 (log 0),
 * and Laplace/Lidstone give each unseen n-gram a share that depends on its own context only — no
 * back-off weight times a lower-order distribution reproduces it, so they could only be written by
 * listing every context × every word; a method that is not normalised (stupid back-off) is not a
 * probability model at all.
 */
public final class ArpaWriter {
    /** What was written: n-grams per order (index 1..N) and the size of the file. */
    public record Summary(long[] ngrams, long bytes) {
    }

    private ArpaWriter() {
    }

    /**
     * Throws a clear {@link LmLensException} when the model cannot be written exactly as ARPA: its method
     * is not normalised, or declares no ARPA form ({@link SmoothingMethod#arpaForm()}, with its reason), or
     * declares one that its estimator does not provide.
     */
    public static void checkWritable(LanguageModel lm) {
        SmoothingMethod method = lm.method();
        String name = method.name();
        if (!method.isNormalised()) {
            throw new LmLensException(EngineMessages.get("arpa.notNormalised", name));
        }
        ArpaForm form = method.arpaForm();
        if (!form.writable()) {
            throw new LmLensException(EngineMessages.get("arpa.notBackoff", name, EngineMessages.get(form.refusalKey())));
        }
        if (!(lm.estimator() instanceof BackoffForm)) {
            throw new LmLensException(EngineMessages.get("arpa.notBackoff", name,
                    EngineMessages.get(ArpaForm.NO_BACKOFF_WEIGHTS.refusalKey())));
        }
    }

    public static Summary write(LanguageModel lm, Path file) {
        return write(lm, file, java.util.List.of());
    }

    /**
     * Writes the model to a file, after {@code comments} (each on a line starting with "# " before
     * {@code \data\}, where KenLM, SRILM and {@link ArpaReader} ignore it). The file is written atomically
     * ({@link AtomicFiles}): until it is complete, the file that was there stays as it was.
     */
    public static Summary write(LanguageModel lm, Path file, java.util.List<String> comments) {
        checkWritable(lm);
        long[][] n = new long[1][];
        try {
            AtomicFiles.write(file, stream -> {
                Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                n[0] = write(lm, out, comments);
                out.flush();
            });
            return new Summary(n[0], Files.size(file));
        } catch (IOException e) {
            throw new LmLensException(EngineMessages.get("arpa.cannotWrite", file, IoErrors.reason(e, file)), e);
        }
    }

    /** Writes {@code comments} (as "# " lines), then the model; returns the n-grams written per order. */
    public static long[] write(LanguageModel lm, Writer out, java.util.List<String> comments) throws IOException {
        checkWritable(lm);
        for (String c : comments) {
            out.write("# " + c.replace('\n', ' ').replace('\r', ' ') + "\n");
        }
        if (!comments.isEmpty()) {
            out.write('\n');
        }
        return write(lm, out);
    }

    /** Writes the model; returns the n-grams written per order (index 1..N). */
    public static long[] write(LanguageModel lm, Writer out) throws IOException {
        checkWritable(lm);
        Estimator est = lm.estimator();
        BackoffForm backoff = (BackoffForm) est;
        NgramCounts counts = lm.counts();
        Vocabulary vocabulary = lm.vocabulary();
        int order = lm.order();
        long[] n = new long[order + 1];
        n[1] = vocabulary.size();
        for (int k = 2; k <= order; k++) {
            n[k] = counts.size(k);
        }
        out.write("\\data\\\n");
        for (int k = 1; k <= order; k++) {
            out.write("ngram " + k + "=" + n[k] + "\n");
        }
        int[] empty = new int[0];
        out.write("\n\\1-grams:\n");
        for (int w = 0; w < vocabulary.size(); w++) {
            double p = w == Vocabulary.BOS ? 0 : est.probability(empty, 0, 0, w);
            line(out, p, vocabulary.word(w), order > 1 ? backoff.backoffWeight(1, w) : 1, w == Vocabulary.BOS && order > 1);
        }
        StringBuilder words = new StringBuilder();
        for (int k = 2; k <= order; k++) {
            out.write("\n\\" + k + "-grams:\n");
            for (int i = 0, size = counts.size(k); i < size; i++) {
                int[] ids = counts.ngram(k, i);
                double p = est.probability(ids, 0, k - 1, ids[k - 1]);
                words.setLength(0);
                for (int j = 0; j < k; j++) {
                    words.append(j == 0 ? "" : " ").append(vocabulary.word(ids[j]));
                }
                line(out, p, words.toString(), k < order ? backoff.backoffWeight(k, i) : 1, false);
            }
        }
        out.write("\n\\end\\\n");
        return n;
    }

    private static void line(Writer out, double p, String ngram, double bow, boolean alwaysBow) throws IOException {
        out.write(log10Probability(p));
        out.write('\t');
        out.write(ngram);
        if (bow != 1 || alwaysBow) {
            out.write('\t');
            out.write(log10(bow));
        }
        out.write('\n');
    }

    /** log10 as the shortest text that reads back as the same float; -99 for 0 (SRILM's and KenLM's convention). */
    static String log10(double p) {
        if (!(p > 0)) {
            return "-99";
        }
        float v = (float) Math.log10(p);
        return v == 0f ? "0" : Float.toString(v);
    }

    /** A probability's log10, never above 0: 1 + rounding error is written as 0, as KenLM does. */
    static String log10Probability(double p) {
        return p >= 1 ? "0" : log10(p);
    }
}
