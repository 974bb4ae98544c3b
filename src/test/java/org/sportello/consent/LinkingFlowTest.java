package org.sportello.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.bank.AuthorisationRefused;
import org.sportello.bank.Authorisations;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;
import org.sportello.testing.BankLinking;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.sportello.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Account linking end to end over HTTP: the chat's button, the bank's login, one-time code and
 * consent pages, and the return with an authorization code redeemed with PKCE. Every way of
 * going wrong is refused with the message the customer sees.
 */
@SportelloIntegrationTest
class LinkingFlowTest {

    static final CustomerId GIULIA = new CustomerId("giulia.rossi");

    @LocalServerPort
    int port;

    @Autowired
    ConsentAdministration administration;

    @Autowired
    Authorisations bank;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    BankLinking customer;

    @BeforeEach
    void newBrowser() {
        customer = new BankLinking(new HttpTestClient(port));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Up to the consent screen as Giulia. */
    void reachConsent() {
        customer.openChat("it");
        assertThat(customer.openBank(customer.tapLinkButton()).location()).isEqualTo("/bank/link/login");
        assertThat(customer.login("giulia.rossi", BankLinking.PASSWORD).location()).isEqualTo("/bank/link/code");
        assertThat(customer.enterCode(customer.demoCode()).location()).isEqualTo("/bank/link/consent");
    }

    List<String> chatTexts() {
        Response history = customer.browser().get("/api/v1/webchat/messages");
        assertThat(history.status()).isEqualTo(200);
        return history.json().valueStream().filter(m -> m.get("direction").asString().equals("out"))
                .map(m -> m.get("text").asString()).toList();
    }

    boolean linked() {
        return customer.browser().get("/api/v1/webchat/session").json().get("linked").asBoolean();
    }

    @Test
    void theWholeWayLinksTheChatAndTheChatConfirmsInTheCustomersLanguage() {
        customer.openChat("it");
        assertThat(linked()).isFalse();
        await().untilAsserted(() -> assertThat(chatTexts()).anyMatch(text -> text.startsWith("Ciao! Sono l’assistente virtuale")));

        String bankUrl = customer.tapLinkButton();
        assertThat(bankUrl).contains("code_challenge_method=S256").contains("&state=").contains("&code_challenge=")
                .contains("account_linking_token=").contains("redirect_uri=http%3A%2F%2Flocalhost%3A" + port + "%2Flink%2Fcomplete");
        assertThat(customer.openBank(bankUrl).location()).isEqualTo("/bank/link/login");
        Response loginPage = customer.loginPage();
        assertThat(loginPage.body()).contains("Accedi alla tua banca").contains("giulia.rossi").contains("Password per tutti: sportello-demo");
        assertThat(customer.login("giulia.rossi", BankLinking.PASSWORD).location()).isEqualTo("/bank/link/code");
        assertThat(customer.codePage().body()).contains("Banca Demo: il codice per collegare una chat è ");
        assertThat(customer.enterCode(customer.demoCode()).location()).isEqualTo("/bank/link/consent");
        Response consent = customer.consentPage();
        assertThat(consent.body()).contains("Giulia Rossi, stai collegando una chat al tuo conto.")
                .contains("Questo consenso vale fino al 17 maggio 2027.");

        Response back = customer.approve("BALANCES", "TRANSACTIONS");
        assertThat(back.location()).startsWith("/link/complete?authorization_code=").contains("&state=");
        assertThat(customer.returnToChat(back.location()).location()).isEqualTo("/chat.html");

        assertThat(linked()).isTrue();
        await().untilAsserted(() -> assertThat(chatTexts()).anyMatch(text -> text.startsWith("Ciao Giulia!")
                && text.contains("collegato fino al 17 maggio 2027")));
        ConsentAdministration.ConsentRecord record = administration.consentsOf(GIULIA).get(0);
        assertThat(record.status()).isEqualTo("AUTHORISED");
        assertThat(record.scopes()).containsExactlyInAnyOrder(Scope.ACCOUNTS, Scope.BALANCES, Scope.TRANSACTIONS);
        assertThat(record.language()).isEqualTo("it");
    }

    @Test
    void aScopeNotGrantedIsNotRead() {
        reachConsent();
        customer.returnToChat(customer.approve("BALANCES").location());
        customer.browser().postJson("/api/v1/webchat/messages", "{\"text\": \"ultimi movimenti\"}");
        await().untilAsserted(() -> assertThat(chatTexts()).contains(
                "Non mi hai autorizzato a vedere i movimenti. Puoi aggiungere questo permesso dalla pagina della tua banca."));
    }

    @Test
    void aWrongPasswordIsRefusedAndTheFifthLocksTheAttempt() {
        customer.openChat("en");
        customer.openBank(customer.tapLinkButton());
        Response wrong = customer.login("giulia.rossi", "guess");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("Wrong username or password.").contains("Attempts left: 4");
        assertThat(customer.login("nobody", "guess").body()).contains("Wrong username or password.").contains("Attempts left: 3");
        customer.login("giulia.rossi", "guess");
        customer.login("giulia.rossi", "guess");
        Response locked = customer.login("giulia.rossi", "guess");
        assertThat(locked.status()).isEqualTo(403);
        assertThat(locked.body()).contains("Too many wrong passwords. For your safety this linking is blocked.");
        Response afterwards = customer.browser().postForm("/bank/link/login", "_csrf", BankLinking.csrf(customer.loginPage()),
                "username", "giulia.rossi", "password", BankLinking.PASSWORD);
        assertThat(afterwards.body()).contains("Too many wrong passwords.");
    }

    @Test
    void aWrongOneTimeCodeIsRefusedAndTheFifthLocksTheAttempt() {
        customer.openChat("en");
        customer.openBank(customer.tapLinkButton());
        customer.login("giulia.rossi", BankLinking.PASSWORD);
        String right = customer.demoCode();
        String wrong = right.equals("000000") ? "111111" : "000000";
        Response first = customer.enterCode(wrong);
        assertThat(first.status()).isEqualTo(401);
        assertThat(first.body()).contains("Wrong code.").contains("Attempts left: 4");
        for (int i = 0; i < 3; i++) {
            customer.enterCode(wrong);
        }
        Response locked = customer.enterCode(wrong);
        assertThat(locked.status()).isEqualTo(403);
        assertThat(locked.body()).contains("Too many wrong codes. For your safety this linking is blocked.");
        assertThat(customer.enterCode(right).body()).contains("Too many wrong codes.");
    }

    @Test
    void anExpiredOneTimeCodeIsRefused() {
        customer.openChat("en");
        customer.openBank(customer.tapLinkButton());
        customer.login("giulia.rossi", BankLinking.PASSWORD);
        String code = customer.demoCode();
        clock.advance(Duration.ofMinutes(5));
        Response expired = customer.enterCode(code);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body()).contains("This code has expired. Ask for a new one.");
    }

    @Test
    void aOneTimeCodeWorksOnce() {
        customer.openChat("en");
        customer.openBank(customer.tapLinkButton());
        customer.login("giulia.rossi", BankLinking.PASSWORD);
        String code = customer.demoCode();
        String csrf = BankLinking.csrf(customer.codePage());
        assertThat(customer.browser().postForm("/bank/link/code", "_csrf", csrf, "code", code).location())
                .isEqualTo("/bank/link/consent");
        Response again = customer.browser().postForm("/bank/link/code", "_csrf", csrf, "code", code);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("This code or form was already used: each works only once.");
    }

    @Test
    void aTamperedStateLinksNothing() {
        reachConsent();
        String back = customer.approve().location();
        String tampered = back.replaceFirst("state=([^&]+)", "state=forged-state-value");
        Response refused = customer.returnToChat(tampered);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("La risposta della banca non appartiene a un collegamento avviato in questo browser");
        assertThat(linked()).isFalse();
    }

    @Test
    void anotherBrowserCannotCompleteTheLinking() {
        reachConsent();
        String back = customer.approve().location();
        BankLinking attacker = new BankLinking(new HttpTestClient(port));
        attacker.openChat("en");
        Response refused = attacker.returnToChat(back);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("non appartiene a un collegamento avviato in questo browser");
        assertThat(customer.returnToChat(back).location()).isEqualTo("/chat.html");
        assertThat(linked()).isTrue();
    }

    @Test
    void aForeignRedirectUriIsRefusedAndNothingIsSentThere() {
        customer.openChat("en");
        String bankUrl = customer.tapLinkButton().replaceFirst("redirect_uri=[^&]+", "redirect_uri=https%3A%2F%2Fevil.example%2Fcb");
        Response refused = customer.openBank(bankUrl);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.location()).isNull();
        assertThat(refused.body()).contains("The link asks to return to an address this bank does not allow (redirect_uri).")
                .contains("redirect_uri: &#39;https://evil.example/cb&#39; is not an allowed redirect");
    }

    @Test
    void aLinkingTokenWorksOnce() {
        customer.openChat("en");
        String bankUrl = customer.tapLinkButton();
        assertThat(customer.openBank(bankUrl).location()).isEqualTo("/bank/link/login");
        Response reused = new BankLinking(new HttpTestClient(port)).openBank(bankUrl);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.body()).contains("This link from the chat has already been used. Each one works only once.");
    }

    @Test
    void plainPkceIsRefused() {
        customer.openChat("en");
        Response refused = customer.openBank(customer.tapLinkButton().replace("code_challenge_method=S256", "code_challenge_method=plain"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("code_challenge_method must be S256");
    }

    @Test
    void aReplayedAuthorizationCodeIsRefusedAndRevokesTheLinkItMade() {
        reachConsent();
        String back = customer.approve().location();
        assertThat(customer.returnToChat(back).location()).isEqualTo("/chat.html");
        Response replayed = customer.returnToChat(back);
        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.body()).contains("Questo collegamento è già stato completato");

        String code = back.replaceFirst(".*authorization_code=([^&]+).*", "$1");
        String redirect = "http://localhost:" + port + "/link/complete";
        assertThatThrownBy(() -> bank.redeem(java.net.URLDecoder.decode(code, java.nio.charset.StandardCharsets.UTF_8), redirect,
                "any-verifier"))
                .isInstanceOf(AuthorisationRefused.class)
                .hasMessage("authorization code already used; what it granted is revoked as a precaution");
        await().untilAsserted(() -> assertThat(linked()).isFalse());
        await().untilAsserted(() -> assertThat(chatTexts()).anyMatch(text -> text.startsWith("Per sicurezza ho scollegato questa chat")));
        assertThat(administration.consentsOf(GIULIA).get(0).endReason()).isEqualTo("CODE_REPLAYED");
    }

    @Test
    void anAuthorizationCodeLivesSixtySeconds() {
        reachConsent();
        String back = customer.approve().location();
        clock.advance(Duration.ofSeconds(60));
        Response late = customer.returnToChat(back);
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("La banca non ha accettato l’autorizzazione: vale una sola volta, per 60 secondi.")
                .contains("authorization code expired: it is valid for 60 seconds");
        assertThat(linked()).isFalse();
    }

    @Test
    void aCodeIsRedeemedOnlyWithTheVerifierAndRedirectItWasIssuedFor() {
        reachConsent();
        String back = customer.approve().location();
        String code = java.net.URLDecoder.decode(back.replaceFirst(".*authorization_code=([^&]+).*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> bank.redeem(code, "http://localhost:" + port + "/link/complete", "a-verifier-an-attacker-guessed"))
                .isInstanceOf(AuthorisationRefused.class)
                .hasMessage("code_verifier does not match the code_challenge the linking started with");
    }

    @Test
    void aDeclinedConsentLinksNothingAndTheChatSaysSo() {
        reachConsent();
        Response back = customer.decline();
        assertThat(back.location()).contains("/link/complete?error=access_denied&state=");
        assertThat(customer.returnToChat(back.location()).location()).isEqualTo("/chat.html");
        assertThat(linked()).isFalse();
        await().untilAsserted(() -> assertThat(chatTexts()).contains(
                "Non hai collegato il conto: non posso vedere nulla. Puoi collegarlo quando vuoi."));
    }

    @Test
    void aFormWithoutItsCsrfTokenDoesNothing() {
        customer.openChat("en");
        customer.openBank(customer.tapLinkButton());
        Response forged = customer.browser().postForm("/bank/link/login", "username", "giulia.rossi", "password", BankLinking.PASSWORD);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("This form has expired or did not come from this page, so nothing was done.");
        assertThat(customer.codePage().location()).isEqualTo("/bank/link/login");
    }

    @Test
    void aReturnAfterFifteenMinutesLinksNothing() {
        reachConsent();
        String back = customer.approve().location();
        clock.advance(Duration.ofMinutes(15));
        Response late = customer.returnToChat(back);
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("il collegamento va completato entro 15 minuti");
    }
}
