package io.github.micrograd4j.viz.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.scene.Scene;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgRendererTest {

    private static Scene walkthroughGraph() {
        WalkthroughExample w = WalkthroughExample.build();
        w.L().backward();
        return BackpropPictures.of(w.L()).graph();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** For each value box: its label cell's text mapped to its three cell texts. */
    private static Map<String, List<String>> records(Document doc) {
        Map<String, List<String>> records = new LinkedHashMap<>();
        for (Element g : elements(doc, "g")) {
            if (g.getAttribute("class").startsWith("value")) {
                List<String> texts = new ArrayList<>();
                NodeList t = g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
                for (int i = 0; i < t.getLength(); i++) {
                    texts.add(t.item(i).getTextContent());
                }
                records.put(texts.get(0), texts);
            }
        }
        return records;
    }

    @Test
    void theWalkthroughGraphIsWellFormedSvgWithEveryRecordAndOp() throws Exception {
        String svg = SvgRenderer.document(walkthroughGraph());
        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg ")
                .endsWith("</svg>\n");
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(Double.parseDouble(root.getAttribute("width"))).isBetween(400.0, 3000.0);
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + root.getAttribute("width") + " "
                + root.getAttribute("height"));

        Map<String, List<String>> records = records(doc);
        assertThat(records).containsOnlyKeys("a", "b", "c", "d", "e", "f", "L");
        assertThat(records.get("a")).containsExactly("a", "data 2.0000", "grad 6.0000");
        assertThat(records.get("b")).containsExactly("b", "data -3.0000", "grad -4.0000");
        assertThat(records.get("c")).containsExactly("c", "data 10.0000", "grad -2.0000");
        assertThat(records.get("e")).containsExactly("e", "data -6.0000", "grad -2.0000");
        assertThat(records.get("d")).containsExactly("d", "data 4.0000", "grad -2.0000");
        assertThat(records.get("f")).containsExactly("f", "data -2.0000", "grad 4.0000");
        assertThat(records.get("L")).containsExactly("L", "data -8.0000", "grad 1.0000");

        assertThat(elements(doc, "ellipse")).hasSize(3);
        assertThat(elements(doc, "polyline")).hasSize(9);
        assertThat(elements(doc, "polygon")).as("one arrow head per edge").hasSize(9);
        // each record box is split into its three cells by two lines
        assertThat(elements(doc, "line")).hasSize(7 * 2);
        assertThat(doc.getElementById("v0")).isNull(); // ids are plain attributes without a DTD
        assertThat(svg).contains("id=\"v0-grad\"", "id=\"v6\" class=\"value output\"", "class=\"value leaf\"");
    }

    @Test
    void theSameGraphGivesTheSameBytes() {
        assertThat(SvgRenderer.document(walkthroughGraph())).isEqualTo(SvgRenderer.document(walkthroughGraph()));
    }

    @Test
    void numbersHaveNoExponentsAndAtMostOneDecimal() {
        assertThat(SvgRenderer.n(1e-9)).isEqualTo("0");
        assertThat(SvgRenderer.n(12345678.25)).isEqualTo("12345678.3");
        assertThat(SvgRenderer.n(-3.04)).isEqualTo("-3");
        assertThat(SvgRenderer.n(2.5)).isEqualTo("2.5");
        String svg = SvgRenderer.document(walkthroughGraph());
        assertThat(svg).doesNotContainPattern("=\"[-0-9.]*[eE][-0-9]");
    }

    @Test
    void labelsAreEscaped() throws Exception {
        Value x = new Value(1.0, "<x & \"y\">");
        Value out = x.mul(2.0).label("a'b");
        String svg = SvgRenderer.document(BackpropPictures.of(out).graph());
        Map<String, List<String>> records = records(parse(svg));
        assertThat(records).containsKeys("<x & \"y\">", "a'b");
        assertThat(SvgRenderer.escape("bell\u0007")).isEqualTo("bell\uFFFD");
    }

    @Test
    void theInlineElementHasNoXmlDeclaration() {
        assertThat(SvgRenderer.element(walkthroughGraph())).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    }
}
