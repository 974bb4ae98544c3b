package org.sportello.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sportello.testing.BankLinking;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The agents' desk page in a real headless Chromium: sign in, find the customer, answer, close. */
@SportelloIntegrationTest
class DeskBrowserTest {

    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium();

    static final By BANNER_TEXT = By.cssSelector("#error-banner .banner-text");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;
    WebDriverWait wait;
    HttpTestClient customer;
    String chatUser;

    @BeforeEach
    void aCustomerAsksForAPersonAndTheDeskOpensInEnglish() {
        customer = new HttpTestClient(port);
        new BankLinking(customer).link("en", "emma.clarke");
        chatUser = customer.cookie("sportello_chat");
        assertThat(customer.postJson("/api/v1/webchat/messages", "{\"text\": \"I want to talk to a person\"}").status()).isEqualTo(202);
        await().until(() -> jdbc.sql("SELECT COUNT(*) FROM desk_conversation WHERE chat_user_id = :user AND status = 'OPEN'")
                .param("user", chatUser).query(Long.class).single() == 1);

        browser = CHROMIUM.driver();
        wait = CHROMIUM.waiting();
        browser.get("http://localhost:" + port + "/desk.html");
        By english = By.cssSelector(".lang-toggle [data-lang='en']");
        wait.until(ExpectedConditions.elementToBeClickable(english)).click();
        wait.until(ExpectedConditions.attributeToBe(english, "aria-pressed", "true"));
    }

    @Test
    void wrongCredentialsAreSaidSo() {
        signIn(SportelloIntegrationTest.OPERATOR, "not-the-password");
        wait.until(ExpectedConditions.visibilityOfElementLocated(BANNER_TEXT));
        assertThat(browser.findElement(BANNER_TEXT).getText()).isEqualTo("Not a valid bank operator user or password.");
        assertThat(browser.findElement(By.id("workspace")).isDisplayed()).isFalse();
    }

    @Test
    void theAgentAnswersIntoTheCustomersChatAndClosesTheConversation() {
        signIn(SportelloIntegrationTest.OPERATOR, SportelloIntegrationTest.OPERATOR_PASSWORD);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-heading"))).getText())
                .isEqualTo("Customers waiting for a person");
        String id = jdbc.sql("SELECT id FROM desk_conversation WHERE chat_user_id = :user").param("user", chatUser).query(String.class).single();
        By item = By.cssSelector("#conversations button[data-id='" + id + "']");
        assertThat(wait.until(ExpectedConditions.elementToBeClickable(item)).getText()).startsWith("emma.clarke · web · since ")
                .endsWith(" · asked for one");
        browser.findElement(item).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conversation-heading"))).getText())
                .startsWith("Conversation with emma.clarke (web, opened ");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reply-text"))).sendKeys("Hello Emma, I am looking into it now.");
        browser.findElement(By.id("send")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lines"), "Hello Emma, I am looking into it now."));
        await().untilAsserted(() -> assertThat(transcript()).contains("👤 Bank agent: Hello Emma, I am looking into it now."));

        browser.findElement(By.id("close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(item));
        await().untilAsserted(() -> assertThat(transcript()).contains(
                "The agent has closed the conversation. If you need anything else, just write: it’s me again, the assistant."));
    }

    private void signIn(String user, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("#sign-in button[type='submit']")).click();
    }

    private List<String> transcript() {
        return jdbc.sql("SELECT text FROM webchat_message WHERE chat_user_id = :user AND direction = 'OUT' ORDER BY seq")
                .param("user", chatUser).query(String.class).list();
    }
}
