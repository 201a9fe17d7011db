package ai.ope.responses.api;

import java.util.List;

/** Text extraction shared by the types that hold content parts. */
final class ContentParts {

  private ContentParts() {}

  /** The text parts ({@code input_text}, {@code output_text}, {@code text}) concatenated. */
  static String text(List<ContentPart> parts) {
    if (parts == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (ContentPart part : parts) {
      String piece = null;
      if (part instanceof OutputText outputText) {
        piece = outputText.text();
      } else if (part instanceof InputText inputText) {
        piece = inputText.text();
      } else if (part instanceof PlainText plainText) {
        piece = plainText.text();
      }
      if (piece != null) {
        text.append(piece);
      }
    }
    return text.toString();
  }
}
