package org.sportello.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sportello.bank.Accounts;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium opens the web chat, signs in as Giulia, asks her balance, sees the
 * answer, sees a notification pushed when the bank books her card payment, and leaves a
 * screenshot in target/screenshots. Skipped, saying why, where Chromium is not installed.
 */
@SportelloIntegrationTest
class WebChatBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("sportello.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: no Chromium at " + CHROMIUM + " with ChromeDriver at " + CHROMEDRIVER
                        + "; install Debian's chromium and chromium-driver (.ci/run does) to run them");
    }

    @BeforeEach
    void openBrowser() throws IOException {
        Path profile = Files.createDirectories(Path.of("target/chromium-profiles", UUID.randomUUID().toString()));
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1100,900", "--lang=it-IT", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void asksTheBalanceAndSeesAPushedNotification() throws IOException {
        browser.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.customer[data-customer-id='giulia.rossi']")))
                .click();
        wait.until(ExpectedConditions.urlContains("/chat.html"));
        wait.until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "connected"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-name"), "Giulia Rossi"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "un bot, non una persona"));

        browser.findElement(By.id("message-input")).sendKeys("quanto ho sul conto?");
        browser.findElement(By.id("send-button")).click();

        String balance = accounts.accountsOf(new CustomerId("giulia.rossi")).get(0).balance().format(Language.IT);
        WebElement answer = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(@class,'message') and contains(@class,'reply')]"
                        + "//*[contains(@class,'text') and contains(., 'Il saldo del conto')]")));
        // WebDriver reports the no-break space before € as a plain space.
        assertThat(answer.getText()).isEqualTo("Il saldo del conto IT60 •••• 3456 è " + balance.replace('\u00a0', ' ') + ".");

        bookCardPayment("Pasticceria Marchesi", "4.80");
        WebElement notification = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(@class,'message') and contains(@class,'notification')]"
                        + "//*[contains(@class,'text') and contains(., 'Pasticceria Marchesi')]")));
        assertThat(notification.getText()).startsWith("💳 Hai pagato 4,80 € presso Pasticceria Marchesi con la carta •••• 4821.");

        Path screenshot = screenshot("webchat.png");
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void aTappedQuickReplyAsksForTheLatestTransactions() throws IOException {
        browser.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customers"), "Marco Esposito"));
        screenshot("index.png");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.customer[data-customer-id='giulia.rossi']")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[contains(@class,'quick-reply') and normalize-space(.)='Ultimi movimenti']"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "I tuoi ultimi 5 movimenti:"));
        assertThat(browser.findElements(By.cssSelector(".message.in")).get(0).getText()).contains("Ultimi movimenti");
    }

    private void bookCardPayment(String merchant, String amount) {
        var response = new HttpTestClient(port).postJson("/api/v1/transactions", """
                {"transactions": [{"id": "BROWSER-%s", "account": "IT60X0542811101000000123456", "amount": "%s",
                  "currency": "EUR", "direction": "DEBIT", "bookedAt": "2026-11-18T09:25:00Z", "card": "4821",
                  "merchant": {"name": "%s", "mcc": "5814", "city": "Milano"}}]}""".formatted(UUID.randomUUID(), amount, merchant));
        assertThat(response.status()).isEqualTo(200);
    }

    private Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name);
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        return Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
