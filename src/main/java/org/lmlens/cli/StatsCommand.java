package org.lmlens.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.arpa.ArpaModel;
import org.lmlens.engine.model.TrainedText;
import picocli.CommandLine.Command;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Corpus statistics: sentences, tokens, types, n-grams per order and count-of-counts"
                + " (for an ARPA model: its n-grams per order).")
final class StatsCommand extends ModelCommand {
    @Override
    int run(ModelSource source) {
        if (source.isArpa()) {
            return arpaStats(source.arpa());
        }
        if (source.isCompact()) {
            return compactStats(source.compact());
        }
        TrainedText text = source.text("stats");
        Corpus corpus = text.corpus();
        NgramCounts counts = text.counts();
        Map<String, Object> ngrams = new LinkedHashMap<>();
        Map<String, Object> countOfCounts = new LinkedHashMap<>();
        StringBuilder sb = new StringBuilder();
        sb.append("tokenizer  ").append(text.textInfo().tokenizerLabel()).append('\n');
        sb.append("encoding   ").append(text.textInfo().encodingLabel()).append('\n');
        sb.append("sentences  ").append(corpus.sentenceCount()).append('\n');
        sb.append("tokens     ").append(corpus.wordTokens()).append('\n');
        sb.append("types      ").append(corpus.rawTypes()).append('\n');
        sb.append("vocabulary ").append(corpus.vocabulary().size() - 3).append(" words + <s> </s> <unk>\n");
        for (int k = 1; k <= counts.maxOrder(); k++) {
            ngrams.put(String.valueOf(k), counts.distinct(k));
            long[] nc = counts.countOfCounts(k);
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c < nc.length; c++) {
                if (nc[c] > 0) {
                    row.put(String.valueOf(c), nc[c]);
                }
            }
            countOfCounts.put(String.valueOf(k), row);
            sb.append(k).append("-grams    ").append(counts.distinct(k)).append("   N1..N5 =");
            for (int c = 1; c <= 5; c++) {
                sb.append(' ').append(counts.countOfCount(k, c));
            }
            sb.append('\n');
        }
        Map<String, Object> json = Json.object(
                "tokenizer", text.textInfo().tokenizer().name(),
                "tokenizer_auto", text.textInfo().tokenizerAuto(),
                "encoding", text.textInfo().encoding().name(),
                "sentences", corpus.sentenceCount(),
                "tokens", corpus.wordTokens(),
                "types", corpus.rawTypes(),
                "vocabulary_size", corpus.vocabulary().size() - 3,
                "ngrams", ngrams,
                "count_of_counts", countOfCounts);
        print(json, sb.toString().stripTrailing());
        return 0;
    }

    /** An ARPA file has no corpus and no counts: only its n-grams per order and its vocabulary. */
    private int arpaStats(ArpaModel arpa) {
        Map<String, Object> ngrams = new LinkedHashMap<>();
        StringBuilder sb = new StringBuilder();
        sb.append("ARPA model ").append(arpa.name()).append(", order ").append(arpa.order()).append('\n');
        sb.append("vocabulary ").append(arpa.vocabulary().size() - 3).append(" words + <s> </s> <unk>\n");
        for (int k = 1; k <= arpa.order(); k++) {
            ngrams.put(String.valueOf(k), arpa.ngrams(k));
            sb.append(k).append("-grams    ").append(arpa.ngrams(k)).append('\n');
        }
        sb.append("(an ARPA model stores probabilities and back-off weights, not training counts:"
                + " sentences, tokens and count-of-counts are unknown)");
        print(Json.object("source", "arpa", "file", arpa.name(), "order", arpa.order(),
                "vocabulary_size", arpa.vocabulary().size() - 3, "ngrams", ngrams, "training_counts", false),
                sb.toString());
        return 0;
    }

    /** A compact model, like an ARPA file, has only its n-grams per order and its vocabulary. */
    private int compactStats(org.lmlens.engine.compact.CompactModel m) {
        Map<String, Object> ngrams = new LinkedHashMap<>();
        StringBuilder sb = new StringBuilder();
        sb.append("compact model ").append(m.name()).append(", order ").append(m.order()).append(", ")
                .append(m.bytes()).append(" bytes\n");
        sb.append("vocabulary ").append(m.vocabulary().size() - 3).append(" words + <s> </s> <unk>\n");
        for (int k = 1; k <= m.order(); k++) {
            ngrams.put(String.valueOf(k), m.ngrams(k));
            sb.append(k).append("-grams    ").append(m.ngrams(k)).append('\n');
        }
        sb.append("(a compact model stores probabilities and back-off weights, not training counts)");
        print(Json.object("source", "compact", "file", m.name(), "order", m.order(), "bytes", m.bytes(),
                "vocabulary_size", m.vocabulary().size() - 3, "ngrams", ngrams, "training_counts", false), sb.toString());
        return 0;
    }
}
