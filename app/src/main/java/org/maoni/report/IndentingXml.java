package org.maoni.report;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over {@link XMLStreamWriter} that indents element-only content by two spaces and never adds white space
 * inside text elements, so the indentation cannot change what a paragraph says. Every string is cleaned of characters
 * XML 1.0 forbids before the writer escapes it.
 */
final class IndentingXml {

    private final XMLStreamWriter out;
    /** One entry per open element: whether it has child elements yet (then its end tag goes on its own line). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    IndentingXml(XMLStreamWriter out) {
        this.out = out;
    }

    void start(String name) throws XMLStreamException {
        newLine();
        out.writeStartElement(name);
        open.push(new boolean[] {false});
    }

    /** Writes the attribute when it has a value; the value is cleaned and kept on one line. */
    void attribute(String name, String value) throws XMLStreamException {
        String clean = XmlText.line(value);
        if (clean != null) {
            out.writeAttribute(name, clean);
        }
    }

    void end() throws XMLStreamException {
        boolean hadChildren = open.pop()[0];
        if (hadChildren) {
            out.writeCharacters("\n" + "  ".repeat(open.size()));
        }
        out.writeEndElement();
    }

    /** An element holding only the given text (already one line). */
    void text(String name, String text) throws XMLStreamException {
        newLine();
        out.writeStartElement(name);
        out.writeCharacters(XmlText.legal(text));
        out.writeEndElement();
    }

    /** An element holding one inline element with the text, such as {@code <p><docTitle>...</docTitle></p>}. */
    void text(String name, String inline, String text) throws XMLStreamException {
        newLine();
        out.writeStartElement(name);
        out.writeStartElement(inline);
        out.writeCharacters(XmlText.legal(text));
        out.writeEndElement();
        out.writeEndElement();
    }

    /** An empty element with attributes given as name, value, name, value, ...; attributes without value are left out. */
    void empty(String name, String... attributes) throws XMLStreamException {
        newLine();
        out.writeEmptyElement(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
    }

    private void newLine() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        out.writeCharacters("\n" + "  ".repeat(open.size()));
    }
}
