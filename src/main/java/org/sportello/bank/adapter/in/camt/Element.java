package org.sportello.bank.adapter.in.camt;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One open (or just closed) element: its name, where it starts, where it sits among its siblings
 * and, while it has no child elements, its text. The walker keeps only the open chain of these,
 * so memory follows the depth of the document, not its size.
 */
final class Element {

    /**
     * Elements the camt schemas let repeat; their pointers always carry a position
     * ({@code Ntry[1]}) so a bank can count to the one at fault. Others get one only from the second on.
     */
    private static final Set<String> REPEATING = Set.of("Stmt", "Ntfctn", "Bal", "Ntry", "NtryDtls", "TxDtls",
            "Ustrd", "Strd", "Avlbty");

    private final Element parent;
    private final String name;
    private final String namespace;
    private final int position;
    private final int depth;
    private final Position start;
    private final Map<String, String> attributes;
    private Map<String, Integer> childCounts;
    private StringBuilder text;

    private Element(Element parent, String name, String namespace, int position, Position start,
                    Map<String, String> attributes) {
        this.parent = parent;
        this.name = name;
        this.namespace = namespace;
        this.position = position;
        this.depth = parent == null ? 1 : parent.depth + 1;
        this.start = start;
        this.attributes = attributes;
    }

    static Element root(String name, String namespace, Position start, Map<String, String> attributes) {
        return new Element(null, name, namespace, 1, start, attributes);
    }

    /** Opens a child; from now on this element's own text is layout between children and is dropped. */
    Element child(String childName, String childNamespace, Position childStart, Map<String, String> childAttributes) {
        if (childCounts == null) {
            childCounts = new HashMap<>();
        }
        int childPosition = childCounts.merge(childName, 1, Integer::sum);
        text = null;
        return new Element(this, childName, childNamespace, childPosition, childStart, childAttributes);
    }

    /**
     * Adds text if the element is still a leaf and the text stays within {@code charsMax};
     * false when it would not, so the caller can refuse before holding any more of it.
     */
    boolean appendText(char[] chars, int from, int length, int charsMax) {
        if (childCounts != null) {
            return true;
        }
        int held = text == null ? 0 : text.length();
        if (held + length > charsMax) {
            return false;
        }
        if (text == null) {
            text = new StringBuilder(Math.min(charsMax, Math.max(16, length)));
        }
        text.append(chars, from, length);
        return true;
    }

    String name() {
        return name;
    }

    String namespace() {
        return namespace;
    }

    Element parent() {
        return parent;
    }

    int depth() {
        return depth;
    }

    Position start() {
        return start;
    }

    int line() {
        return start.line();
    }

    boolean is(String elementName) {
        return name.equals(elementName);
    }

    boolean isLeaf() {
        return childCounts == null;
    }

    /** The text with the surrounding whitespace XML leaves from indentation taken off; "" when none. */
    String text() {
        return text == null ? "" : text.toString().strip();
    }

    /** An attribute without namespace by local name, or null. */
    String attribute(String localName) {
        return attributes.get(localName);
    }

    Map<String, String> attributes() {
        return attributes;
    }

    /** The element path from the root with 1-based positions: /Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt. */
    String pointer() {
        String step = "/" + name + (REPEATING.contains(name) || position > 1 ? "[" + position + "]" : "");
        return parent == null ? step : parent.pointer() + step;
    }

    /** The names from just below {@code ancestor} down to this element ("NtryDtls/TxDtls/Refs"), or null. */
    String pathFrom(Element ancestor) {
        if (parent == ancestor) {
            return name;
        }
        if (parent == null) {
            return null;
        }
        String above = parent.pathFrom(ancestor);
        return above == null ? null : above + "/" + name;
    }
}
