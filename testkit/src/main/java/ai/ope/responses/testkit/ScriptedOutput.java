package ai.ope.responses.testkit;

/** One output item of a scripted reply, before ids and events are given to it. */
sealed interface ScriptedOutput {

  /** An assistant message with one {@code output_text} part. */
  record Text(String text) implements ScriptedOutput {}

  /** An assistant message with one {@code refusal} part. */
  record Refusal(String refusal) implements ScriptedOutput {}

  /** A call of a function tool; a null call id gets a generated one. */
  record FunctionCall(String name, String arguments, String callId) implements ScriptedOutput {}

  /** A call of a custom tool with free-form input; a null call id gets a generated one. */
  record CustomToolCall(String name, String input, String callId) implements ScriptedOutput {}

  /**
   * A reasoning item.
   *
   * @param summary the summary text, or null for an item with an empty summary list
   * @param hiddenTokens reasoning tokens spent beyond those of the summary
   */
  record Reasoning(String summary, int hiddenTokens) implements ScriptedOutput {}
}
