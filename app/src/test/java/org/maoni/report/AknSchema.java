package org.maoni.report;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The OASIS Akoma Ntoso 3.0 schema from the test resources (its {@code xml.xsd} import resolved next to it, never over
 * the network), and helpers to validate and read exported documents.
 */
final class AknSchema {

    private static final Schema SCHEMA = load();

    private AknSchema() {}

    private static Schema load() {
        try {
            URL xsd = AknSchema.class.getResource("/schemas/akoma-ntoso/akomantoso30.xsd");
            if (xsd == null) {
                throw new IllegalStateException("schemas/akoma-ntoso/akomantoso30.xsd is not on the test class path");
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // Only local files (or a jar) may be read while compiling the schema: no network.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("The Akoma Ntoso schema does not load", e);
        }
    }

    /** Every warning and error the validator reports for the document, with line and column; empty when valid. */
    static List<String> problems(String xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    problems.add("warning " + where(e) + e.getMessage());
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add("error " + where(e) + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add("fatal " + where(e) + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            problems.add("fatal " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return problems;
    }

    private static String where(SAXParseException e) {
        return e.getLineNumber() + ":" + e.getColumnNumber() + " ";
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("The export is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** All elements of the document in the Akoma Ntoso namespace with the local name, in document order. */
    static List<Element> elements(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** Every element carrying an eId attribute, in document order. */
    static List<Element> withEId(Document doc) {
        return elements(doc, "*").stream().filter(e -> e.hasAttribute("eId")).toList();
    }

    /** The value attribute of the first element with that name under the given FRBR block. */
    static String frbr(Document doc, String block, String element, String attribute) {
        Element container = elements(doc, block).get(0);
        NodeList nodes = container.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, element);
        return ((Element) nodes.item(0)).getAttribute(attribute);
    }
}
