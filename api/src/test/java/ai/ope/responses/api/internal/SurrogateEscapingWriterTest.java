package ai.ope.responses.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Unpaired surrogates become escapes; pairs pass, also when a write splits them. */
class SurrogateEscapingWriterTest {

  @Test
  void pairsPassAndUnpairedSurrogatesAreEscaped() throws IOException {
    assertThat(escaped("a😀b")).isEqualTo("a😀b");
    assertThat(escaped("a\ud83d^b")).isEqualTo("a\\ud83d^b");
    assertThat(escaped("\ude00x\ud83d")).isEqualTo("\\ude00x\\ud83d");
    assertThat(escaped("\ud83d\ud83d\ude00")).isEqualTo("\\ud83d😀");
  }

  @Test
  void aPairSplitAcrossWritesStaysAPair() throws IOException {
    StringWriter out = new StringWriter();
    try (SurrogateEscapingWriter writer = new SurrogateEscapingWriter(out)) {
      writer.write("x\ud83d");
      writer.write("\ude00y\ud83d");
      writer.write("z");
      writer.write('\ud83d');
    }

    assertThat(out.toString()).isEqualTo("x😀y\\ud83dz\\ud83d");
  }

  private static String escaped(String text) throws IOException {
    StringWriter out = new StringWriter();
    try (SurrogateEscapingWriter writer = new SurrogateEscapingWriter(out)) {
      writer.write(text);
    }
    return out.toString();
  }
}
