package org.lmlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.arpa.ArpaModel;
import org.lmlens.engine.arpa.ArpaReader;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TempFolders;
import org.lmlens.engine.text.TextSource;
import org.lmlens.ui.sessionfile.SessionFile;
import org.lmlens.ui.sessionfile.SessionStore;

/**
 * Damaged files of every kind the app reads — text, ARPA models (read as they are or gzipped), session
 * files — made by flipping bits, cutting the file short, inserting NUL bytes, duplicating lines and
 * replacing numbers by NaN, infinities or huge values. Each is either read, and then usable throughout,
 * or refused with the project's own {@link LmLensException} and a message; nothing else escapes. Through
 * the command line: exit 0 or 1 with one line on standard error, never an internal error, and no
 * half-written output file. A session that reads is one whose every value can be applied.
 */
class MutatedFilesFuzzTest {
    private static final String[] ODD_NUMBERS = {"NaN", "nan", "Infinity", "-Infinity", "1e999", "-1e999",
        "99999999999999999999", "-0", "1e-320", "2147483648", "-2147483649", "0x1F", ""};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(e-?\\d+)?");
    private static Path dir;
    private static byte[] text;
    private static byte[] arpa;
    private static byte[] session;

    /** One damage: its kind, where (a fraction of the file), and a value (bit, byte or number choice). */
    record Mutation(int kind, double where, int value) {
        byte[] apply(byte[] b) {
            int at = (int) Math.min(b.length - 1L, Math.max(0, (long) (where * b.length)));
            if (b.length == 0) {
                return b;
            }
            return switch (kind) {
                case 0 -> flip(b, at, value % 8);
                case 1 -> java.util.Arrays.copyOf(b, at);
                case 2 -> insert(b, at, new byte[] {0});
                case 3 -> duplicateLine(b, at);
                case 4 -> replaceNumber(b, value);
                default -> gzip(b);
            };
        }
    }

    @BeforeContainer
    static void seeds() throws IOException {
        dir = Files.createTempDirectory("lmlens-mutated");
        String sample = "I am Sam\nSam I am\nI do not like green eggs and ham\n3.14 is pi , 42 is not\n"
                + "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n";
        text = sample.repeat(20).getBytes(StandardCharsets.UTF_8);
        Path train = Files.write(dir.resolve("seed.txt"), text);
        Path model = dir.resolve("seed.arpa");
        CliRunner.Result r = CliRunner.run("export-arpa", "--train", train.toString(), "--order", "3",
                "--smoothing", "modified-kneser-ney", "--out", model.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        arpa = Files.readAllBytes(model);
        Path s = dir.resolve("seed.lmlens.json");
        SessionStore.write(SessionFile.defaults().withSource(SessionFile.Source.file(train))
                .withModel(3, "lidstone", java.util.Map.of("k", 0.5)), s);
        session = Files.readAllBytes(s);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        TempFolders.delete(dir);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 1 << 20)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    private static byte[] mutate(byte[] seed, List<Mutation> mutations) {
        byte[] b = seed;
        for (Mutation m : mutations) {
            b = m.apply(b);
        }
        return b;
    }

    @Property(tries = 40)
    void aDamagedTextIsReadOrRefusedWithAMessage(@ForAll("mutations") List<Mutation> mutations) {
        Path file = write("text.txt", mutate(text, mutations));
        try {
            TrainedText t = TrainedText.load(TextSource.ofFile(file), TextOptions.automatic(), 1, 2, Progress.NONE);
            LanguageModel lm = t.model(2, Methods.byName("kneser-ney"), Parameters.NONE);
            assertThat(lm.distribution(List.of("<s>")).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        } catch (LmLensException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 40)
    void aDamagedArpaFileIsReadOrRefusedWithAMessage(@ForAll("mutations") List<Mutation> mutations) {
        Path file = write("model.arpa", mutate(arpa, mutations));
        try {
            ArpaModel m = ArpaReader.read(file);
            if (m.textHeader() != null) {
                m.textHeader().textOptions(m.name()); // a damaged header is refused when applied, with a message
            }
            double log10 = m.languageModel().score(List.of("Sam", "I", "am")).log10Prob();
            assertThat(Double.isNaN(log10)).as("log10 P of a sentence").isFalse();
        } catch (LmLensException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        Path out = dir.resolve("re-exported.arpa");
        CliRunner.Result r = CliRunner.run("export-arpa", "--arpa", file.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
        if (r.exitCode() == 1) {
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1).allMatch(l -> l.startsWith("lm-lens: "));
            assertThat(out).as("no output file after a refusal").doesNotExist();
        }
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                    .noneMatch(n -> n.endsWith(".part"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.toFile().delete();
    }

    @Property(tries = 40)
    void aDamagedSessionIsRefusedWholeOrAppliesThroughout(@ForAll("mutations") List<Mutation> mutations) {
        Path file = write("session.lmlens.json", mutate(session, mutations));
        SessionFile s;
        try {
            s = SessionStore.read(file);
        } catch (LmLensException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        // Read means applicable: every value the window sets resolves, so applying cannot stop half-way.
        s.textOptions();
        var method = s.smoothingMethod();
        var parameters = s.methodParameters();
        method.parameters().forEach(parameters::valueOf);
        assertThat(s.order()).isBetween(1, NgramCounter.MAX_ORDER);
        assertThat(s.minCount()).isPositive();
        assertThat(Double.isFinite(s.presenterScale())).isTrue();
    }

    private static Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] flip(byte[] b, int at, int bit) {
        byte[] c = b.clone();
        c[at] ^= (byte) (1 << bit);
        return c;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] c = new byte[b.length + what.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(what, 0, c, at, what.length);
        System.arraycopy(b, at, c, at + what.length, b.length - at);
        return c;
    }

    private static byte[] duplicateLine(byte[] b, int at) {
        int start = at;
        while (start > 0 && b[start - 1] != '\n') {
            start--;
        }
        int end = at;
        while (end < b.length && b[end] != '\n') {
            end++;
        }
        end = Math.min(b.length, end + 1);
        return insert(b, end, java.util.Arrays.copyOfRange(b, start, end));
    }

    /** Replaces the n-th number (n chosen by {@code choice}) by an odd one: NaN, an infinity, a huge value. */
    private static byte[] replaceNumber(byte[] b, int choice) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        Matcher m = NUMBER.matcher(s);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return b;
        }
        int[] span = spans.get(choice % spans.size());
        String odd = ODD_NUMBERS[(choice / 7) % ODD_NUMBERS.length];
        return (s.substring(0, span[0]) + odd + s.substring(span[1])).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
