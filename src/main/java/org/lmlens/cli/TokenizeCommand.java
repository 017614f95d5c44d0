package org.lmlens.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.bpe.BpeModel;
import org.lmlens.engine.bpe.BpeTokenizer;
import org.lmlens.engine.bpe.BpeTrainer;
import org.lmlens.engine.bpe.ByteText;
import org.lmlens.engine.bpe.Cut;
import org.lmlens.engine.bpe.CutStatistics;
import org.lmlens.engine.bpe.LabText;
import org.lmlens.engine.bpe.LabTokenizer;
import org.lmlens.engine.bpe.OpenAiVocabulary;
import org.lmlens.engine.bpe.PieceCounts;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = "Cut a text into tokens and print each token's id and text; a byte that is not a whole"
                + " character shows as <0xE6>, a space inside a token as \u2581. Ids of word and character"
                + " tokenizers number the text's own token types in order of first appearance.")
final class TokenizeCommand implements Callable<Integer> {
    static final int MAX_CHARS = 64 << 20;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Text file(s) to cut (default: standard input).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--text", paramLabel = "TEXT", description = "Cut this text instead of files.")
    String text;

    @Option(names = "--tokenizer", paramLabel = "NAME", defaultValue = "gpt2",
            description = "word, whitespace, char, zh-word, bpe, gpt2 (r50k_base), cl100k (cl100k_base, GPT-3.5/4)"
                    + " or o200k (o200k_base, GPT-4o) (default: ${DEFAULT-VALUE}).")
    String tokenizer;

    @Mixin
    BpeOptions bpe = new BpeOptions();

    @Option(names = "--bpe-train", paramLabel = "FILE", arity = "1..*",
            description = "With --bpe-merges: learn the merges from these files (default: from the text cut).")
    List<Path> bpeTrain = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "auto",
            description = "Character encoding of the files (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--json", description = "Machine-readable JSON on standard output.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TextOptions options = TextOptions.automatic().withEncoding(TextOptions.parseEncoding(encoding));
        String input = LabText.read(source(), options, MAX_CHARS, Progress.NONE);
        if (input.endsWith("\n")) { // the line break the reader put after the last line
            input = input.substring(0, input.length() - 1);
        }
        LabTokenizer lab = LabTokenizer.named(tokenizer, tokenizer.trim().equalsIgnoreCase(BpeTokenizer.NAME)
                ? bpeModel(input, options) : null);
        if (!tokenizer.trim().equalsIgnoreCase(BpeTokenizer.NAME) && bpe.given()) {
            throw new LmLensException("--bpe-merges, --bpe-file and --pre-split need --tokenizer bpe");
        }
        Cut cut = lab.cut(input);
        CutStatistics stats = CutStatistics.of(lab, cut);
        OpenAiVocabulary openAi = OpenAiVocabulary.find(tokenizer);
        String label = lab.name() + (openAi == null ? "" : " (" + openAi.encodingName() + ")");
        if (json) {
            List<Object> tokens = new ArrayList<>();
            for (Cut.Token t : cut.tokens()) {
                tokens.add(Json.object("id", t.id(), "token", cut.show(t), "bytes", ByteText.hexBytes(cut.bytes(t))));
            }
            Map<String, Object> out = Json.object("tokenizer", lab.name(),
                    "vocabulary", openAi == null ? lab.name() : openAi.encodingName(),
                    "vocabulary_size", stats.vocabularySize(), "tokens", tokens, "count", stats.tokens(),
                    "characters", stats.characters(), "words", stats.words(),
                    "tokens_per_character", stats.tokensPerCharacter(), "tokens_per_word", stats.tokensPerWord(),
                    "han_characters", stats.hanCharacters(), "split_han_characters", stats.splitHanCharacters());
            spec.commandLine().getOut().println(Json.write(out));
        } else {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(java.util.Locale.ROOT,
                    "%s: %d tokens, %d characters, %d words: %.3f tokens per character, %.3f per word%n",
                    label, stats.tokens(), stats.characters(), stats.words(), stats.tokensPerCharacter(),
                    stats.tokensPerWord()));
            if (stats.hanCharacters() > 0) {
                sb.append(String.format("%d of %d Chinese characters split across several tokens%n",
                        stats.splitHanCharacters(), stats.hanCharacters()));
            }
            for (Cut.Token t : cut.tokens()) {
                sb.append(String.format("%8d  %s%n", t.id(), cut.visible(t)));
            }
            spec.commandLine().getOut().print(sb);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private TextSource source() throws java.io.IOException {
        if (text != null) {
            if (!files.isEmpty()) {
                throw new LmLensException("Give either --text or files, not both");
            }
            return TextSource.ofString("text", text);
        }
        if (!files.isEmpty()) {
            return TextSource.ofFiles(files);
        }
        InputStream in = System.in;
        return TextSource.ofString("stdin", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    private BpeModel bpeModel(String input, TextOptions options) {
        BpeModel fromFile = bpe.fileModel();
        if (fromFile != null) {
            return fromFile;
        }
        int merges = bpe.merges == null ? BpeTokenizer.DEFAULT_MERGES : bpe.merges;
        PieceCounts pieces;
        if (bpeTrain.isEmpty()) {
            pieces = new PieceCounts("text", bpe.preSplit(), false);
            input.lines().forEach(pieces::addLine);
        } else {
            pieces = PieceCounts.of(TextSource.ofFiles(bpeTrain), options, bpe.preSplit(), Progress.NONE);
        }
        return BpeTrainer.train(pieces, merges, BpeTokenizer.MIN_FREQUENCY, Progress.NONE).model();
    }
}
