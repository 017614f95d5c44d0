package org.lmlens.cli;

import java.nio.file.Path;
import org.lmlens.engine.Progress;
import java.util.List;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.model.Evaluation;
import org.lmlens.engine.model.LanguageModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Perplexity of a test text (KenLM's conventions: tokens include </s>; OOVs scored as <unk>).")
final class EvalCommand extends ModelCommand {
    @Option(names = "--test", arity = "1..*", paramLabel = "FILE", required = true, description = "Test text file(s).")
    List<Path> test;

    @Override
    List<List<Path>> testFiles() {
        return List.of(test);
    }

    @Override
    int run(ModelSource source) {
        long t0 = System.nanoTime();
        LanguageModel lm = source.model();
        long t1 = System.nanoTime();
        Corpus testCorpus = source.encode(test);
        long t2 = System.nanoTime();
        Evaluation e = lm.evaluate(testCorpus, Progress.NONE);
        long t3 = System.nanoTime();
        java.util.function.Supplier<String> readable = () -> "sentences                " + e.sentences()
                + "\ntokens                   " + e.tokens() + "   (words + </s>)"
                + "\nOOV                      " + e.oov() + " (" + Format.number(100 * e.oovRate()) + " %)"
                + "\nlog10 P                  " + Format.number(e.log10Prob())
                + "\nperplexity               " + Format.number(e.perplexity())
                + "\nperplexity excluding OOV " + Format.number(e.perplexityExcludingOov())
                + "\ncross-entropy            " + Format.number(e.crossEntropyBits()) + " bits/token"
                + "\ncharacters               " + (e.characters() < 0 ? "unknown" : e.characters())
                + "   (code points of the words, no white space, + 1 per sentence end)"
                + "\nperplexity per character " + Format.number(e.perplexityPerCharacter())
                + "\nbits per character       " + Format.number(e.bitsPerCharacter())
                + (e.zeroProbabilityTokens() > 0 ? "\n" + e.zeroProbabilityTokens()
                + " tokens have probability 0 under " + lm.method().name() + ": perplexity is infinite" : "")
                + "\ntimes: " + (source.isArpa() ? "read ARPA " : source.isNeural() ? "read weights " : source.isCompact() ? "open model " : "count ") + Format.seconds(loadNanos) + ", estimate " + Format.seconds(t1 - t0)
                + ", read test " + Format.seconds(t2 - t1)
                + ", score " + Format.seconds(t3 - t2);
        print(Json.object("sentences", e.sentences(), "tokens", e.tokens(), "oov", e.oov(),
                "log10_prob", e.log10Prob(), "perplexity", e.perplexity(),
                "perplexity_excluding_oov", e.perplexityExcludingOov(), "cross_entropy_bits", e.crossEntropyBits(),
                "zero_probability_tokens", e.zeroProbabilityTokens(),
                "characters", e.characters() < 0 ? null : e.characters(),
                "perplexity_per_character", e.characters() < 0 ? null : e.perplexityPerCharacter(),
                "bits_per_character", e.characters() < 0 ? null : e.bitsPerCharacter(),
                "seconds", Json.object("train", loadNanos / 1e9, "estimate", (t1 - t0) / 1e9,
                        "read_test", (t2 - t1) / 1e9, "score", (t3 - t2) / 1e9)), readable);
        return 0;
    }
}
