package org.sportello.shared;

import java.util.List;
import java.util.Objects;

/**
 * A request Sportello will not carry out, with what is wrong and where; the web layer turns it into
 * an {@code application/problem+json} answer. Thrown before anything is written.
 */
public class RequestRefused extends RuntimeException {

    /** Why, with the HTTP status it maps to. */
    public enum Reason {
        MALFORMED(400),
        UNAUTHENTICATED(401),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409),
        TOO_LARGE(413),
        UNSUPPORTED_MEDIA_TYPE(415),
        INVALID(422),
        UNAVAILABLE(503);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;
    private final String code;
    private final String title;
    private final List<Violation> violations;

    /**
     * @param code  a stable, kebab-case name of the problem ("invalid-transactions") for the problem type
     * @param title a short summary that does not change between occurrences
     */
    public RequestRefused(Reason reason, String code, String title, String detail, List<Violation> violations) {
        super(detail);
        this.reason = Objects.requireNonNull(reason, "reason == null");
        this.code = Objects.requireNonNull(code, "code == null");
        this.title = Objects.requireNonNull(title, "title == null");
        this.violations = List.copyOf(violations);
    }

    public RequestRefused(Reason reason, String code, String title, String detail) {
        this(reason, code, title, detail, List.of());
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<Violation> violations() {
        return violations;
    }
}
