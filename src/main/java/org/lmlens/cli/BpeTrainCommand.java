package org.lmlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lmlens.engine.Progress;
import org.lmlens.engine.bpe.BpeModel;
import org.lmlens.engine.bpe.BpeTokenizer;
import org.lmlens.engine.bpe.BpeTrainer;
import org.lmlens.engine.bpe.BpeTraining;
import org.lmlens.engine.bpe.ByteText;
import org.lmlens.engine.bpe.MergesFile;
import org.lmlens.engine.bpe.PieceCounts;
import org.lmlens.engine.bpe.PreSplit;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bpe-train", mixinStandardHelpOptions = true,
        description = "Learn byte-level BPE merges from a text and write them to a merges file (plain text, one"
                + " merge a line in rank order: left token, space, right token; see --help of tokenize).")
final class BpeTrainCommand implements Callable<Integer> {
    private static final int SHOWN = 10;

    @Option(names = "--train", arity = "1..*", required = true, paramLabel = "FILE", description = "Text file(s) to learn from.")
    List<Path> train = new ArrayList<>();

    @Option(names = "--merges", paramLabel = "N", defaultValue = "" + BpeTokenizer.DEFAULT_MERGES,
            description = "Number of merges to learn (default: ${DEFAULT-VALUE}); the vocabulary is 256 bytes plus one token a merge.")
    int merges;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Merges file to write (replaced atomically).")
    Path out;

    @Option(names = "--pre-split", paramLabel = "NAME", defaultValue = "gpt2",
            description = "gpt2 (GPT-2's pattern), han (also every Chinese character alone) or zh-word (also Chinese"
                    + " words, jieba) (default: ${DEFAULT-VALUE}).")
    String preSplit;

    @Option(names = "--min-frequency", paramLabel = "K", defaultValue = "" + BpeTokenizer.MIN_FREQUENCY,
            description = "Stop when no pair occurs K times (default: ${DEFAULT-VALUE}).")
    int minFrequency;

    @Option(names = "--lowercase", description = "Lowercase the text first.")
    boolean lowercase;

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "auto", description = "Character encoding of the files (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--json", description = "Machine-readable JSON on standard output.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        TextOptions options = TextOptions.automatic().withEncoding(TextOptions.parseEncoding(encoding))
                .withLowercase(lowercase);
        PieceCounts pieces = PieceCounts.of(TextSource.ofFiles(train), options, PreSplit.byName(preSplit), Progress.NONE);
        BpeTraining t = BpeTrainer.train(pieces, merges, minFrequency, Progress.NONE);
        MergesFile.write(t.model(), out);
        BpeModel m = t.model();
        if (json) {
            List<Object> list = new ArrayList<>();
            for (BpeModel.Merge merge : m.merges()) {
                list.add(Json.object("rank", merge.rank(), "left", ByteText.show(m.bytes(merge.left())),
                        "right", ByteText.show(m.bytes(merge.right())), "token", ByteText.show(m.bytes(merge.token())),
                        "id", merge.token(), "frequency", t.frequencies()[merge.rank()]));
            }
            spec.commandLine().getOut().println(Json.write(Json.object("out", out.toString(),
                    "pre_split", m.preSplit().cliName(), "merges", t.merges(), "merges_asked", merges,
                    "vocabulary_size", m.vocabularySize(), "distinct_pieces", pieces.distinctPieces(),
                    "characters", t.characters(), "words", t.words(), "tokens_before", t.initialTokens(),
                    "tokens_after", t.tokensAfter(t.merges()), "merge_list", list)));
        } else {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("learnt %d merges%s from %s (%d distinct pieces, pre-split %s) in %s%n", t.merges(),
                    t.stoppedEarly() ? " (of " + merges + ": no pair left that occurs " + minFrequency + " times)" : "",
                    String.join(", ", train.stream().map(Path::toString).toList()), pieces.distinctPieces(),
                    m.preSplit().cliName(), Format.seconds(System.nanoTime() - start)));
            sb.append(String.format(java.util.Locale.ROOT,
                    "vocabulary %d tokens; tokens per character %.3f -> %.3f, per word %.3f -> %.3f%n",
                    m.vocabularySize(), t.tokensPerCharacter(0), t.tokensPerCharacter(t.merges()),
                    t.tokensPerWord(0), t.tokensPerWord(t.merges())));
            sb.append(String.format("%6s  %-12s %-12s %-14s %s%n", "rank", "left", "right", "token", "frequency"));
            for (BpeModel.Merge merge : m.merges()) {
                if (merge.rank() < SHOWN || merge.rank() >= m.merges().size() - 3) {
                    sb.append(String.format("%6d  %-12s %-12s %-14s %d%n", merge.rank(),
                            ByteText.visible(m.bytes(merge.left())), ByteText.visible(m.bytes(merge.right())),
                            ByteText.visible(m.bytes(merge.token())), t.frequencies()[merge.rank()]));
                } else if (merge.rank() == SHOWN) {
                    sb.append("   ...\n");
                }
            }
            sb.append("wrote ").append(out).append('\n');
            spec.commandLine().getOut().print(sb);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
