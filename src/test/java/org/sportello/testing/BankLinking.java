package org.sportello.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sportello.testing.HttpTestClient.Response;

/**
 * A browser going through account linking over real HTTP, step by step, as a customer would:
 * the chat's link button, the bank's login, the one-time code from the demo phone, the consent
 * screen, and back to the chat. Each step returns the raw answer so tests can also go astray.
 */
public final class BankLinking {

    public static final String PASSWORD = "sportello-demo";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern DEMO_CODE = Pattern.compile("data-demo-code=\"(\\d{6})\"");

    private final HttpTestClient browser;
    private String lang = "it";

    public BankLinking(HttpTestClient browser) {
        this.browser = browser;
    }

    public HttpTestClient browser() {
        return browser;
    }

    /** Opens the web chat: the browser gets its chat identity. */
    public Response openChat(String lang) {
        this.lang = lang;
        Response session = browser.get("/api/v1/webchat/session?lang=" + lang);
        assertThat(session.status()).as(session.body()).isEqualTo(200);
        return session;
    }

    /** Taps "Link account": returns the bank page's address the chat sends the browser to. */
    public String tapLinkButton() {
        Response start = browser.get("/link/start?lang=" + lang);
        assertThat(start.status()).as(start.body()).isEqualTo(302);
        assertThat(start.location()).startsWith("/bank/link?");
        return start.location();
    }

    /** Opens the bank's page; a good request lands on the login form. */
    public Response openBank(String bankUrl) {
        return browser.get(bankUrl);
    }

    public Response loginPage() {
        return browser.get("/bank/link/login");
    }

    public Response login(String username, String password) {
        String csrf = csrf(loginPage());
        return browser.postForm("/bank/link/login", "_csrf", csrf, "username", username, "password", password);
    }

    public Response codePage() {
        return browser.get("/bank/link/code");
    }

    /** The code the demo phone shows on the code page. */
    public String demoCode() {
        Matcher code = DEMO_CODE.matcher(codePage().body());
        assertThat(code.find()).as("the demo phone shows a code").isTrue();
        return code.group(1);
    }

    public Response enterCode(String code) {
        return browser.postForm("/bank/link/code", "_csrf", csrf(codePage()), "code", code);
    }

    public Response consentPage() {
        return browser.get("/bank/link/consent");
    }

    /** Allows the given scopes (ACCOUNTS is always part); returns the redirect to the chat. */
    public Response approve(String... scopes) {
        List<String> form = new ArrayList<>(List.of("_csrf", csrf(consentPage()), "decision", "approve"));
        for (String scope : scopes) {
            form.add("scope");
            form.add(scope);
        }
        return browser.postForm("/bank/link/consent", form.toArray(String[]::new));
    }

    public Response decline() {
        return browser.postForm("/bank/link/consent", "_csrf", csrf(consentPage()), "decision", "decline");
    }

    /** Follows the bank's redirect back to the chat. */
    public Response returnToChat(String redirect) {
        return browser.get(redirect);
    }

    /** The whole way, every scope granted: the chat ends up linked to {@code username}. */
    public void link(String lang, String username) {
        openChat(lang);
        Response bank = openBank(tapLinkButton());
        assertThat(bank.location()).as(bank.body()).isEqualTo("/bank/link/login");
        assertThat(login(username, PASSWORD).location()).isEqualTo("/bank/link/code");
        assertThat(enterCode(demoCode()).location()).isEqualTo("/bank/link/consent");
        Response back = approve("BALANCES", "TRANSACTIONS", "NOTIFICATIONS", "PAYMENTS");
        assertThat(back.status()).as(back.body()).isEqualTo(302);
        Response chat = returnToChat(back.location());
        assertThat(chat.location()).as(chat.body()).isEqualTo("/chat.html");
    }

    public static String csrf(Response page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token in " + page.body()).isTrue();
        return token.group(1);
    }
}
