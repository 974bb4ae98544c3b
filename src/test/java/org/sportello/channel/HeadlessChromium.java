package org.sportello.channel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The headless Chromium of the web chat's browser tests, as a JUnit extension: skips the class,
 * saying why, where Chromium is not installed; opens an Italian browser with a desktop window and
 * a fresh profile before each test and quits it after. Screenshots go to target/screenshots.
 */
final class HeadlessChromium implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    static final Path CHROMIUM = Path.of(System.getProperty("sportello.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Dimension DESKTOP = new Dimension(1100, 900);
    static final Duration WAIT_MAX = Duration.ofSeconds(15);

    private ChromeDriver driver;
    private WebDriverWait wait;

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: no Chromium at " + CHROMIUM + " with ChromeDriver at " + CHROMEDRIVER
                        + "; install Debian's chromium and chromium-driver (.ci/run does) to run them");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Path profile = Files.createDirectories(Path.of("target/chromium-profiles", UUID.randomUUID().toString()));
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=it-IT", "--accept-lang=it-IT,it",
                        "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT_MAX);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** This test's browser: a ChromeDriver, so the test can also speak the DevTools protocol (permissions, a made-up position). */
    ChromeDriver driver() {
        return driver;
    }

    /** Waits up to {@link #WAIT_MAX} for what the page shows. */
    WebDriverWait waiting() {
        return wait;
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        return Files.copy(taken, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The text of a bot line (a reply or a notification) that contains {@code fragment}. */
    static By botLineContaining(String fragment) {
        return By.xpath("//*[contains(@class,'message') and contains(@class,'out')]"
                + "//*[contains(@class,'text') and contains(., '" + fragment + "')]");
    }
}
