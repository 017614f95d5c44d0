package org.lmlens.ui.tokenizer;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import org.lmlens.ui.tabs.LatestOnly;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabViewModel;
import org.lmlens.ui.teach.Texts;

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
    public record TokenDetail(String tokenizer, int id, String text, String hexBytes, BpeModel model,
                              BpeModel.MergeTree tree) {
    }

    private final IntegerProperty merges = new SimpleIntegerProperty(BpeTokenizer.DEFAULT_MERGES);
    private final ObjectProperty<PreSplit> preSplit = new SimpleObjectProperty<>(PreSplit.GPT2);
    private final IntegerProperty shownMerges = new SimpleIntegerProperty(BpeTokenizer.DEFAULT_MERGES);
    private final StringProperty top = new SimpleStringProperty(BpeTokenizer.NAME);
    private final StringProperty bottom = new SimpleStringProperty("gpt2");
    private final ReadOnlyObjectWrapper<BpeTraining> training = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Chip>> topChips = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Chip>> bottomChips = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<CutStatistics>> comparison = new ReadOnlyObjectWrapper<>(List.of());
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
    protected void textReplaced(TrainedText text) {
        trainJob.cancel();
        chipsJob.cancel();
        compareJob.cancel();
        busy.set(false);
        sample.set(null);
        training.set(null);
        fixedRows = List.of();
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
        PreSplit split = preSplit.get();
        busy.set(true);
        progress.set(-1);
        error.set(null);
        String known = sample.get();
        trainJob.run(p -> {
            String text = known != null ? known : LabText.read(t.source(), t.options(), COMPARED_CHARS, p);
            PieceCounts pieces = PieceCounts.of(t.source(), t.options(), split, p);
            return new Trained(text, BpeTrainer.train(pieces, n, BpeTokenizer.MIN_FREQUENCY, p));
        }, r -> {
            busy.set(false);
            sample.set(r.text());
            training.set(r.training());
            shownMerges.set(r.training().merges());
            recut();
        }, e -> {
            busy.set(false);
            error.set(Texts.message(e));
        }, progress::set);
    }

    private record Trained(String text, BpeTraining training) {
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
            String shown = cut.show(t);
            out.add(new Chip(i, t.id(), cut.visible(t), shown.contains("<0x")));
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
            comparison.set(List.copyOf(rows));
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
        detail.set(new TokenDetail(cut.tokenizer(), t.id(), cut.visible(t), ByteText.hexBytes(cut.bytes(t)), model,
                own ? model.tree(t.id()) : null));
    }

    /** Shows the token a merge made (a row of the merge table), and the chips right after that merge. */
    public void selectMerge(BpeModel.Merge merge) {
        BpeTraining t = training.get();
        if (t == null || merge == null) {
            return;
        }
        BpeModel m = t.model();
        detail.set(new TokenDetail(BpeTokenizer.NAME, merge.token(), ByteText.visible(m.bytes(merge.token())),
                ByteText.hexBytes(m.bytes(merge.token())), m, m.tree(merge.token())));
    }

    public IntegerProperty mergesProperty() {
        return merges;
    }

    public ObjectProperty<PreSplit> preSplitProperty() {
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

    public ReadOnlyObjectProperty<BpeTraining> trainingProperty() {
        return training.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Chip>> topChipsProperty() {
        return topChips.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Chip>> bottomChipsProperty() {
        return bottomChips.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<CutStatistics>> comparisonProperty() {
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
