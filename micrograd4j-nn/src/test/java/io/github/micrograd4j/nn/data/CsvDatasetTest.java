package io.github.micrograd4j.nn.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvDatasetTest {

    @Test
    void readsFeaturesAndMapsSortedLabelsToClasses() {
        Dataset d = CsvDataset.parse("m.csv", "x1,x2,y\n# a comment\n1.5,-2e-1,1\n\n-0.5, 0.25 ,-1\r\n0,0,1\n");
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.featureCount()).isEqualTo(2);
        assertThat(d.features(0)).containsExactly(1.5, -0.2);
        assertThat(d.features(1)).containsExactly(-0.5, 0.25);
        assertThat(d.classes()).containsExactly(1, 0, 1);
        assertThat(d.labelValues()).containsExactly(-1, 1);
        assertThat(d.name()).isEqualTo("m.csv");
    }

    @Test
    void aFileWithoutHeaderStartsWithData() {
        Dataset d = CsvDataset.parse("n.csv", "1,2,0\n3,4,2\n5,6,1\n");
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.classes()).containsExactly(0, 2, 1);
    }

    @Test
    void writeThenParseGivesTheSameDataset() {
        Dataset d = Datasets.spirals(30, 3, 0.2, new Random(4));
        Dataset back = CsvDataset.parse("s", CsvDataset.write(d));
        assertThat(back.features()).isDeepEqualTo(d.features());
        assertThat(back.classes()).containsExactly(d.classes());
    }

    @Test
    void errorsNameTheLineAndColumn() {
        assertThatThrownBy(() -> CsvDataset.parse("f.csv", "a,b,y\n1,2,0\n3,4\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("f.csv: line 3: expected 3 columns (as the header on line 1), got 2")
                .satisfies(e -> assertThat(((CsvFormatException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> CsvDataset.parse("f.csv", "1,2,0\n1,abc,1\n"))
                .hasMessage("f.csv: line 2, column 2: 'abc' is not a finite number");
        assertThatThrownBy(() -> CsvDataset.parse("f.csv", "1,2,0\n1,2,0.5\n"))
                .hasMessage("f.csv: line 2, column 3: label '0.5' is not a whole number");
        assertThatThrownBy(() -> CsvDataset.parse("f.csv", "1,2,0\n1,NaN,1\n"))
                .hasMessage("f.csv: line 2, column 2: 'NaN' is not a finite number");
        assertThatThrownBy(() -> CsvDataset.parse("f.csv", "x,y\n"))
                .hasMessageStartingWith("f.csv: no data rows");
        assertThatThrownBy(() -> CsvDataset.parse("f.csv", "1,2,1\n3,4,1\n"))
                .hasMessage("f.csv: every row has label 1; a classifier needs at least 2 classes");
        assertThatThrownBy(() -> CsvDataset.parse("f.csv", "1\n2\n"))
                .hasMessageContaining("line 1: expected at least 2 columns");
    }
}
