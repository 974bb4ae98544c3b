package org.sportello.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sportello.bank.Accounts;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.testing.BankLinking;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.InProcessLinking;
import org.sportello.testing.SportelloIntegrationTest;
import org.sportello.testing.TestGrant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A real headless Chromium opens the web chat as a stranger, links it to Giulia's account at the
 * demo bank (login, code from the demo phone, consent), asks her balance, sees a notification
 * pushed when the bank books her card payment, and leaves screenshots of every page in
 * target/screenshots. Skipped, saying why, where Chromium is not installed ({@link HeadlessChromium}).
 */
@SportelloIntegrationTest
class WebChatBrowserTest {

    static final Dimension DESKTOP = HeadlessChromium.DESKTOP;
    static final Dimension PHONE = new Dimension(390, 844);
    /** A screenshot smaller than this is a blank page. */
    static final long SCREENSHOT_BYTES_MIN = 10_000;

    static final String COOKIE = "sportello_chat";
    static final By MESSAGES = By.id("messages");
    static final By LINK_IN_HEADER = By.id("link-account");
    static final By LINK_IN_TRANSCRIPT = By.cssSelector("#messages a.quick-reply.link-account");

    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium();

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationContext app;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = CHROMIUM.driver();
        wait = CHROMIUM.waiting();
    }

    @Test
    void linksTheChatAtTheBankAsksTheBalanceAndSeesAPushedNotification() throws IOException {
        openTheChatFromTheStartPage();
        WebElement linkButton = wait.until(ExpectedConditions.elementToBeClickable(LINK_IN_TRANSCRIPT));
        assertThat(linkButton.getText()).isEqualTo("Collega il conto");
        assertThat(linkButton.getDomAttribute("href")).endsWith("/link/start?lang=it");
        assertThat(browser.findElement(LINK_IN_HEADER).isDisplayed()).as("the header offers linking too").isTrue();
        linkButton.click();

        signInAtTheBank("giulia.rossi");
        enterTheCodeFromTheDemoPhone();
        approveTheConsent();

        wait.until(ExpectedConditions.urlMatches("/chat\\.html$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-name"), "Giulia Rossi"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(LINK_IN_HEADER));
        assertThat(botLineContaining("Ciao Giulia!").getText()).startsWith("Ciao Giulia! Sono l’assistente virtuale di Sportello");

        say("quanto ho sul conto?");
        String balance = accounts.accountsOf(TestGrant.balances(new CustomerId("giulia.rossi"))).get(0).balance().format(Language.IT);
        // WebDriver reports the no-break space before € as a plain space.
        assertThat(botLineContaining("Il saldo del conto").getText())
                .isEqualTo("Il saldo del conto IT60 •••• 3456 è " + balance.replace('\u00a0', ' ') + ".");

        bookCardPayment("Pasticceria Marchesi", "4.80");
        WebElement notification = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(@class,'message') and contains(@class,'notification')]"
                        + "//*[contains(@class,'text') and contains(., 'Pasticceria Marchesi')]")));
        assertThat(notification.getText()).startsWith("💳 Hai pagato 4,80 € presso Pasticceria Marchesi con la carta •••• 4821.");
        wait.until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "connected"));

        assertThat(Files.size(screenshot("webchat.png"))).isGreaterThan(SCREENSHOT_BYTES_MIN);
        browser.manage().window().setSize(PHONE);
        screenshot("webchat-phone.png");
    }

    @Test
    void theLinkFollowsTheLanguageAndATappedQuickReplyAsksForTheLatestTransactions() throws IOException {
        browser.get(url("/chat.html"));
        wait.until(ExpectedConditions.elementToBeClickable(LINK_IN_TRANSCRIPT));
        browser.findElement(By.cssSelector(".lang-toggle [data-lang='en']")).click();
        wait.until(ExpectedConditions.textToBe(LINK_IN_HEADER, "Link your account"));
        assertThat(browser.findElement(LINK_IN_HEADER).getDomAttribute("href")).endsWith("/link/start?lang=en");
        assertThat(browser.findElement(LINK_IN_TRANSCRIPT).getDomAttribute("href")).endsWith("/link/start?lang=en");
        browser.findElement(By.cssSelector(".lang-toggle [data-lang='it']")).click();
        wait.until(ExpectedConditions.textToBe(LINK_IN_HEADER, "Collega il conto"));
        screenshot("webchat-unlinked.png");
        browser.manage().window().setSize(PHONE);
        screenshot("webchat-unlinked-phone.png");

        String chat = browser.manage().getCookieNamed(COOKIE).getValue();
        InProcessLinking.link(app, ChatAddress.web(chat), "marco.esposito", Language.IT);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-name"), "Marco Esposito"));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[contains(@class,'quick-reply') and normalize-space(.)='Ultimi movimenti']"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "I tuoi ultimi 5 movimenti:"));
        assertThat(browser.findElements(By.cssSelector(".message.in")).get(0).getText()).contains("Ultimi movimenti");
    }

    @Test
    void forgettingTheBrowserUnlinksTheChatAndStartsAfreshNextTime() {
        browser.get(url("/chat.html"));
        wait.until(ExpectedConditions.elementToBeClickable(LINK_IN_TRANSCRIPT));
        String chat = browser.manage().getCookieNamed(COOKIE).getValue();
        InProcessLinking.link(app, ChatAddress.web(chat), "emma.clarke", Language.EN);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-name"), "Emma Clarke"));

        wait.until(ExpectedConditions.elementToBeClickable(By.id("forget"))).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-chat")));
        assertThat(browser.manage().getCookieNamed(COOKIE)).as("the chat identity is gone").isNull();
        browser.findElement(By.id("open-chat")).click();
        wait.until(ExpectedConditions.elementToBeClickable(LINK_IN_HEADER));
        assertThat(browser.manage().getCookieNamed(COOKIE).getValue()).as("a new chat identity").isNotEqualTo(chat);
        assertThat(browser.findElement(MESSAGES).getText()).doesNotContain("Emma");
    }

    private void openTheChatFromTheStartPage() throws IOException {
        browser.get(url("/"));
        WebElement openChat = wait.until(ExpectedConditions.elementToBeClickable(By.id("open-chat")));
        wait.until(ExpectedConditions.textToBe(By.id("open-chat"), "Apri la chat"));
        screenshot("index.png");
        browser.manage().window().setSize(PHONE);
        screenshot("index-phone.png");
        browser.manage().window().setSize(DESKTOP);
        openChat.click();
        wait.until(ExpectedConditions.urlMatches("/chat\\.html$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "un bot, non una persona"));
    }

    private void signInAtTheBank(String username) throws IOException {
        wait.until(ExpectedConditions.urlContains("/bank/link/login"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("demo-logins"), username));
        screenshot("bank-login.png");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(BankLinking.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
    }

    private void enterTheCodeFromTheDemoPhone() throws IOException {
        wait.until(ExpectedConditions.urlContains("/bank/link/code"));
        String code = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("demo-phone"))).getDomAttribute("data-demo-code");
        assertThat(code).as("the code the demo phone received").matches("[0-9]{6}");
        screenshot("bank-code.png");
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("confirm")).click();
    }

    private void approveTheConsent() throws IOException {
        wait.until(ExpectedConditions.urlContains("/bank/link/consent"));
        assertThat(browser.findElements(By.cssSelector("input[name=scope]")))
                .as("every scope is offered, and checked").isNotEmpty().allMatch(WebElement::isSelected);
        screenshot("bank-consent.png");
        browser.findElement(By.id("approve")).click();
    }

    private void say(String text) {
        browser.findElement(By.id("message-input")).sendKeys(text);
        browser.findElement(By.id("send-button")).click();
    }

    private WebElement botLineContaining(String fragment) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(HeadlessChromium.botLineContaining(fragment)));
    }

    private void bookCardPayment(String merchant, String amount) {
        var response = new HttpTestClient(port).postJson("/api/v1/transactions", """
                {"transactions": [{"id": "BROWSER-%s", "account": "IT60X0542811101000000123456", "amount": "%s",
                  "currency": "EUR", "direction": "DEBIT", "bookedAt": "2026-11-18T09:25:00Z", "card": "4821",
                  "merchant": {"name": "%s", "mcc": "5814", "city": "Milano"}}]}""".formatted(UUID.randomUUID(), amount, merchant));
        assertThat(response.status()).isEqualTo(200);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Path screenshot(String name) throws IOException {
        return CHROMIUM.screenshot(name);
    }
}
