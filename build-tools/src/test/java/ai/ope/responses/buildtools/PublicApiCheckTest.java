package ai.ope.responses.buildtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small module compiled for each test: its description lists what users compile against and
 * nothing else, and a change to it fails the check until the pinned file is rewritten.
 */
class PublicApiCheckTest {

  private static final String MODULE_INFO = "module demo { exports demo.api; }";
  private static final String SHAPE = """
      package demo.api;
      public sealed interface Shape permits Circle {
        <T extends Comparable<T>> java.util.List<T> sorted(java.util.List<T> values);
      }
      """;
  private static final String CIRCLE = """
      package demo.api;
      public record Circle(double radius) implements Shape {
        public static final String TYPE = "circle";
        public <T extends Comparable<T>> java.util.List<T> sorted(java.util.List<T> values) {
          return values;
        }
        static Circle hidden() { return null; }
        public static final class Builder {
          private double radius;
          public Builder radius(double... radius) { return this; }
          private void secret() {}
        }
      }
      """;
  private static final String INTERNAL = """
      package demo.internal;
      public final class Codec { public void write() {} }
      """;

  @TempDir
  Path module;

  @Test
  void listsPublicTypesAndMembersOfExportedPackagesWithGenericsSorted() throws Exception {
    List<String> api = describe(CIRCLE);

    assertThat(api).containsExactly(
        "demo.api.Circle = public final record demo.api.Circle implements demo.api.Shape",
        "demo.api.Circle public <T extends java.lang.Comparable<T>> java.util.List<T>"
            + " sorted(java.util.List<T>)",
        "demo.api.Circle public Circle(double)",
        "demo.api.Circle public double radius()",
        "demo.api.Circle public final boolean equals(java.lang.Object)",
        "demo.api.Circle public final int hashCode()",
        "demo.api.Circle public final java.lang.String toString()",
        "demo.api.Circle public static final java.lang.String TYPE",
        "demo.api.Circle$Builder = public static final class demo.api.Circle$Builder",
        "demo.api.Circle$Builder public Builder()",
        "demo.api.Circle$Builder public demo.api.Circle$Builder radius(double...)",
        "demo.api.Shape = public sealed interface demo.api.Shape permits demo.api.Circle",
        "demo.api.Shape public abstract <T extends java.lang.Comparable<T>> java.util.List<T>"
            + " sorted(java.util.List<T>)");
  }

  @Test
  void aChangedApiFailsWithTheDifferenceUntilThePinnedFileIsRewritten() throws Exception {
    compile(CIRCLE);
    PublicApiCheck.verify("demo", module, loader(), true);
    Path pinned = module.resolve("api/demo.api");
    assertThat(pinned).exists();
    PublicApiCheck.verify("demo", module, loader(), false);

    compile(CIRCLE.replace("static Circle hidden()", "public static Circle circle()"));

    assertThatThrownBy(() -> PublicApiCheck.verify("demo", module, loader(), false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("The public API of demo differs from " + pinned)
        .hasMessageContaining("+ demo.api.Circle public static demo.api.Circle circle()")
        .hasMessageContaining("-Dapi.update=true");
    assertThat(module.resolve("target/api/demo.api")).content(StandardCharsets.UTF_8)
        .contains("circle()");

    PublicApiCheck.verify("demo", module, loader(), true);
    PublicApiCheck.verify("demo", module, loader(), false);
    assertThat(pinned).content(StandardCharsets.UTF_8).contains("circle()");
  }

  @Test
  void aMissingPinnedFileFailsSayingSo() throws Exception {
    compile(CIRCLE);

    assertThatThrownBy(() -> PublicApiCheck.verify("demo", module, loader(), false))
        .hasMessageContaining("(missing)").hasMessageContaining("+ demo.api.Shape = ");
  }

  private List<String> describe(String circle) throws IOException {
    compile(circle);
    try (URLClassLoader loader = loader()) {
      return PublicApi.describe(module.resolve("target/classes"), loader);
    }
  }

  private void compile(String circle) throws IOException {
    Path sources = module.resolve("src");
    Path classes = module.resolve("target/classes");
    List<Path> files = List.of(write(sources.resolve("module-info.java"), MODULE_INFO),
        write(sources.resolve("demo/api/Shape.java"), SHAPE),
        write(sources.resolve("demo/api/Circle.java"), circle),
        write(sources.resolve("demo/internal/Codec.java"), INTERNAL));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new java.util.ArrayList<>(List.of("-d", classes.toString()));
    files.forEach(file -> arguments.add(file.toString()));
    assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).isZero();
  }

  private URLClassLoader loader() throws IOException {
    URL classes = module.resolve("target/classes").toUri().toURL();
    return new URLClassLoader(new URL[] {classes}, getClass().getClassLoader());
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
