package org.sportello.bank.adapter.in.camt;

import java.util.List;
import org.sportello.shared.CardNumbers;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.RequestRefused.Reason;
import org.sportello.shared.Violation;

/**
 * The four ways a camt document is refused. Every text passes the card-number redaction on the
 * way out, because refusals echo what the bank sent and the bank may have sent a card number.
 */
final class CamtRefusals {

    static final String MALFORMED_XML = "malformed-xml";
    static final String UNSAFE_XML = "unsafe-xml";
    static final String UNSUPPORTED_DOCUMENT = "unsupported-document";
    static final String INVALID_CAMT = "invalid-camt";

    private CamtRefusals() {
    }

    /** Not well-formed XML, or bytes that are not in the declared encoding. */
    static RequestRefused malformed(Position at, Element where, String what) {
        return single(Reason.MALFORMED, MALFORMED_XML, "Malformed XML", at, where, what);
    }

    /** A DTD, an entity, an XInclude, a schema to fetch, or a limit broken. */
    static RequestRefused unsafe(Position at, Element where, String what) {
        return single(Reason.MALFORMED, UNSAFE_XML, "Unsafe XML", at, where, what);
    }

    /** Well-formed XML that is not a camt.053 or camt.054 Sportello reads. */
    static RequestRefused unsupported(Position at, Element where, String what) {
        return single(Reason.INVALID, UNSUPPORTED_DOCUMENT, "Unsupported document", at, where, what);
    }

    /** A camt document that breaks its rules, with every violation found. */
    static RequestRefused invalid(String sourceName, List<Violation> violations, int problemsFound) {
        String count = problemsFound == 1 ? "1 problem found" : problemsFound + " problems found";
        String listed = problemsFound > violations.size() ? ", the first " + violations.size() + " listed" : "";
        return new RequestRefused(Reason.INVALID, INVALID_CAMT, "Invalid camt message",
                redacted(sourceName + ": " + count + listed + "; the whole document is refused"), violations);
    }

    static String redacted(String text) {
        return CardNumbers.redact(text).text();
    }

    private static RequestRefused single(Reason reason, String code, String title, Position at, Element where,
                                         String what) {
        String safe = redacted(what);
        Violation violation = new Violation(where == null ? "/" : where.pointer(), where == null ? null : where.name(),
                "line " + at.line() + ": " + safe, null, null);
        return new RequestRefused(reason, code, title, "line " + at.line() + ", column " + at.column() + ": " + safe,
                List.of(violation));
    }
}
