package io.github.micrograd4j.nn.data;

import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.nn.text.NnText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Reads a dataset from CSV text: one point per line, numeric features, the class label in the last
 * column. Separators are commas; blank lines and lines starting with {@code #} are skipped; a first
 * line that is not all numbers is taken as a header. Labels must be whole numbers (like 0/1 or
 * -1/+1); the distinct labels, sorted, become classes 0, 1, ... (so -1 is class 0 and +1 class 1,
 * matching micrograd's sign convention).
 *
 * <pre>{@code
 * x1,x2,label
 * 1.12,0.08,1
 * -0.82,0.06,-1
 * }</pre>
 */
public final class CsvDataset {
    private CsvDataset() {
    }

    /**
     * Parses CSV text.
     *
     * @param name the dataset's name (e.g. the file name), also used in error messages
     * @param text the CSV text
     * @return the dataset
     * @throws CsvFormatException naming the line and column at fault
     */
    public static Dataset parse(String name, String text) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        List<double[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        int columns = -1;
        int headerLine = 0;
        String[] lines = text.split("\r\n|\n|\r", -1);
        boolean first = true;
        for (int n = 0; n < lines.length; n++) {
            int lineNo = n + 1;
            String line = n == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[n];
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cells = trimmed.split(",", -1);
            if (first) {
                first = false;
                if (!allNumbers(cells)) {
                    headerLine = lineNo;
                    columns = cells.length;
                    if (columns < 2) {
                        throw new CsvFormatException(lineNo, new Message(NnText.CSV_FEW_COLUMNS, name, lineNo, columns));
                    }
                    continue;
                }
            }
            if (columns < 0) {
                columns = cells.length;
                if (columns < 2) {
                    throw new CsvFormatException(lineNo, new Message(NnText.CSV_FEW_COLUMNS, name, lineNo, columns));
                }
            }
            if (cells.length != columns) {
                throw new CsvFormatException(lineNo, headerLine > 0
                        ? new Message(NnText.CSV_COLUMNS_HEADER, name, lineNo, columns, headerLine, cells.length)
                        : new Message(NnText.CSV_COLUMNS_FIRST, name, lineNo, columns, cells.length));
            }
            double[] row = new double[columns];
            for (int c = 0; c < columns; c++) {
                String cell = cells[c].trim();
                double v = parseNumber(cell);
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    throw new CsvFormatException(lineNo, new Message(NnText.CSV_NOT_FINITE, name, lineNo, c + 1, cell));
                }
                row[c] = v;
            }
            double label = row[columns - 1];
            if (label != Math.rint(label)) {
                throw new CsvFormatException(lineNo, new Message(NnText.CSV_LABEL_NOT_WHOLE, name, lineNo, columns,
                        cells[columns - 1].trim()));
            }
            rows.add(row);
            lineNumbers.add(lineNo);
        }
        if (rows.isEmpty()) {
            throw new CsvFormatException(0, new Message(NnText.CSV_NO_ROWS, name));
        }
        TreeSet<Double> distinct = new TreeSet<>();
        for (double[] r : rows) {
            distinct.add(r[columns - 1]);
        }
        if (distinct.size() < 2) {
            throw new CsvFormatException(0, new Message(NnText.CSV_ONE_CLASS, name, label(distinct.first())));
        }
        double[] labelValues = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] features = new double[rows.size()][];
        int[] classes = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            features[i] = java.util.Arrays.copyOf(r, columns - 1);
            classes[i] = distinct.headSet(r[columns - 1]).size();
        }
        return new Dataset(name, features, classes, labelValues);
    }

    /**
     * Writes a dataset as CSV that {@link #parse} reads back to the same dataset: a header
     * {@code x1,...,label}, then one row per point with its label value (a regression dataset's target, which
     * {@link #parse} reads back as a class label: CSV data are classes).
     *
     * @param data the dataset
     * @return the CSV text
     */
    public static String write(Dataset data) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < data.featureCount(); j++) {
            sb.append('x').append(j + 1).append(',');
        }
        sb.append("label\n");
        for (int i = 0; i < data.size(); i++) {
            for (double f : data.features(i)) {
                sb.append(Double.toString(f)).append(',');
            }
            sb.append(label(data.labelOf(i))).append('\n');
        }
        return sb.toString();
    }

    private static String label(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static boolean allNumbers(String[] cells) {
        for (String c : cells) {
            if (Double.isNaN(parseNumber(c.trim()))) {
                return false;
            }
        }
        return true;
    }

    /** A decimal number, or NaN if the cell is not one (Java's hex floats, 'NaN' and 'd' suffixes refused). */
    private static double parseNumber(String cell) {
        if (cell.isEmpty() || !cell.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Double.NaN;
        }
        return Double.parseDouble(cell);
    }
}
