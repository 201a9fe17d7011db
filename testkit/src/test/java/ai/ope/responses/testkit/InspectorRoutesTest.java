package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The inspector's routes: a browser asking for {@code /__admin/} gets the page under a policy
 * that runs no inline script, its script and style sheet come with their content types and are
 * never cached, and everyone else still gets the JSON listing.
 */
class InspectorRoutesTest {

  private static final FakeResponsesServer SERVER = FakeResponsesServer.start();

  /** What Chromium sends when it navigates to a page. */
  private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;"
      + "q=0.9,image/avif,image/webp,*/*;q=0.8";

  @AfterAll
  static void close() {
    SERVER.close();
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(Admin.at(SERVER, path)).GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    return Http.send(request);
  }

  @Test
  void aBrowserGetsThePageUnderAPolicyThatAllowsNoInlineScriptOrStyle() throws Exception {
    HttpResponse<String> page = get("", BROWSER_ACCEPT);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("cache-control")).hasValue("no-store");
    assertThat(page.headers().firstValue("content-security-policy")).hasValue(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'");
    assertThat(page.body()).contains("<script src=\"/__admin/inspector.js\"")
        .contains("href=\"/__admin/inspector.css\"")
        .doesNotContain("<style").doesNotContain(" style=").doesNotContain("onclick");
    assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page.body()).find())
        .as("an inline script, which the policy would block").isFalse();
  }

  @Test
  void everyFileThePageLoadsIsServed() throws Exception {
    Matcher links = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(get("", "text/html")
        .body());
    int found = 0;
    while (links.find()) {
      String path = links.group(1);
      if (path.equals("data:,")) {
        continue; // the empty icon, so that no browser asks the fake server for /favicon.ico
      }
      found++;
      assertThat(path).as("served by the admin API").startsWith("/__admin/");
      assertThat(get(path.substring("/__admin/".length()), null).statusCode()).as(path)
          .isEqualTo(200);
    }
    assertThat(found).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource({
      "inspector.js, text/javascript; charset=utf-8",
      "inspector.css, text/css; charset=utf-8"})
  void theAssetsComeFromTheClasspathWithTheirContentTypeAndAreNeverCached(String asset,
      String contentType) throws Exception {
    HttpResponse<String> answer = get(asset, null);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("content-type")).hasValue(contentType);
    assertThat(answer.headers().firstValue("cache-control")).hasValue("no-store");
    assertThat(answer.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    try (InputStream file = InspectorPage.class.getResourceAsStream("inspector/" + asset)) {
      assertThat(answer.body())
          .isEqualTo(new String(file.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @CsvSource(value = {"application/json", "*/*", "NONE"}, nullValues = "NONE")
  void scriptsAndCurlStillGetTheJsonListing(String accept) throws Exception {
    HttpResponse<String> answer = get("", accept);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(Admin.json(answer).getJsonArray("endpoints")).isNotEmpty();
  }

  @Test
  void anUnknownAssetIsAnUnknownEndpoint() throws Exception {
    HttpResponse<String> answer = get("inspector.png", "image/png");

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).contains("unknown_admin_endpoint");
    assertThat(SERVER.requests()).as("admin requests are not journaled").isEmpty();
  }

  @Test
  void theAssetsAreReadOnly() throws Exception {
    HttpResponse<String> answer = Admin.send(SERVER, "POST", "inspector.js", "");

    assertThat(answer.statusCode()).isEqualTo(405);
    assertThat(answer.headers().firstValue("allow")).hasValue("GET");
  }

  @Test
  void theScriptPutsNoTextIntoThePageAsMarkup() throws Exception {
    String script = get("inspector.js", null).body();

    // Bodies and headers are whatever a client sent: shown as text, they cannot run.
    assertThat(script).doesNotContain("innerHTML").doesNotContain("outerHTML")
        .doesNotContain("insertAdjacentHTML").doesNotContain("document.write")
        .doesNotContain("eval(").doesNotContain("new Function");
  }
}
