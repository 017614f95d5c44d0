package org.lmlens.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableRowsTest {
    @Test
    void defaultTextKeepsFullPrecisionAndWholeNumbersWithoutDecimals() {
        assertThat(TableRows.defaultText(3.0)).isEqualTo("3");
        assertThat(TableRows.defaultText(2.0 / 3)).isEqualTo(Double.toString(2.0 / 3));
        assertThat(TableRows.defaultText(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(TableRows.defaultText(List.of("<s>", "I"))).isEqualTo("<s> I");
        assertThat(TableRows.defaultText(null)).isEmpty();
        assertThat(TableRows.defaultText(42)).isEqualTo("42");
    }

    @Test
    void tsvReplacesTabsAndLineBreaksInsideCells() {
        String tsv = TableRows.toTsv(List.of(List.of("a\tb", "c\nd"), List.of("床", "1")));
        assertThat(tsv).isEqualTo("a b\tc d\n床\t1\n");
    }
}
