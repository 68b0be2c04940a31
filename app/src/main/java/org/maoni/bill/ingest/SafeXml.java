package org.maoni.bill.ingest;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX over untrusted XML: no DTDs, no external entities, element nesting capped, and the extraction {@link Guard}
 * checked as elements stream past.
 */
final class SafeXml {

    /** Deepest element nesting accepted; real DOCX parts stay far below it. */
    static final int MAX_DEPTH = 256;

    private static final XMLInputFactory FACTORY = createFactory();

    private SafeXml() {}

    private static XMLInputFactory createFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Thrown for XML nested deeper than {@link #MAX_DEPTH}. */
    static final class TooDeep extends XMLStreamException {

        private static final long serialVersionUID = 1L;

        TooDeep() {
            super("XML nested deeper than " + MAX_DEPTH + " elements");
        }
    }

    /** A reader that keeps count of depth and checks the guard. */
    static final class Reader implements AutoCloseable {

        private final XMLStreamReader r;
        private final Guard guard;
        private int depth;
        private int events;

        Reader(byte[] xml, Guard guard) throws XMLStreamException {
            synchronized (FACTORY) {
                this.r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            }
            this.guard = guard;
        }

        XMLStreamReader raw() {
            return r;
        }

        int depth() {
            return depth;
        }

        /** Next event, tracking depth. */
        int next() throws XMLStreamException {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (++depth > MAX_DEPTH) {
                    throw new TooDeep();
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            if ((++events & 0x3FF) == 0) {
                guard.check();
            }
            return e;
        }

        /** Advances to the next start element (true) or to the end of the element we are in (false). */
        boolean nextChild() throws XMLStreamException {
            while (r.hasNext()) {
                int e = next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
                if (e == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
            }
            return false;
        }

        /** Skips the rest of the current element (positioned on its start tag). */
        void skip() throws XMLStreamException {
            int target = depth - 1;
            while (r.hasNext()) {
                int e = next();
                if (e == XMLStreamConstants.END_ELEMENT && depth == target) {
                    return;
                }
            }
        }

        /** Moves to the document's root element. */
        boolean toRoot() throws XMLStreamException {
            while (r.hasNext()) {
                if (next() == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
            }
            return false;
        }

        String localName() {
            return r.getLocalName();
        }

        String ns() {
            String ns = r.getNamespaceURI();
            return ns == null ? "" : ns;
        }

        /** Attribute by local name, in any namespace (WordprocessingML attributes are w:-qualified). */
        String attr(String localName) {
            for (int i = 0; i < r.getAttributeCount(); i++) {
                if (localName.equals(r.getAttributeLocalName(i))) {
                    return r.getAttributeValue(i);
                }
            }
            return null;
        }

        @Override
        public void close() throws XMLStreamException {
            r.close();
        }
    }
}
