package org.sportello.desk.application;

import java.util.List;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.RequestRefused.Reason;
import org.sportello.shared.Violation;

/** The desk API's refusals, one problem type each. */
final class DeskRefusals {

    private DeskRefusals() {
    }

    static RequestRefused unknown(String id) {
        return new RequestRefused(Reason.NOT_FOUND, "unknown-conversation", "Unknown conversation",
                id.matches("[A-Za-z0-9-]{1,64}") ? "no conversation " + id + "; GET /api/v1/admin/desk/conversations lists the open ones"
                        : "no such conversation: an id is 1 to 64 of A-Z a-z 0-9 -");
    }

    static RequestRefused closed(String id) {
        return new RequestRefused(Reason.CONFLICT, "conversation-closed", "Conversation closed",
                "conversation " + id + " is closed; the customer can ask for a person again in the chat");
    }

    static RequestRefused invalidReply(String detail) {
        return new RequestRefused(Reason.INVALID, "invalid-reply", "Invalid reply", "text: " + detail,
                List.of(Violation.ofField("text", detail)));
    }
}
