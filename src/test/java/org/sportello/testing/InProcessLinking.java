package org.sportello.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.sportello.bank.application.LinkAttempts;
import org.sportello.bank.demo.DemoPhone;
import org.sportello.bank.domain.linking.LinkAttempt;
import org.sportello.consent.Linking;
import org.sportello.consent.LinkingResult;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;
import org.springframework.context.ApplicationContext;

/**
 * Account linking through the same services the pages call, without HTTP: for tests of other
 * things that need a linked chat, and for the database paths on PostgreSQL.
 */
public final class InProcessLinking {

    static final String REDIRECT = "http://localhost/link/complete";

    private InProcessLinking() {
    }

    /** Links {@code chat} to the demo customer {@code username} with every scope. */
    public static LinkingResult.Linked link(ApplicationContext app, ChatAddress chat, String username, Language language) {
        Linking linking = app.getBean(Linking.class);
        LinkAttempts bank = app.getBean(LinkAttempts.class);
        Linking.LinkingStart start = linking.start(chat, language, REDIRECT, "token-" + System.nanoTime() + "-" + chat.userId());
        Map<String, String> query = query(start.bankUrl());
        LinkAttempt attempt = bank.begin(query.get("account_linking_token"), query.get("redirect_uri"), query.get("state"),
                query.get("code_challenge"), query.get("code_challenge_method"), language, "http://localhost");
        LinkAttempt.Step login = bank.login(attempt, username, BankLinking.PASSWORD);
        assertThat(login.refusal()).isNull();
        String code = app.getBean(DemoPhone.class).lastCode(attempt.id()).orElseThrow();
        LinkAttempt.Step verified = bank.verify(login.attempt(), code);
        assertThat(verified.refusal()).isNull();
        LinkAttempts.Decision decision = bank.decide(verified.attempt(), true, EnumSet.allOf(Scope.class));
        Map<String, String> back = query(decision.redirect());
        LinkingResult result = linking.complete(chat, back.get("state"), back.get("authorization_code"), null);
        assertThat(result).isInstanceOf(LinkingResult.Linked.class);
        return (LinkingResult.Linked) result;
    }

    private static Map<String, String> query(String url) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
