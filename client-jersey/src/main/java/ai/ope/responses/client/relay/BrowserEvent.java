package ai.ope.responses.client.relay;

/**
 * One server-sent event as a browser receives it: the {@code event:} name its listener is
 * registered under, and the {@code data:} text. The relay adds the {@code id:} itself (the model
 * event's sequence number).
 *
 * @param name the event name, e.g. {@code delta}; one line, not blank
 * @param data the data, any text (the container splits lines into several {@code data:} fields,
 *     which a browser joins with {@code \n})
 */
public record BrowserEvent(String name, String data) {

  /**
   * Checks the value.
   *
   * @param name the event name, e.g. {@code delta}; one line, not blank
   * @param data the data, any text
   * @throws IllegalArgumentException when the name is blank or holds a line break (it would end
   *     the SSE field and corrupt the stream), or a value is null
   */
  public BrowserEvent {
    if (name == null || name.isBlank() || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "a browser event needs a one-line, non-blank name, not " + shown(name));
    }
    if (data == null) {
      throw new IllegalArgumentException("the browser event '" + name + "' needs data (may be"
          + " empty, not null)");
    }
  }

  private static String shown(String name) {
    return name == null ? "null" : "'" + name.replace("\n", "\\n").replace("\r", "\\r") + "'";
  }

  @Override
  public String toString() {
    return "BrowserEvent[" + name + ", " + data.length() + " chars]";
  }
}
