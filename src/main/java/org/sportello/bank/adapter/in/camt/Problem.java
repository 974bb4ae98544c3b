package org.sportello.bank.adapter.in.camt;

import org.sportello.shared.Violation;

/**
 * A rule a well-formed camt document breaks, found while reading and turned into a
 * {@link Violation} once the entry it belongs to (and so its AcctSvcrRef) is known.
 *
 * @param pointer element path such as /Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt
 * @param field   the element (or attribute) name
 * @param line    where the element starts, or its parent's line when the element is missing
 * @param detail  what is wrong and what to do, without the line
 */
record Problem(String pointer, String field, int line, String detail) {

    static Problem at(Element element, String detail) {
        return new Problem(element.pointer(), element.name(), element.line(), detail);
    }

    static Problem atAttribute(Element element, String attribute, String detail) {
        return new Problem(element.pointer() + "/@" + attribute, attribute, element.line(), detail);
    }

    /** An element that should be below {@code parent} at {@code path} ("Acct/Id/IBAN") and is not. */
    static Problem missing(Element parent, String path, String detail) {
        String field = path.substring(path.lastIndexOf('/') + 1);
        return new Problem(parent.pointer() + "/" + path, field, parent.line(), detail);
    }

    Violation toViolation(Integer item, String itemId) {
        return new Violation(pointer, field, "line " + line + ": " + CamtRefusals.redacted(detail), item, itemId);
    }
}
