package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;

/**
 * {@link RunScanner} and its {@link RunTable}: every distinct spelling is decoded and mapped exactly once,
 * also after the table has grown many times. (A growth that rehashed a run differently from the scan
 * would go unseen in the ids, which come out right anyway, but would map the run again here.)
 */
class RunScannerTest {
    @Test
    void mapsEachDistinctRunOnceThroughManyGrowths() {
        Random random = new Random(7);
        Set<String> distinct = new LinkedHashSet<>();
        while (distinct.size() < 20_000) {
            int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 20);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(40);
                sb.append(kind == 0 ? 'é' : kind == 1 ? '中' : (char) ('a' + random.nextInt(3)));
            }
            distinct.add(sb.toString());
        }
        List<String> tokens = new ArrayList<>(distinct);
        tokens.addAll(distinct);
        java.util.Collections.shuffle(tokens, random);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            text.append(tokens.get(i)).append(i % 13 == 12 ? '\n' : ' ');
        }
        byte[] raw = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] b = Arrays.copyOf(raw, raw.length + RunScanner.PADDING);

        Map<String, Integer> ids = new HashMap<>();
        List<String> mapped = new ArrayList<>();
        List<String> read = new ArrayList<>();
        List<String> byId = new ArrayList<>();
        WordIds words = token -> {
            mapped.add(token);
            return ids.computeIfAbsent(token, t -> {
                byId.add(t);
                return byId.size() - 1;
            });
        };
        WordIdSink sink = (sentence, length) -> {
            for (int i = 0; i < length; i++) {
                read.add(byId.get(sentence[i]));
            }
        };
        RunScanner scanner = new RunScanner(TextOptions.defaults().withLowercase(false)
                .withTokenizer(Tokenizers.byName("whitespace")), StandardCharsets.UTF_8, "t.txt", words, sink, new RunTable(1), null, true);
        scanner.scan(b, 0, raw.length, Progress.NONE, at -> { });

        assertThat(read).isEqualTo(tokens);
        assertThat(mapped).hasSize(distinct.size()).containsExactlyInAnyOrderElementsOf(distinct);
    }
}
