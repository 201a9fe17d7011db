package ai.ope.responses.client;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The installed headless Chromium and its driver (Debian's {@code chromium} and
 * {@code chromium-driver} packages; {@code .ci/run} installs them). Nothing is downloaded: both
 * paths are given, so Selenium Manager never looks for a browser on the network. Where either is
 * missing, the test is skipped, saying so.
 */
final class HeadlessChromium {

  /** Overrides for other systems: {@code -Dresponses.test.chromium=…}. */
  private static final Path BROWSER = Path.of(System.getProperty("responses.test.chromium",
      "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getProperty("responses.test.chromedriver",
      "/usr/bin/chromedriver"));

  private HeadlessChromium() {}

  /** A new browser of 1280×800; skips the test where no browser is installed. */
  static ChromeDriver start() {
    assumeTrue(Files.isExecutable(BROWSER), "No Chromium at " + BROWSER
        + ": the browser tests of the inspector are skipped (apt-get install chromium"
        + " chromium-driver, or -Dresponses.test.chromium=PATH).");
    assumeTrue(Files.isExecutable(DRIVER), "No chromedriver at " + DRIVER
        + ": the browser tests of the inspector are skipped (apt-get install chromium-driver,"
        + " or -Dresponses.test.chromedriver=PATH).");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--window-size=1280,800", "--force-prefers-reduced-motion",
        "--no-first-run", "--disable-extensions", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--lang=en-US");
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return browser;
  }
}
