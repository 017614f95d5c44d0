package org.lmlens.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.lmlens.engine.Progress;
import org.lmlens.engine.compact.CompactModel;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.model.Evaluation;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/**
 * A compact model file's size per n-gram, the time to open it, and its query speed scoring a test text
 * (every token of every sentence, as {@code lm-lens eval --model} does), the median of several passes in one
 * JVM. For BENCHMARKS.md, side by side with KenLM's {@code query} on its probing and trie binaries.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.lmlens.bench.CompactModelBench MODEL.lmc TEST.txt [tokenizer] [passes]</pre>
 */
public final class CompactModelBench {
    private CompactModelBench() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Path test = Path.of(args[1]);
        String tokenizer = args.length > 2 ? args[2] : "whitespace";
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        long t0 = System.nanoTime();
        CompactModel model = CompactModel.open(file);
        LanguageModel lm = model.languageModel();
        long t1 = System.nanoTime();
        long ngrams = 0;
        for (int k = 1; k <= model.order(); k++) {
            ngrams += model.ngrams(k);
        }
        TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName(tokenizer));
        Corpus corpus = CorpusBuilder.encode(TextSource.ofFile(test), options, model.vocabulary(), Progress.NONE);
        double[] seconds = new double[passes];
        Evaluation e = null;
        for (int i = 0; i < passes; i++) {
            long s = System.nanoTime();
            e = lm.evaluate(corpus, Progress.NONE);
            seconds[i] = (System.nanoTime() - s) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[passes / 2];
        System.out.printf(Locale.ROOT, "file %s: %,d bytes, %,d n-grams, %.2f bytes per n-gram%n", file, model.bytes(),
                ngrams, (double) model.bytes() / ngrams);
        System.out.printf(Locale.ROOT, "open (map + vocabulary of %,d words): %.3f s%n", model.vocabulary().size(),
                (t1 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "scoring %,d tokens: perplexity %.6f; median %.3f s (min %.3f), %.0f ns per token%n",
                e.tokens(), e.perplexity(), median, seconds[0], median * 1e9 / e.tokens());
    }
}
