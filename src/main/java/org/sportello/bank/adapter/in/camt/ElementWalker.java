package org.sportello.bank.adapter.in.camt;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Pulls the parser's events once through the document and hands each element to a listener when
 * it opens and when it closes, enforcing the structural limits and refusing everything that
 * could make a parser reach outside the document: DOCTYPEs, entity references, XInclude and
 * schema locations.
 */
final class ElementWalker {

    /** Told about each element in document order; a leaf's text is complete when it closes. */
    interface Listener {

        void opened(Element element);

        void closed(Element element);
    }

    static final String XINCLUDE_NAMESPACE = "http://www.w3.org/2001/XInclude";
    static final String SCHEMA_INSTANCE_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";

    private final XMLStreamReader xml;
    private final Listener listener;
    private String documentNamespace;
    private Element current;
    private boolean rootClosed;

    ElementWalker(XMLStreamReader xml, Listener listener) {
        this.xml = xml;
        this.listener = listener;
    }

    void walk() throws XMLStreamException {
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> open();
                case XMLStreamConstants.END_ELEMENT -> close();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text();
                // The parser knows where a DOCTYPE ends, not where it starts (its text of a long one is unreliable).
                case XMLStreamConstants.DTD -> throw CamtRefusals.unsafe(here(), current,
                        "the DOCTYPE declaration ending here is refused: Sportello reads no DTD and expands no"
                                + " entities; send the document without it");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw CamtRefusals.unsafe(here(), current,
                        "the entity reference &" + xml.getLocalName() + "; is refused: only &amp; &lt; &gt; &quot;"
                                + " &apos; and character references such as &#233; are allowed");
                default -> {
                    // Comments, processing instructions and the document's start and end carry nothing to read.
                }
            }
        }
    }

    /** The innermost element still open, or null before the root and after it. */
    Element current() {
        return current;
    }

    boolean rootClosed() {
        return rootClosed;
    }

    private void open() {
        Position at = here();
        String namespace = Objects.requireNonNullElse(xml.getNamespaceURI(), "");
        if (current == null) {
            documentNamespace = namespace;
        }
        int declared = xml.getAttributeCount() + xml.getNamespaceCount();
        Map<String, String> attributes = declared > CamtReader.ATTRIBUTES_PER_ELEMENT_MAX ? Map.of() : attributes();
        String name = name(namespace);
        Element element = current == null
                ? Element.root(name, namespace, at, attributes)
                : current.child(name, namespace, at, attributes);
        refuseUnsafe(element, declared);
        current = element;
        listener.opened(element);
    }

    /**
     * Elements outside the document's namespace keep their prefix (or {namespace}) in the name,
     * so that a foreign {@code <x:Amt>} can never be taken for the camt {@code <Amt>}.
     */
    private String name(String namespace) {
        String local = xml.getLocalName();
        if (namespace.equals(documentNamespace)) {
            return local;
        }
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? "{" + namespace + "}" + local : prefix + ":" + local;
    }

    private Map<String, String> attributes() {
        int count = xml.getAttributeCount();
        if (count == 0) {
            return Map.of();
        }
        Map<String, String> attributes = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String namespace = xml.getAttributeNamespace(i);
            String local = xml.getAttributeLocalName(i);
            attributes.put(namespace == null || namespace.isEmpty() ? local : "{" + namespace + "}" + local,
                    xml.getAttributeValue(i));
        }
        return attributes;
    }

    private void refuseUnsafe(Element element, int declared) {
        Position at = element.start();
        String tag = "<" + element.name() + ">";
        if (element.depth() > CamtReader.ELEMENT_DEPTH_MAX) {
            throw CamtRefusals.unsafe(at, element, tag + " is nested " + element.depth() + " elements deep; the limit is "
                    + CamtReader.ELEMENT_DEPTH_MAX);
        }
        if (declared > CamtReader.ATTRIBUTES_PER_ELEMENT_MAX) {
            throw CamtRefusals.unsafe(at, element, tag + " has " + declared + " attributes and namespace declarations;"
                    + " the limit is " + CamtReader.ATTRIBUTES_PER_ELEMENT_MAX);
        }
        if (XINCLUDE_NAMESPACE.equals(element.namespace())) {
            throw CamtRefusals.unsafe(at, element, "XInclude " + tag + " is refused: Sportello never pulls other"
                    + " documents or files into a camt message");
        }
        for (Map.Entry<String, String> attribute : element.attributes().entrySet()) {
            refuseUnsafe(element, attribute.getKey(), attribute.getValue());
        }
    }

    private void refuseUnsafe(Element element, String attribute, String value) {
        String schemaInstance = "{" + SCHEMA_INSTANCE_NAMESPACE + "}";
        if (attribute.equals(schemaInstance + "schemaLocation")
                || attribute.equals(schemaInstance + "noNamespaceSchemaLocation")) {
            String local = attribute.substring(schemaInstance.length());
            throw CamtRefusals.unsafe(element.start(), element, "xsi:" + local + " on <" + element.name()
                    + "> is refused: Sportello never loads a schema a document points to; remove the attribute");
        }
        if (value.length() > CamtReader.TEXT_CHARS_MAX) {
            throw CamtRefusals.unsafe(element.start(), element, "an attribute of <" + element.name()
                    + "> is longer than " + CamtReader.TEXT_CHARS_MAX + " characters, the limit");
        }
    }

    private void close() {
        Element closing = current;
        current = closing.parent();
        rootClosed = current == null;
        listener.closed(closing);
    }

    private void text() {
        if (current == null) {
            return; // whitespace around the root; the parser refuses anything else there
        }
        if (!current.appendText(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength(),
                CamtReader.TEXT_CHARS_MAX)) {
            throw CamtRefusals.unsafe(current.start(), current, "the text of <" + current.name() + "> is longer than "
                    + CamtReader.TEXT_CHARS_MAX + " characters, the limit");
        }
    }

    private Position here() {
        Location location = xml.getLocation();
        return new Position(location.getLineNumber(), location.getColumnNumber());
    }
}
