package org.lmlens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lmlens.engine.model.GeneratedSentence;
import org.lmlens.engine.model.Sampler;
import org.lmlens.engine.model.SamplingOptions;
import org.lmlens.engine.text.Detokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Sample sentences from the model (reproducible with --seed).")
final class GenerateCommand extends ModelCommand {
    @Option(names = "--count", paramLabel = "C", defaultValue = "5", description = "How many sentences (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "1.0", description = "Sampling temperature > 0 (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--top-k", paramLabel = "K", defaultValue = "0", description = "Sample only among the K most probable words (0: off).")
    int topK;

    @Option(names = "--top-p", paramLabel = "P", defaultValue = "1.0", description = "Nucleus sampling: the smallest set with mass >= P (1: off).")
    double topP;

    @Option(names = "--max-length", paramLabel = "L", defaultValue = "40", description = "Stop after L words, at most " + SamplingOptions.MAX_LENGTH + " (default: ${DEFAULT-VALUE}).")
    int maxLength;

    @Option(names = "--greedy", description = "Always take the most probable word.")
    boolean greedy;

    private SamplingOptions options;

    @Override
    void checkOptions() {
        if (count < 0 || count > 100_000) {
            throw usageError("--count must be between 0 and 100000, got " + count);
        }
        options = model.usage(() -> new SamplingOptions(temperature, topK, topP, greedy, maxLength));
    }

    @Override
    int run(ModelSource source) {
        List<GeneratedSentence> sentences = new Sampler(source.model(), options).generate(count, seed);
        List<String> lines = new ArrayList<>();
        for (GeneratedSentence s : sentences) {
            lines.add(Detokenizer.join(s.words()));
        }
        print(Map.of("sentences", lines), String.join("\n", lines));
        return 0;
    }
}
