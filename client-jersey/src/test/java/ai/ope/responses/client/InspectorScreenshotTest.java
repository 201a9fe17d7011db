package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.testkit.Cassette;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Interaction;
import ai.ope.responses.testkit.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Makes the README's picture of the inspector, {@code docs/images/inspector.png}, from a
 * realistic session: a create, a stream and a strict-mode miss. Runs only when asked:
 *
 * <pre>
 * mvn -B -o verify -pl testkit,client-jersey -am -Dtest=InspectorScreenshotTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dresponses.test.inspectorScreenshot=$PWD/docs/images/inspector.png
 * </pre>
 */
@EnabledIfSystemProperty(named = InspectorScreenshotTest.TARGET, matches = ".+")
class InspectorScreenshotTest {

  static final String TARGET = "responses.test.inspectorScreenshot";

  @Test
  void pictureOfAStreamsTimeline() throws Exception {
    Cassette weather = Cassette.of("weather", List.of(new Interaction("001-paris", "POST",
        "/v1/responses", "", "{\"model\":\"gpt-5.4-mini\",\"input\":\"Weather in Paris?\"}",
        Reply.json(200, "{}"))));
    ChromeDriver browser = HeadlessChromium.start();
    try (FakeServerFixture fixture = new FakeServerFixture(
        FakeResponsesServer.builder().cassette(weather).start(), builder -> { })) {
      fixture.server.enqueue(Reply.text("A light jacket: sunny, 21 °C."));
      fixture.client.create(ResponsesClientTest.request("What should I wear in Paris today?"));
      fixture.server.enqueue(Reply.builder()
          .text("Rain in Lyon this morning, then sun from noon; 18 °C at most.")
          .chunks(9).build());
      try (ResponseStream stream = fixture.client.stream(
          ResponsesClientTest.request("And in Lyon? Stream it, please."))) {
        stream.finalResponse();
      }
      assertThatThrownBy(() -> fixture.client.create(
          ResponsesClientTest.request("Weather in Marseille?")))
          .isInstanceOf(BadRequestException.class);

      InspectorScreen page = new InspectorScreen(browser);
      page.open(fixture.server);
      page.viewport(1280, 800);
      page.waitForText(By.id("count"), "3 requests");
      page.select(2);
      page.waitForText(By.cssSelector("[data-field=ending]"), "complete");
      // the response and its timeline in view; the list still shows which request it is
      browser.executeScript("document.activeElement.blur();"
          + " const pane = document.getElementById('detail');"
          + " pane.scrollTop = document.getElementById('response').offsetTop - pane.offsetTop"
          + " - 8;");

      Path target = Path.of(System.getProperty(TARGET));
      Files.createDirectories(target.toAbsolutePath().getParent());
      Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
      assertThat(target).isNotEmptyFile();
    } finally {
      browser.quit();
    }
  }
}
