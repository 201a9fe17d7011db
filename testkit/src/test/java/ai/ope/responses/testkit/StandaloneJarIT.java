package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged standalone jar, run as users run it: {@code java -jar … serve --port 0}; it prints
 * its URL and its admin API's, answers a client, is scripted over HTTP, and stops when the
 * process is told to.
 */
class StandaloneJarIT {

  @Test
  void theStandaloneJarServesAndStops() throws Exception {
    Process process = jar("serve", "--port", "0").start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String startup = out.readLine();
      Matcher url =
          Pattern.compile("listening on (http://\\S+/v1)").matcher(String.valueOf(startup));
      assertThat(url.find()).as(startup).isTrue();

      HttpResponse<String> answer = Http.post(URI.create(url.group(1) + "/responses"),
          "{\"model\":\"m\",\"input\":\"hello jar\",\"stream\":true}");

      assertThat(answer.body()).contains("event: response.completed", "You said: hello jar");
    } finally {
      process.destroy();
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
    }
  }

  @Test
  void theStandaloneJarIsScriptedOverItsAdminApi() throws Exception {
    Process process = jar("serve", "--port", "0").start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String startup = out.readLine();
      String adminLine = out.readLine();
      Matcher url =
          Pattern.compile("listening on (http://\\S+/v1)").matcher(String.valueOf(startup));
      Matcher admin = Pattern.compile("^Admin API: (http://\\S+/__admin/) ")
          .matcher(String.valueOf(adminLine));
      assertThat(url.find()).as(startup).isTrue();
      assertThat(admin.find()).as(adminLine).isTrue();

      HttpResponse<String> queued = Http.post(URI.create(admin.group(1) + "replies"),
          "{\"text\":\"Scripted over HTTP.\"}");
      HttpResponse<String> answer = Http.post(URI.create(url.group(1) + "/responses"),
          "{\"model\":\"m\",\"input\":\"hello jar\"}");
      HttpResponse<String> journal = Http.get(URI.create(admin.group(1) + "requests"));
      HttpResponse<String> reset = Http.post(URI.create(admin.group(1) + "reset"), "");
      HttpResponse<String> cleared = Http.get(URI.create(admin.group(1) + "requests"));

      assertThat(queued.statusCode()).as(queued.body()).isEqualTo(201);
      assertThat(answer.body()).contains("\"text\":\"Scripted over HTTP.\"");
      assertThat(journal.body()).contains("\"path\":\"/v1/responses\"",
          "\"input\":\"hello jar\"", "\"status\":200", "\"answered_by\":\"queued reply #1\"");
      assertThat(reset.statusCode()).isEqualTo(200);
      assertThat(cleared.body()).startsWith("{\"requests\":[]");
    } finally {
      process.destroy();
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
    }
  }

  @Test
  void theStandaloneJarLintsACassette() throws Exception {
    Process process = jar("lint", "src/test/resources/cassettes/weather").start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("2 interactions, 0 defects");
  }

  private static ProcessBuilder jar(String... arguments) throws Exception {
    Path jar;
    try (Stream<Path> jars = Files.list(Path.of("target"))) {
      jar = jars.filter(file -> file.toString().endsWith("-standalone.jar")).findFirst()
          .orElseThrow(() -> new AssertionError("no standalone jar in target/: run mvn package"));
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString()));
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }
}
