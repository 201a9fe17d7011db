package ai.ope.responses.client;

import ai.ope.responses.testkit.FakeResponsesServer;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The inspector page as a test reads it: its list, its detail pane, its fields. */
final class InspectorScreen {

  /** Long enough for a loaded machine: the page polls once a second. */
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final ChromeDriver browser;

  InspectorScreen(ChromeDriver browser) {
    this.browser = browser;
  }

  void open(FakeResponsesServer server) {
    browser.get(server.inspectorUri().toString());
  }

  /** Waits until the element's text contains this; fails with what it showed instead. */
  void waitForText(By element, String expected) {
    new WebDriverWait(browser, PATIENCE)
        .withMessage(() -> "waiting for '" + expected + "' in " + element + ", which shows '"
            + textOrNothing(element) + "'")
        .until(driver -> textOrNothing(element).contains(expected));
  }

  private String textOrNothing(By element) {
    List<WebElement> found = browser.findElements(element);
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  String text(By element) {
    return browser.findElement(element).getText();
  }

  /** A value of the detail pane, such as {@code status} or {@code answered-by}. */
  String field(String name) {
    return text(By.cssSelector("#detail [data-field=" + name + "]"));
  }

  /** The sequence numbers of the listed requests, top to bottom. */
  List<Integer> listedSequences() {
    return browser.findElements(By.cssSelector("#request-list button")).stream()
        .map(button -> Integer.valueOf(button.getDomAttribute("data-sequence"))).toList();
  }

  void select(int sequence) {
    By row = By.cssSelector("#request-list button[data-sequence='" + sequence + "']");
    new WebDriverWait(browser, PATIENCE).until(driver -> !driver.findElements(row).isEmpty());
    browser.findElement(row).click();
    waitForText(By.cssSelector("#detail [data-field=sequence]"), "#" + sequence);
  }

  /** The stream timeline: offset, event, sequence number, delta, text so far. */
  List<List<String>> timeline() {
    return rows(By.cssSelector("#timeline tbody tr.event"));
  }

  /** The cells of each matching table row, also where folded away (headers are). */
  List<List<String>> rows(By rows) {
    return browser.findElements(rows).stream()
        .map(row -> row.findElements(By.tagName("td")).stream()
            .map(cell -> cell.getDomProperty("textContent").strip()).toList())
        .toList();
  }

  /** Makes the page's viewport this size, whatever the browser's own frame takes. */
  void viewport(int width, int height) {
    Dimension outer = browser.manage().window().getSize();
    Number innerWidth = (Number) browser.executeScript("return window.innerWidth");
    Number innerHeight = (Number) browser.executeScript("return window.innerHeight");
    browser.manage().window().setSize(new Dimension(
        width + outer.getWidth() - innerWidth.intValue(),
        height + outer.getHeight() - innerHeight.intValue()));
  }
}
