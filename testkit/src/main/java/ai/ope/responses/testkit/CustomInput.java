package ai.ope.responses.testkit;

import ai.ope.responses.api.CustomToolFormat;
import java.util.List;

/**
 * The free-form input of a custom tool call made by the built-in model: the last user message
 * (or {@code "example input"} without one) for a tool of unconstrained text; for a
 * {@code regex} grammar, a string the whole regex matches ({@link RegexExample}), the message
 * when it does. A {@code lark} grammar is not parsed: the input is the message, whether or not
 * the grammar accepts it.
 */
final class CustomInput {

  private CustomInput() {}

  static String of(CustomToolFormat format, String lastUserText) {
    String text = lastUserText.isEmpty() ? "example input" : lastUserText;
    if (format instanceof CustomToolFormat.Grammar grammar && "regex".equals(grammar.syntax())
        && grammar.definition() != null) {
      return RegexExample.of("^(?:" + grammar.definition() + ")$", 0, Integer.MAX_VALUE, 0,
          List.of(text)).orElse(text);
    }
    return text;
  }
}
