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
 * Every Java code block of the README compiles against the library, so the README cannot rot.
 * Each block becomes a class: its type declarations and annotated methods are members, its other
 * lines the body of a method that has a {@code client} and a {@code request} at hand, as the
 * README's prose assumes.
 */
class ReadmeSnippetsTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern DECLARATION = Pattern.compile(
      "(?:public\\s+|final\\s+|static\\s+)*(?:class|record|interface|enum)\\s+\\w+");

  private static final String IMPORTS = String.join("\n",
      "package readme;",
      "import static org.assertj.core.api.Assertions.*;",
      "import ai.ope.responses.api.*;",
      "import ai.ope.responses.api.schema.*;",
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
    String name = "Snippet" + readmeLine;
    StringBuilder members = new StringBuilder();
    StringBuilder statements = new StringBuilder();
    split(code, members, statements);
    String text = IMPORTS + "class " + name + " {\n" + members
        + "  ResponsesClient client;\n"
        + "  CreateResponseRequest request;\n"
        + "  void run() throws Exception {\n" + statements + "  }\n}\n";
    return new SimpleJavaFileObject(URI.create("string:///readme/" + name + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }

      @Override
      public String toString() {
        return "README.md block at line " + readmeLine;
      }
    };
  }

  /**
   * Splits a block into declarations (types, annotated methods: members of the wrapping class)
   * and statements (the body of its method), by the lines that start them at brace depth 0.
   */
  private static void split(String code, StringBuilder members, StringBuilder statements) {
    int depth = 0;
    boolean inMember = false;
    boolean memberOpened = false;
    for (String line : code.split("\n", -1)) {
      String trimmed = line.strip();
      if (depth == 0 && !inMember && (trimmed.startsWith("@")
          || DECLARATION.matcher(trimmed).lookingAt())) {
        inMember = true;
        memberOpened = false;
      }
      (inMember ? members : statements).append(line).append('\n');
      int change = braces(line);
      depth += change;
      memberOpened |= inMember && line.indexOf('{') >= 0;
      if (inMember && memberOpened && depth == 0) {
        inMember = false;
      }
    }
  }

  /** Opening minus closing braces outside string and character literals. */
  private static int braces(String line) {
    int count = 0;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
        break;
      } else if (c == '{') {
        count++;
      } else if (c == '}') {
        count--;
      }
    }
    return count;
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
