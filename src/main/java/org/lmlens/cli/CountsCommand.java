package org.lmlens.cli;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.TrainedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "counts", mixinStandardHelpOptions = true,
        description = "The most frequent n-grams of one order, optionally only those starting with a prefix.")
final class CountsCommand extends ModelCommand {
    @Option(names = "--n", paramLabel = "M", description = "Order of the n-grams to list (default: the model order).")
    Integer n;

    @Option(names = "--top", paramLabel = "K", defaultValue = "20", description = "How many to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--prefix", paramLabel = "WORDS", description = "Only n-grams that start with these words.")
    String prefix;

    @Override
    void checkOptions() {
        if (top < 0) {
            throw usageError("--top must be 0 or more, got " + top);
        }
    }

    @Override
    int run(ModelSource source) {
        TrainedText text = source.text("counts");
        NgramCounts counts = text.counts();
        int order = n == null ? model.order() : n;
        if (order < 1 || order > counts.maxOrder()) {
            throw new LmLensException("--n must be between 1 and the order " + counts.maxOrder() + ", got " + order);
        }
        List<String> prefixWords = source.tokens(prefix);
        if (prefixWords.size() >= order) {
            throw new LmLensException("--prefix must be shorter than the n-gram order " + order);
        }
        int[] ids = prefixWords.stream().mapToInt(w -> text.corpus().vocabulary().id(w)).toArray();
        int root = counts.find(ids, 0, ids.length);
        IntArrayList found = new IntArrayList();
        if (root >= 0) {
            collect(counts, ids.length, root, order, found);
        }
        int[] idx = found.toIntArray();
        IntArrays.quickSort(idx, (a, b) -> {
            int c = Integer.compare(counts.count(order, b), counts.count(order, a));
            return c != 0 ? c : Integer.compare(a, b);
        });
        List<Object> rows = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(top, idx.length); i++) {
            String ngram = words(counts.vocabulary(), counts.ngram(order, idx[i]));
            int c = counts.count(order, idx[i]);
            rows.add(Json.object("ngram", ngram, "count", c));
            sb.append(String.format("%8d  %s%n", c, ngram));
        }
        print(Map.of("ngrams", rows), sb.length() == 0 ? "(no n-grams)" : sb.toString().stripTrailing());
        return 0;
    }

    static String words(Vocabulary vocabulary, int[] ids) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) {
            sb.append(sb.length() == 0 ? "" : " ").append(vocabulary.word(id));
        }
        return sb.toString();
    }

    /** Every descendant at {@code order} of n-gram (level, index), skipping zero counts and unigram <s>. */
    private static void collect(NgramCounts counts, int level, int index, int order, IntArrayList out) {
        if (level == order) {
            boolean skip = counts.count(order, index) == 0 || (order == 1 && index == Vocabulary.BOS);
            if (!skip) {
                out.add(index);
            }
            return;
        }
        for (int i = counts.childStart(level, index), end = counts.childEnd(level, index); i < end; i++) {
            collect(counts, level + 1, i, order, out);
        }
    }
}
