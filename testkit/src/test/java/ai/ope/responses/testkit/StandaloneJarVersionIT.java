package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged standalone jar names the version it was built as, so a bug report can say which
 * fake server answered.
 */
class StandaloneJarVersionIT {

  @Test
  void versionPrintsTheBuiltVersion() throws Exception {
    String expected = System.getProperty("responses.project.version");
    assertThat(expected).as("set by the testkit POM's failsafe configuration").isNotBlank();

    for (String option : new String[] {"-V", "--version"}) {
      Process process = new ProcessBuilder(java(), "-jar", standaloneJar().toString(), option)
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output.strip()).as(option).isEqualTo("responses-testkit " + expected);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Path standaloneJar() throws Exception {
    try (Stream<Path> jars = Files.list(Path.of("target"))) {
      return jars.filter(file -> file.toString().endsWith("-standalone.jar")).findFirst()
          .orElseThrow(() -> new AssertionError("no standalone jar in target/: run mvn package"));
    }
  }
}
