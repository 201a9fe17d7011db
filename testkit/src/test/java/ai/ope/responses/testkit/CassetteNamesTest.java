package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cassette name that climbs out of its folder is refused, saying so, before any file is read. */
class CassetteNamesTest {

  private static final List<String> ESCAPING = List.of("../secrets", "cassettes/../../etc",
      "..", "", "//etc/passwd", "cassettes\\..\\..\\x", "C:/Windows");

  @Test
  void namesBelowTheRootResolveThere() {
    Path root = Path.of("src", "test", "resources");

    assertThat(Cassette.folderIn(root, "cassettes/weather"))
        .isEqualTo(root.resolve("cassettes/weather"));
    assertThat(Cassette.folderIn(root, "/cassettes/weather"))
        .isEqualTo(root.resolve("cassettes/weather"));
    assertThat(Cassette.fromClasspath("cassettes/weather").interactions()).hasSize(2);
  }

  @Test
  void namesThatEscapeAreRefused() {
    for (String name : ESCAPING) {
      assertThatThrownBy(() -> Cassette.folderIn(Path.of("resources"), name)).as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("leads outside the cassette folder");
      assertThatThrownBy(() -> Cassette.fromClasspath(name)).as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("leads outside the cassette folder");
    }
  }
}
