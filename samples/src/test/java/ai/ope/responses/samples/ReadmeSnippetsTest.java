package ai.ope.responses.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every Java code block of the README compiles against the library, so the README cannot rot. A
 * block declaring a type is compiled as a file, an annotated method inside a class, and any other
 * block as the body of a method that has a {@code client} and a {@code request} at hand, as the
 * README's prose assumes.
 */
class ReadmeSnippetsTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TYPE_DECLARATION = Pattern.compile(
      "^(?:public\\s+|final\\s+)*(?:class|record|interface)\\s+(\\w+)", Pattern.MULTILINE);

  private static final String IMPORTS = String.join("\n",
      "package readme;",
      "import static org.assertj.core.api.Assertions.*;",
      "import ai.ope.responses.api.*;",
      "import ai.ope.responses.api.stream.*;",
      "import ai.ope.responses.client.*;",
      "import ai.ope.responses.client.cdi.*;",
      "import ai.ope.responses.samples.*;",
      "import ai.ope.responses.testkit.*;",
      "import ai.ope.responses.testkit.junit.*;",
      "import jakarta.enterprise.context.*;",
      "import jakarta.inject.*;",
      "import java.net.URI;",
      "import java.time.Duration;",
      "import java.util.*;",
      "import org.junit.jupiter.api.*;",
      "");

  @Test
  void everyJavaBlockOfTheReadmeCompiles() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<JavaFileObject> sources = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(readme);
    while (block.find()) {
      int line = (int) readme.substring(0, block.start()).lines().count() + 2;
      sources.add(source(block.group(1), line));
    }
    assertThat(sources).as("Java blocks in the README").hasSizeGreaterThanOrEqualTo(6);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
    Path out = Files.createTempDirectory("readme-snippets");
    try (StandardJavaFileManager files = javac.getStandardFileManager(problems, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(null, files, problems,
          List.of("-proc:none", "-d", out.toString(), "-classpath", classPath()), null, sources)
          .call();

      assertThat(problems.getDiagnostics()).as("README code blocks that do not compile")
          .filteredOn(problem -> problem.getKind() == Diagnostic.Kind.ERROR)
          .extracting(ReadmeSnippetsTest::describe).isEmpty();
      assertThat(compiled).isTrue();
    }
  }

  private static JavaFileObject source(String code, int readmeLine) {
    Matcher type = TYPE_DECLARATION.matcher(code);
    String name;
    String text;
    if (type.find()) {
      name = type.group(1);
      text = IMPORTS + code;
    } else if (code.strip().startsWith("@")) {
      // an annotated method: a member of a class
      name = "Snippet" + readmeLine;
      text = IMPORTS + "class " + name + " {\n" + code + "}\n";
    } else {
      name = "Snippet" + readmeLine;
      text = IMPORTS + "class " + name + " {\n"
          + "  ResponsesClient client;\n"
          + "  CreateResponseRequest request;\n"
          + "  void run() throws Exception {\n" + code + "  }\n}\n";
    }
    return new SimpleJavaFileObject(URI.create("string:///readme/" + name + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }

      @Override
      public String toString() {
        return "README.md block at line " + readmeLine + " (" + name + ")";
      }
    };
  }

  private static String describe(Diagnostic<? extends JavaFileObject> problem) {
    return problem.getSource() + ", line " + problem.getLineNumber() + " of the compiled unit: "
        + problem.getMessage(Locale.ROOT);
  }

  /** The tests' class path: Surefire passes it apart when it launches through a manifest jar. */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire
        : System.getProperty("java.class.path");
  }
}
