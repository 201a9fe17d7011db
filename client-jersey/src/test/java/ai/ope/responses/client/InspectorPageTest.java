package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.Response;
import ai.ope.responses.testkit.Cassette;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Interaction;
import ai.ope.responses.testkit.Reply;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The fake server's inspector page in a real headless Chromium: requests our client makes show
 * up live with what answered them, a stream with its timeline, a strict-mode miss with its
 * differences; Reset and the queue form act on the server; markup in a body stays text.
 */
class InspectorPageTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static ChromeDriver browser;
  private static InspectorScreen page;

  /** One browser for the class, started by the first test; each test is skipped without one. */
  @BeforeEach
  void startBrowser() {
    if (browser == null) {
      browser = HeadlessChromium.start();
      page = new InspectorScreen(browser);
    }
  }

  @AfterAll
  static void quitBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aCreateAndAStreamAppearWithWhatAnsweredThemAndTheStreamsTimeline() {
    try (FakeServerFixture fixture = new FakeServerFixture()) {
      fixture.server.enqueue(Reply.text("Sunny in Paris."));
      fixture.server.enqueue(Reply.text("Rain in Lyon, then sun."));
      fixture.client.create(ResponsesClientTest.request("Weather in Paris?"));
      try (ResponseStream stream = fixture.client.stream(
          ResponsesClientTest.request("Weather in Lyon?"))) {
        assertThat(stream.finalResponse().outputText()).isEqualTo("Rain in Lyon, then sun.");
      }

      page.open(fixture.server);
      page.waitForText(By.id("count"), "2 requests");
      assertThat(page.listedSequences()).as("newest first").containsExactly(2, 1);

      page.select(2);
      page.waitForText(By.cssSelector("[data-field=ending]"), "complete");
      assertThat(page.field("answered-by")).isEqualTo("queued reply #2");
      assertThat(page.field("response-status")).isEqualTo("200");
      List<List<String>> timeline = page.timeline();
      assertThat(timeline).extracting(row -> row.get(1)).startsWith("response.created")
          .contains("response.output_text.delta").endsWith("response.completed");
      List<Integer> sequenceNumbers = timeline.stream().map(row -> Integer.valueOf(row.get(2)))
          .toList();
      assertThat(sequenceNumbers).as("sequence numbers").isSorted().doesNotHaveDuplicates();
      List<String> textSoFar = timeline.stream().map(row -> row.get(4))
          .filter(text -> !text.isEmpty()).toList();
      assertThat(textSoFar).hasSizeGreaterThan(1).last().isEqualTo("Rain in Lyon, then sun.");
      assertThat(textSoFar.get(0)).isNotEqualTo("Rain in Lyon, then sun.");
      assertThat(page.text(By.id("final-text"))).isEqualTo("Rain in Lyon, then sun.");

      page.select(1);
      page.waitForText(By.cssSelector("[data-field=answered-by]"), "queued reply #1");
      assertThat(page.text(By.id("request-body"))).contains("\"input\": \"Weather in Paris?\"");
      assertThat(page.text(By.id("response-body"))).contains("Sunny in Paris.");
      assertThat(page.rows(By.cssSelector("#request-headers tr")))
          .contains(List.of("authorization", "withheld (a credential)"));
      assertThat(browser.getPageSource()).doesNotContain(FakeServerFixture.KEY);
    }
  }

  @Test
  void aStrictModeMissShowsTheNearestInteractionAndTheDifferences() {
    Cassette weather = Cassette.of("weather", List.of(new Interaction("001-paris", "POST",
        "/v1/responses", "", "{\"model\":\"gpt-5.4-mini\",\"input\":\"Weather in Paris?\"}",
        Reply.json(200, "{}"))));
    try (FakeServerFixture fixture = new FakeServerFixture(
        FakeResponsesServer.builder().cassette(weather).start(), builder -> { })) {
      assertThatThrownBy(() -> fixture.client.create(
          ResponsesClientTest.request("Weather in Lyon?")))
          .isInstanceOf(BadRequestException.class);

      page.open(fixture.server);
      page.waitForText(By.id("count"), "1 request");
      page.select(1);

      page.waitForText(By.cssSelector("[data-field=nearest]"), "001-paris");
      assertThat(page.field("status")).isEqualTo("400");
      assertThat(page.rows(By.cssSelector("#strict-miss tbody tr")))
          .contains(List.of("/input", "\"Weather in Paris?\"", "\"Weather in Lyon?\""));
    }
  }

  @Test
  void theLoadedViewShowsTheQueueTheCassettesAndTheSettings() {
    Cassette weather = Cassette.of("weather", List.of(
        new Interaction("001-paris", "POST", "/v1/responses", "", "{\"input\":\"Paris?\"}",
            Reply.json(200, "{}")),
        new Interaction("002-lyon", "POST", "/v1/responses", "", "{\"input\":\"Lyon?\"}",
            Reply.json(200, "{}"))));
    try (FakeServerFixture fixture = new FakeServerFixture(
        FakeResponsesServer.builder().cassette(weather).start(), builder -> { })) {
      fixture.server.enqueue(Reply.text("Waiting in the queue."));
      page.open(fixture.server);

      browser.findElement(By.id("tab-loaded")).click();

      page.waitForText(By.id("state"), "001-paris");
      assertThat(page.rows(By.cssSelector("#replies tbody tr"))).singleElement()
          .satisfies(row -> assertThat(row.get(1)).contains("Waiting in the queue."));
      assertThat(page.rows(By.cssSelector(".cassette tbody tr")))
          .containsExactly(List.of("001-paris", "POST", "/v1/responses", "no", "not used"),
              List.of("002-lyon", "POST", "/v1/responses", "no", "not used"));
      assertThat(page.rows(By.cssSelector("#settings tbody tr")))
          .contains(List.of("fallback", "strict"));
      assertThat(browser.findElement(By.id("requests-view")).isDisplayed()).isFalse();
    }
  }

  @Test
  void resetEmptiesTheJournalAndTheQueueOfTheServer() throws Exception {
    try (FakeServerFixture fixture = new FakeServerFixture()) {
      fixture.server.enqueue(Reply.text("Answered."));
      fixture.server.enqueue(Reply.text("Still queued."));
      fixture.client.create(ResponsesClientTest.request("Hi"));
      page.open(fixture.server);
      page.waitForText(By.id("count"), "1 request");

      browser.findElement(By.id("reset")).click();

      page.waitForText(By.id("notice"), "Reset");
      assertThat(page.text(By.id("count"))).isEqualTo("0 requests");
      assertThat(fixture.server.requests()).isEmpty();
      assertThat(adminGet(fixture.server, "replies")).isEqualTo("{\"replies\":[]}");
    }
  }

  @Test
  void aReplyQueuedFromThePageAnswersTheNextRequestAndARefusalSaysWhy() {
    try (FakeServerFixture fixture = new FakeServerFixture()) {
      page.open(fixture.server);
      browser.findElement(By.cssSelector("#queue summary")).click();
      WebElement text = browser.findElement(By.id("queue-text"));
      text.clear();
      text.sendKeys("Queued from the page.");
      browser.findElement(By.id("queue-submit")).click();
      page.waitForText(By.id("queue-result"), "Queued as reply #1");

      Response answer = fixture.client.create(ResponsesClientTest.request("Hi"));

      assertThat(answer.outputText()).isEqualTo("Queued from the page.");
      page.waitForText(By.id("count"), "1 request");

      new Select(browser.findElement(By.id("queue-kind"))).selectByValue("error");
      WebElement status = browser.findElement(By.id("queue-status"));
      status.clear();
      status.sendKeys("200");
      browser.findElement(By.id("queue-submit")).click();
      page.waitForText(By.id("queue-result"), "Refused:");
      assertThat(page.text(By.id("queue-result"))).contains("error.status").contains(">= 400");
    }
  }

  @Test
  void markupInABodyIsShownAsTextAndRunsNothing() {
    String payload = "<img src=x onerror=\"window.__xss='img'\">"
        + "<script>window.__xss='script'</script><b>bold?</b>";
    try (FakeServerFixture fixture = new FakeServerFixture()) {
      fixture.server.enqueue(Reply.text(payload));
      fixture.client.create(ResponsesClientTest.request(payload));
      page.open(fixture.server);
      page.waitForText(By.id("count"), "1 request");
      page.select(1);
      page.waitForText(By.id("request-body"), "<script>");

      assertThat(page.text(By.id("request-body"))).contains(payload.replace("\"", "\\\""));
      assertThat(page.text(By.id("response-body"))).contains("<img src=x onerror=");
      assertThat(browser.findElements(By.cssSelector("#detail img, #detail script, #detail b")))
          .isEmpty();
      assertThat(browser.executeScript("return window.__xss === undefined")).isEqualTo(true);
    }
  }

  @Test
  void aHugeBodyIsCutAndBytesThatAreNotUtf8AreEscapedEachWithANote() {
    byte[] notUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
    try (FakeServerFixture fixture = new FakeServerFixture()) {
      fixture.server.enqueue(Reply.text("A long read."));
      fixture.server.enqueue(Reply.json(200, notUtf8));
      fixture.client.create(ResponsesClientTest.request("x".repeat(300_000)));
      try {
        fixture.client.create(ResponsesClientTest.request("Bytes?"));
      } catch (ResponsesException unreadable) {
        // what the client makes of these bytes is not this test's concern; the page's is
      }
      page.open(fixture.server);

      page.select(1);
      assertThat(page.text(By.cssSelector("#detail .note")))
          .startsWith("Shown: the first 200 KB of");
      page.select(2);
      page.waitForText(By.cssSelector("#detail .note"), "Not valid UTF-8");
      assertThat(page.text(By.id("response-body"))).isEqualTo("{\"a\":\"\\xff\\xfe\"}");
    }
  }

  private static String adminGet(FakeResponsesServer server, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve("/__admin/" + path))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
  }
}
