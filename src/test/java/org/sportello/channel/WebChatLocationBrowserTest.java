package org.sportello.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web chat's "share my location" in a real headless Chromium, through the DevTools protocol: the
 * site is allowed (or refused) the position, which is made up by Place de la République, Paris. The
 * 📍 button and the assistant's own share-location button send it; the nearest ATMs come back.
 */
@SportelloIntegrationTest
class WebChatLocationBrowserTest {

    static final Map<String, Object> PLACE_DE_LA_REPUBLIQUE = Map.of("latitude", 48.8675, "longitude", 2.3634, "accuracy", 10);

    static final By SHARE_LOCATION = By.id("share-location");
    static final By SHARE_LOCATION_CHOICE = By.cssSelector("#messages button.quick-reply.share-location");
    static final By BANNER_TEXT = By.cssSelector("#error-banner .banner-text");

    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium();

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openTheChatInEnglish() {
        browser = CHROMIUM.driver();
        wait = CHROMIUM.waiting();
        browser.get("http://localhost:" + port + "/chat.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "un bot, non una persona"));
        By english = By.cssSelector(".lang-toggle [data-lang='en']");
        browser.findElement(english).click();
        wait.until(ExpectedConditions.attributeToBe(english, "aria-pressed", "true")); // the English texts are in
    }

    @Test
    void thePinSendsWhereTheBrowserIsAndTheNearestAtmsComeBack() throws IOException {
        allowTheLocation();
        WebElement pin = wait.until(ExpectedConditions.elementToBeClickable(SHARE_LOCATION));
        assertThat(pin.getDomAttribute("aria-label")).isEqualTo("Share your location");
        assertThat(pin.getDomAttribute("title")).isEqualTo("Share your location");

        pin.click();

        assertThat(customerLine("📍 Location shared").getText()).isEqualTo("📍 Location shared");
        assertThat(botLineContaining("The nearest ATMs and branches:").getText()).isEqualTo(WebChatFlowTest.NEAREST_TO_REPUBLIQUE);
        assertThat(pin.getDomAttribute("aria-busy")).isEqualTo("false");
        assertThat(pin.isEnabled()).isTrue();
        CHROMIUM.screenshot("webchat-location.png");
    }

    @Test
    void refusedTheLocationThePageSaysHowToAllowItOrWhatToTypeInstead() {
        browser.executeCdpCommand("Browser.setPermission", Map.of("origin", origin(), "permission", Map.of("name", "geolocation"),
                "setting", "denied"));

        wait.until(ExpectedConditions.elementToBeClickable(SHARE_LOCATION)).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(BANNER_TEXT));
        assertThat(browser.findElement(BANNER_TEXT).getText()).isEqualTo("Your browser is not allowed to use your location."
                + " Allow location for this site in the browser’s settings, or type a place, such as “near Gare de Lyon”.");
        wait.until(ExpectedConditions.elementToBeClickable(SHARE_LOCATION));
        assertThat(browser.findElement(SHARE_LOCATION).getDomAttribute("aria-busy")).isEqualTo("false");
        assertThat(browser.findElements(By.cssSelector(".message.in"))).as("nothing was sent").isEmpty();
    }

    @Test
    void askedForTheNearestAtmTheAssistantOffersTheSameButton() throws IOException {
        allowTheLocation();
        browser.findElement(By.id("message-input")).sendKeys("where is the nearest atm?");
        browser.findElement(By.id("send-button")).click();

        WebElement choice = wait.until(ExpectedConditions.elementToBeClickable(SHARE_LOCATION_CHOICE));
        assertThat(choice.getText()).isEqualTo("📍 Share location");
        CHROMIUM.screenshot("webchat-location-choice.png");
        choice.click();

        assertThat(customerLine("📍 Location shared").getText()).isEqualTo("📍 Location shared");
        assertThat(botLineContaining("The nearest ATMs and branches:").getText()).isEqualTo(WebChatFlowTest.NEAREST_TO_REPUBLIQUE);
        assertThat(browser.findElements(SHARE_LOCATION_CHOICE)).as("the answer replaced the question's choices").isEmpty();
    }

    private void allowTheLocation() {
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin(), "permissions", List.of("geolocation")));
        browser.executeCdpCommand("Emulation.setGeolocationOverride", PLACE_DE_LA_REPUBLIQUE);
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    private WebElement customerLine(String text) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(concat(' ', @class, ' '), ' message in ')]//*[contains(@class,'text') and .='" + text + "']")));
    }

    private WebElement botLineContaining(String fragment) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(HeadlessChromium.botLineContaining(fragment)));
    }
}
