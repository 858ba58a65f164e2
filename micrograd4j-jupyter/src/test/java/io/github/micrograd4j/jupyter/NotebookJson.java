package io.github.micrograd4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.testkit.TestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a notebook file into maps and lists, and its code cells' outputs into text per MIME type. */
final class NotebookJson {
    private NotebookJson() {
    }

    /** One output of a code cell: its type, and its text per MIME type ("stream" for stdout, "error" for errors). */
    record Output(String type, Map<String, String> data) {
        String get(String mime) {
            return data.getOrDefault(mime, "");
        }
    }

    /** One code cell: its source, tags and outputs. */
    record CodeCell(String source, List<String> tags, List<Output> outputs) {
        String all() {
            StringBuilder sb = new StringBuilder();
            outputs.forEach(o -> o.data().values().forEach(v -> sb.append(v).append('\n')));
            return sb.toString();
        }
    }

    /** The one output of a cell with a MIME type, failing the test when there is none or more than one. */
    static String only(CodeCell cell, String mime) {
        List<Output> with = cell.outputs().stream().filter(o -> o.data().containsKey(mime)).toList();
        assertThat(with).as("outputs with %s of cell %s: %s", mime, cell.source(), cell.all()).hasSize(1);
        return with.get(0).get(mime);
    }

    /** What a cell printed to stdout, all its stream outputs in order. */
    static String stdout(CodeCell cell) {
        StringBuilder sb = new StringBuilder();
        cell.outputs().stream().filter(o -> o.type().equals("stream")).forEach(o -> sb.append(o.get("stream")));
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    static List<CodeCell> codeCells(Path notebook) throws IOException {
        Map<String, Object> root = (Map<String, Object>) read(notebook);
        List<CodeCell> cells = new ArrayList<>();
        for (Object o : (List<Object>) root.get("cells")) {
            Map<String, Object> cell = (Map<String, Object>) o;
            if (!"code".equals(cell.get("cell_type"))) {
                continue;
            }
            Map<String, Object> meta = (Map<String, Object>) cell.get("metadata");
            List<String> tags = new ArrayList<>();
            if (meta != null && meta.get("tags") != null) {
                ((List<Object>) meta.get("tags")).forEach(t -> tags.add((String) t));
            }
            List<Output> outputs = new ArrayList<>();
            for (Object out : (List<Object>) cell.get("outputs")) {
                Map<String, Object> m = (Map<String, Object>) out;
                String type = (String) m.get("output_type");
                Map<String, String> data = new LinkedHashMap<>();
                if ("stream".equals(type)) {
                    data.put("stream", text(m.get("text")));
                } else if ("error".equals(type)) {
                    data.put("error", m.get("evalue") + "\n" + text(m.get("traceback")));
                } else {
                    ((Map<String, Object>) m.get("data")).forEach((k, v) -> data.put(k, text(v)));
                }
                outputs.add(new Output(type, data));
            }
            cells.add(new CodeCell(text(cell.get("source")), tags, outputs));
        }
        return cells;
    }

    /** Jupyter stores multi-line text either as one string or as a list of lines. */
    @SuppressWarnings("unchecked")
    private static String text(Object o) {
        if (o instanceof List<?> lines) {
            return String.join("", (List<String>) lines);
        }
        return o == null ? "" : o.toString();
    }

    static Object read(Path file) throws IOException {
        return TestJson.parse(Files.readString(file));
    }
}
