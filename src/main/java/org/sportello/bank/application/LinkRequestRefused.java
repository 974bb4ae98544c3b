package org.sportello.bank.application;

import java.util.Objects;

/**
 * The bank's linking page will not start: a parameter from the chat is missing, malformed, reused
 * or not allowed. The customer sees the problem's text; nothing is redirected anywhere.
 */
public class LinkRequestRefused extends RuntimeException {

    public enum Problem {
        TOKEN_MISSING("account_linking_token"),
        TOKEN_USED("account_linking_token"),
        REDIRECT_MISSING("redirect_uri"),
        REDIRECT_NOT_ALLOWED("redirect_uri"),
        STATE_MISSING("state"),
        CHALLENGE_INVALID("code_challenge"),
        METHOD_UNSUPPORTED("code_challenge_method");

        private final String parameter;

        Problem(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        /** The text shown to the customer. */
        public String key() {
            return "bank.link.error." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Problem problem;

    public LinkRequestRefused(Problem problem, String detail) {
        super(problem.parameter() + ": " + detail);
        this.problem = Objects.requireNonNull(problem, "problem == null");
    }

    public Problem problem() {
        return problem;
    }
}
