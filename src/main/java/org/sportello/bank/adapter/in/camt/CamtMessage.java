package org.sportello.bank.adapter.in.camt;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One camt document as read: which message it is, its group header and its reports (statements
 * or notifications), in document order.
 *
 * @param version   the message version as its namespace names it, such as {@code camt.053.001.08}
 * @param messageId GrpHdr/MsgId
 * @param createdAt GrpHdr/CreDtTm, or null when the bank left it out
 */
public record CamtMessage(Kind kind, String version, String messageId, Instant createdAt, List<CamtReport> reports) {

    public CamtMessage {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(version, "version == null");
        Objects.requireNonNull(messageId, "messageId == null");
        reports = List.copyOf(reports);
    }

    /** The two bank-to-customer messages Sportello reads, with the element names that tell them apart. */
    public enum Kind {
        STATEMENT_053("camt.053", "BkToCstmrStmt", "Stmt", "statement"),
        NOTIFICATION_054("camt.054", "BkToCstmrDbtCdtNtfctn", "Ntfctn", "notification");

        private final String schema;
        private final String messageElement;
        private final String reportElement;
        private final String noun;

        Kind(String schema, String messageElement, String reportElement, String noun) {
            this.schema = schema;
            this.messageElement = messageElement;
            this.reportElement = reportElement;
            this.noun = noun;
        }

        /** "camt.053". */
        String schema() {
            return schema;
        }

        /** The element below Document: "BkToCstmrStmt". */
        String messageElement() {
            return messageElement;
        }

        /** The repeating report element: "Stmt". */
        String reportElement() {
            return reportElement;
        }

        /** "statement", for messages that talk about one report. */
        String noun() {
            return noun;
        }
    }
}
