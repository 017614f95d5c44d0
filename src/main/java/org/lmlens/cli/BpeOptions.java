package org.lmlens.cli;

import java.nio.file.Path;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.bpe.BpeModel;
import org.lmlens.engine.bpe.BpeTokenizer;
import org.lmlens.engine.bpe.MergesFile;
import org.lmlens.engine.bpe.PreSplit;
import picocli.CommandLine.Option;

/** The options of the {@code bpe} tokenizer: a merges file, or how many merges to learn and how to pre-split. */
public final class BpeOptions {
    public BpeOptions() {
    }

    @Option(names = "--bpe-merges", paramLabel = "N",
            description = "With --tokenizer bpe: learn N byte-level BPE merges from the training text (default: "
                    + BpeTokenizer.DEFAULT_MERGES + ").")
    Integer merges;

    @Option(names = "--bpe-file", paramLabel = "FILE",
            description = "With --tokenizer bpe: use the merges in FILE (written by bpe-train) instead of learning them.")
    Path file;

    @Option(names = "--pre-split", paramLabel = "NAME",
            description = "How BPE cuts text into pieces before merging: gpt2 (GPT-2's pattern), han (also every"
                    + " Chinese character alone) or zh-word (also Chinese words, jieba) (default: gpt2).")
    String preSplit;

    boolean given() {
        return merges != null || file != null || preSplit != null;
    }

    PreSplit preSplit() {
        return preSplit == null ? PreSplit.GPT2 : PreSplit.byName(preSplit);
    }

    /** The merges file's model, or null when no file is given. */
    BpeModel fileModel() {
        if (file == null) {
            return null;
        }
        if (merges != null || preSplit != null) {
            throw new LmLensException("--bpe-file holds its merges and pre-split: give --bpe-merges and --pre-split"
                    + " only without it");
        }
        return MergesFile.read(file);
    }

    /** The n-gram tokenizer: the merges file's, or merges to learn from the training text. */
    BpeTokenizer tokenizer(boolean lowercase) {
        BpeModel model = fileModel();
        return model != null ? BpeTokenizer.of(model, lowercase)
                : BpeTokenizer.toTrain(merges == null ? BpeTokenizer.DEFAULT_MERGES : merges, preSplit());
    }
}
