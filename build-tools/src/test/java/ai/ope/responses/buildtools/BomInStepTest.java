package ai.ope.responses.buildtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM has no parent (importing it must not pin this project's own dependency versions on
 * users), so it repeats the parent's release metadata and version: this keeps the copies equal,
 * and the BOM managing every published module.
 */
class BomInStepTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void bomRepeatsTheParentsVersionAndReleaseMetadata() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml"));
    Element bom = pom(ROOT.resolve("bom/pom.xml"));

    for (String name : List.of("groupId", "version", "url", "inceptionYear", "organization",
        "licenses", "developers", "scm")) {
      assertThat(text(child(bom, name))).as(name).isEqualTo(text(child(parent, name)))
          .isNotBlank();
    }
    for (String property : List.of("project.build.outputTimestamp", "gpg-plugin.version",
        "central-publishing-plugin.version", "deploy-plugin.version", "install-plugin.version")) {
      assertThat(text(child(child(bom, "properties"), property))).as(property)
          .isEqualTo(text(child(child(parent, "properties"), property))).isNotBlank();
    }
  }

  @Test
  void bomManagesEveryPublishedModule() throws Exception {
    Element bom = pom(ROOT.resolve("bom/pom.xml"));
    List<String> managed = new ArrayList<>();
    NodeList ids = child(child(bom, "dependencyManagement"), "dependencies")
        .getElementsByTagName("artifactId");
    for (int i = 0; i < ids.getLength(); i++) {
      managed.add(ids.item(i).getTextContent());
    }

    assertThat(managed).containsExactly(
        "responses-api", "responses-client-jersey", "responses-testkit");
  }

  private static Element pom(Path file) throws Exception {
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(file.toFile());
    return document.getDocumentElement();
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
  }

  /** The element's text with its layout (indentation, line breaks) folded away. */
  private static String text(Element element) {
    return element.getTextContent().replaceAll("\\s+", " ").strip();
  }
}
