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
 * Every Java code block of the README compiles against the library as printed, with no import
 * added, so the README cannot rot and a reader can copy its imports. Each block becomes a class:
 * its imports head the file, its type declarations and annotated methods are members, its other
 * lines the body of a method that has a {@code client} and a {@code request} at hand, as the
 * README's prose assumes (the wrapper names their types in full, importing nothing).
 */
class ReadmeSnippetsTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern DECLARATION = Pattern.compile(
      "(?:public\\s+|final\\s+|static\\s+)*(?:class|record|interface|enum)\\s+\\w+");

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
    StringBuilder imports = new StringBuilder();
    StringBuilder members = new StringBuilder();
    StringBuilder statements = new StringBuilder();
    split(code, imports, members, statements);
    String text = "package readme;\n" + imports + "class " + name + " {\n" + members
        + "  ai.ope.responses.client.ResponsesClient client;\n"
        + "  ai.ope.responses.api.CreateResponseRequest request;\n"
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
   * Splits a block into imports, declarations (types, annotated methods: members of the wrapping
   * class) and statements (the body of its method), by the lines that start them at brace depth
   * 0.
   */
  private static void split(String code, StringBuilder imports, StringBuilder members,
      StringBuilder statements) {
    int depth = 0;
    boolean inMember = false;
    boolean memberOpened = false;
    Braces braces = new Braces();
    for (String line : code.split("\n", -1)) {
      String trimmed = line.strip();
      if (depth == 0 && !inMember && trimmed.startsWith("import ")) {
        imports.append(line).append('\n');
        continue;
      }
      if (depth == 0 && !inMember && (trimmed.startsWith("@")
          || DECLARATION.matcher(trimmed).lookingAt())) {
        inMember = true;
        memberOpened = false;
      }
      (inMember ? members : statements).append(line).append('\n');
      int change = braces.count(line);
      depth += change;
      memberOpened |= inMember && line.indexOf('{') >= 0;
      if (inMember && memberOpened && depth == 0) {
        inMember = false;
      }
    }
  }

  /**
   * Counts opening minus closing braces outside literals, line by line; a text block's lines
   * ({@code """}) are inside a literal until it closes.
   */
  private static final class Braces {

    private boolean inTextBlock;

    int count(String line) {
      int count = 0;
      char quote = 0;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (line.startsWith("\"\"\"", i) && quote == 0) {
          inTextBlock = !inTextBlock;
          i += 2;
        } else if (inTextBlock) {
          i += c == '\\' ? 1 : 0;
        } else if (quote != 0) {
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
