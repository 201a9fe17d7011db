package ai.ope.responses.testkit;

/**
 * Where a problem sits inside a JSON schema, written as the API writes it in its strict-schema
 * errors: a Python tuple of the keys that lead there, {@code ('properties', 'address')}, with
 * array positions as strings ({@code ('anyOf', '0')}), {@code ()} for the root and the trailing
 * comma of a one-element tuple ({@code ('items',)}).
 *
 * @param parent the enclosing context, or null for the root
 * @param step the key of this step, or null for the root
 */
record SchemaContext(SchemaContext parent, String step) {

  static final SchemaContext ROOT = new SchemaContext(null, null);

  /** The context some keys further down. */
  SchemaContext then(String... steps) {
    SchemaContext at = this;
    for (String each : steps) {
      at = new SchemaContext(at, each);
    }
    return at;
  }

  /** {@code In context=('properties', 'x'), } followed by the rule. */
  String says(String rule) {
    return "In context=" + this + ", " + rule;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    int steps = write(text);
    return "(" + text + (steps == 1 ? "," : "") + ")";
  }

  private int write(StringBuilder text) {
    if (parent == null) {
      return 0;
    }
    int before = parent.write(text);
    if (before > 0) {
      text.append(", ");
    }
    text.append(python(step));
    return before + 1;
  }

  /** A string as Python's {@code repr} writes it (the API's messages come from Python). */
  static String python(String value) {
    char quote = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder text = new StringBuilder().append(quote);
    value.codePoints().forEach(c -> {
      if (c == '\\' || c == quote) {
        text.append('\\').appendCodePoint(c);
      } else if (c == '\n') {
        text.append("\\n");
      } else if (c == '\r') {
        text.append("\\r");
      } else if (c == '\t') {
        text.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        text.append(String.format("\\x%02x", c));
      } else {
        text.appendCodePoint(c);
      }
    });
    return text.append(quote).toString();
  }
}
