package org.lmlens.ui.tokenizer;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lmlens.engine.bpe.BpeModel;
import org.lmlens.engine.bpe.BpeTokenizer;
import org.lmlens.engine.bpe.BpeTrainer;
import org.lmlens.engine.bpe.BpeTraining;
import org.lmlens.engine.bpe.ByteText;
import org.lmlens.engine.bpe.Cut;
import org.lmlens.engine.bpe.CutStatistics;
import org.lmlens.engine.bpe.LabText;
import org.lmlens.engine.bpe.LabTokenizer;
import org.lmlens.engine.bpe.PieceCounts;
import org.lmlens.engine.bpe.PreSplit;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.ui.common.LatestOnly;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabViewModel;
import org.lmlens.ui.common.Texts;

/**
 * The Tokenizer tab: byte-level BPE learnt from the loaded text (in the background, with progress and
 * cancel), the text re-cut after k of its merges, and every tokenizer (the BPE, GPT-2, GPT-3.5/4, GPT-4o,
 * words, characters, Chinese words) compared on the same text. Depends on the text only, not the model.
 */
public final class TokenizerLabViewModel extends TabViewModel {
    /** Characters of the loaded text shown as chips. */
    static final int CHIP_CHARS = 1200;
    /** Characters of the loaded text the comparison table cuts. */
    public static final int COMPARED_CHARS = 100_000;
    public static final int MAX_MERGES = 20_000;

    /** One token of a chip row: its place in the cut, id, text, and whether it is part of a character. */
    public record Chip(int index, int id, String text, boolean partial) {
    }

    /** A token clicked: tokenizer, id, text, bytes, and (own BPE) the tree of merges that built it. */
    public record TokenDetail(String tokenizer, int id, String text, String hexBytes, TokenNode tree) {
    }

    /** A token of a merge tree: its text and id, and the two tokens merged into it (none for a byte). */
    public record TokenNode(String text, int id, TokenNode left, TokenNode right) {
        public boolean isByte() {
            return left == null;
        }
    }

    /** A row of the merge table. */
    public record MergeRow(int rank, String left, String right, String token, long frequency) {
    }

    /** One row of the comparison table. */
    public record ComparisonRow(String tokenizer, int tokens, double perCharacter, double perWord, int vocabularySize,
                                long hanCharacters, long splitHanCharacters) {
        public double splitShare() {
            return hanCharacters == 0 ? 0 : (double) splitHanCharacters / hanCharacters;
        }
    }

    /**
     * What a training learnt, as the view shows it: the merges, and tokens per character and per word of the
     * training text after k = 0..merges merges; {@code spaced} when the text writes words between spaces.
     */
    public record Learnt(List<MergeRow> merges, int asked, int vocabularySize, boolean stoppedEarly,
                         double[] perCharacter, double[] perWord, boolean spaced) {
        public int merged() {
            return merges.size();
        }
    }

    /** Above this many characters per space-separated word, a text is not written with spaces (Chinese). */
    private static final double SPACED_CHARS_PER_WORD = 8;

    private final IntegerProperty merges = new SimpleIntegerProperty(BpeTokenizer.DEFAULT_MERGES);
    private final StringProperty preSplit = new SimpleStringProperty(PreSplit.GPT2.cliName());
    private final IntegerProperty shownMerges = new SimpleIntegerProperty(BpeTokenizer.DEFAULT_MERGES);
    private final StringProperty top = new SimpleStringProperty(BpeTokenizer.NAME);
    private final StringProperty bottom = new SimpleStringProperty(org.lmlens.engine.bpe.OpenAiVocabulary.GPT2.cliName());
    private final ReadOnlyObjectWrapper<BpeTraining> training = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Learnt> learnt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Chip>> topChips = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Chip>> bottomChips = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<ComparisonRow>> comparison = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<TokenDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<String> sample = new ReadOnlyObjectWrapper<>();

    private final LatestOnly trainJob = newJob();
    private final LatestOnly chipsJob = newJob();
    private final LatestOnly compareJob = newJob();
    private List<CutStatistics> fixedRows = List.of();
    /** The text {@link #fixedRows} were cut from. */
    private String fixedText;
    private Cut topCut;
    private Cut bottomCut;

    public TokenizerLabViewModel(TabContext context) {
        super(context, false);
        shownMerges.addListener((o, a, b) -> recut());
        top.addListener((o, a, b) -> recut());
        bottom.addListener((o, a, b) -> recut());
    }

    @Override
    protected void textReplaced(TrainedText old, TrainedText now) {
        trainJob.cancel();
        chipsJob.cancel();
        compareJob.cancel();
        busy.set(false);
        sample.set(null);
        training.set(null);
        learnt.set(null);
        fixedRows = List.of();
        comparison.set(List.of());
        topChips.set(List.of());
        bottomChips.set(List.of());
        detail.set(null);
    }

    @Override
    protected void refresh() {
        if (text() != null && training.get() == null) {
            train();
        }
    }

    /** Learns {@link #mergesProperty()} merges from the loaded text (cancelling a training under way). */
    public void train() {
        TrainedText t = text();
        if (t == null) {
            return;
        }
        int n = merges.get();
        PreSplit split = PreSplit.byName(preSplit.get());
        busy.set(true);
        progress.set(-1);
        error.set(null);
        String known = sample.get();
        trainJob.run(p -> {
            String text = known != null ? known : LabText.read(t.source(), t.options(), COMPARED_CHARS, p);
            PieceCounts pieces = PieceCounts.of(t.source(), t.options(), split, p);
            BpeTraining learnt = BpeTrainer.train(pieces, n, BpeTokenizer.MIN_FREQUENCY, p);
            return new Trained(text, learnt, learnt(learnt));
        }, r -> {
            busy.set(false);
            sample.set(r.text());
            training.set(r.training());
            learnt.set(r.learnt());
            shownMerges.set(r.training().merges());
            recut();
        }, e -> {
            busy.set(false);
            error.set(Texts.message(e));
        }, progress::set);
    }

    private record Trained(String text, BpeTraining training, Learnt learnt) {
    }

    static Learnt learnt(BpeTraining t) {
        BpeModel m = t.model();
        List<MergeRow> rows = new ArrayList<>(t.merges());
        for (BpeModel.Merge merge : m.merges()) {
            rows.add(new MergeRow(merge.rank(), ByteText.visible(m.bytes(merge.left())),
                    ByteText.visible(m.bytes(merge.right())), ByteText.visible(m.bytes(merge.token())),
                    t.frequencies()[merge.rank()]));
        }
        double[] perChar = new double[t.merges() + 1];
        double[] perWord = new double[t.merges() + 1];
        for (int k = 0; k <= t.merges(); k++) {
            perChar[k] = t.tokensPerCharacter(k);
            perWord[k] = t.tokensPerWord(k);
        }
        boolean spaced = t.words() > 0 && (double) t.characters() / t.words() < SPACED_CHARS_PER_WORD;
        return new Learnt(List.copyOf(rows), t.mergesAsked(), m.vocabularySize(), t.stoppedEarly(), perChar, perWord,
                spaced);
    }

    public void cancelTraining() {
        trainJob.cancel();
        busy.set(false);
    }

    private LabTokenizer tokenizer(String name, int k) {
        BpeTraining t = training.get();
        return name.equals(BpeTokenizer.NAME) ? LabTokenizer.bpe(BpeTokenizer.NAME, t.model(), k)
                : LabTokenizer.named(name, null);
    }

    /** Cuts the chips' text with the two chosen tokenizers (the BPE after the chosen number of merges). */
    private void recut() {
        String text = sample.get();
        if (text == null || training.get() == null) {
            return;
        }
        String chips = chipText(text);
        int k = shownMerges.get();
        LabTokenizer a = tokenizer(top.get(), k);
        LabTokenizer b = tokenizer(bottom.get(), k);
        chipsJob.run(p -> new Cut[] {a.cut(chips), b.cut(chips), null}, cuts -> {
            topCut = cuts[0];
            bottomCut = cuts[1];
            topChips.set(chips(cuts[0]));
            bottomChips.set(chips(cuts[1]));
            compare();
        }, e -> error.set(Texts.message(e)));
    }

    /** The first {@link #CHIP_CHARS} characters, ending at a line break when there is one. */
    static String chipText(String text) {
        if (text.length() <= CHIP_CHARS) {
            return text;
        }
        int lineEnd = text.lastIndexOf('\n', CHIP_CHARS);
        return lineEnd > 0 ? text.substring(0, lineEnd + 1) : text.substring(0, CHIP_CHARS);
    }

    private static List<Chip> chips(Cut cut) {
        List<Chip> out = new ArrayList<>(cut.tokens().size());
        for (int i = 0; i < cut.tokens().size(); i++) {
            Cut.Token t = cut.tokens().get(i);
            out.add(new Chip(i, t.id(), cut.visible(t), cut.partial(t)));
        }
        return out;
    }

    /** The comparison table: every tokenizer on the same text; the others once per text, the BPE at k merges. */
    private void compare() {
        String text = sample.get();
        if (text == null || training.get() == null) {
            return;
        }
        LabTokenizer bpe = tokenizer(BpeTokenizer.NAME, shownMerges.get());
        List<CutStatistics> fixed = text.equals(fixedText) ? fixedRows : List.of();
        compareJob.run(p -> {
            List<CutStatistics> rows = new ArrayList<>();
            p.checkCancelled();
            rows.add(CutStatistics.of(bpe, bpe.cut(text)));
            List<CutStatistics> others = fixed;
            if (others.isEmpty()) {
                others = new ArrayList<>();
                for (String name : LabTokenizer.NAMES) {
                    if (!name.equals(BpeTokenizer.NAME)) {
                        p.checkCancelled();
                        LabTokenizer t = LabTokenizer.named(name, null);
                        others.add(CutStatistics.of(t, t.cut(text)));
                    }
                }
            }
            rows.addAll(others);
            return rows;
        }, rows -> {
            fixedRows = List.copyOf(rows.subList(1, rows.size()));
            fixedText = text;
            comparison.set(rows.stream().map(r -> new ComparisonRow(r.tokenizer(), r.tokens(), r.tokensPerCharacter(),
                    r.tokensPerWord(), r.vocabularySize(), r.hanCharacters(), r.splitHanCharacters())).toList());
        }, e -> error.set(Texts.message(e)));
    }

    /** Shows the token at {@code index} of the top ({@code row} 0) or bottom (1) chips. */
    public void select(int row, int index) {
        Cut cut = row == 0 ? topCut : bottomCut;
        if (cut == null || index < 0 || index >= cut.tokens().size()) {
            detail.set(null);
            return;
        }
        Cut.Token t = cut.tokens().get(index);
        boolean own = cut.tokenizer().equals(BpeTokenizer.NAME);
        BpeModel model = own ? training.get().model() : null;
        detail.set(new TokenDetail(cut.tokenizer(), t.id(), cut.visible(t), ByteText.hexBytes(cut.bytes(t)),
                own ? node(model, model.tree(t.id())) : null));
    }

    /** Shows the token a merge made (a row of the merge table), and the chips right after that merge. */
    public void selectMerge(MergeRow row) {
        BpeTraining t = training.get();
        if (t == null || row == null || row.rank() >= t.merges()) {
            return;
        }
        BpeModel m = t.model();
        int token = m.merges().get(row.rank()).token();
        detail.set(new TokenDetail(BpeTokenizer.NAME, token, ByteText.visible(m.bytes(token)),
                ByteText.hexBytes(m.bytes(token)), node(m, m.tree(token))));
    }

    private static TokenNode node(BpeModel m, BpeModel.MergeTree tree) {
        String text = ByteText.visible(m.bytes(tree.token()));
        return tree.isByte() ? new TokenNode(text, tree.token(), null, null)
                : new TokenNode(text, tree.token(), node(m, tree.left()), node(m, tree.right()));
    }

    /** The pre-split choices, by name. */
    public List<String> preSplitNames() {
        return java.util.Arrays.stream(PreSplit.values()).map(PreSplit::cliName).toList();
    }

    /** True for the tokenizer this tab trains (the others are fixed). */
    public static boolean isOwnBpe(String tokenizer) {
        return BpeTokenizer.NAME.equals(tokenizer);
    }

    /** The tokenizers a chip row can show, by name. */
    public List<String> tokenizerNames() {
        return LabTokenizer.NAMES;
    }

    public IntegerProperty mergesProperty() {
        return merges;
    }

    public StringProperty preSplitProperty() {
        return preSplit;
    }

    public IntegerProperty shownMergesProperty() {
        return shownMerges;
    }

    public StringProperty topProperty() {
        return top;
    }

    public StringProperty bottomProperty() {
        return bottom;
    }

    public ReadOnlyObjectProperty<Learnt> learntProperty() {
        return learnt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Chip>> topChipsProperty() {
        return topChips.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Chip>> bottomChipsProperty() {
        return bottomChips.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ComparisonRow>> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TokenDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The characters the comparison was made on, or null before the first training. */
    public ReadOnlyObjectProperty<String> sampleProperty() {
        return sample.getReadOnlyProperty();
    }
}
