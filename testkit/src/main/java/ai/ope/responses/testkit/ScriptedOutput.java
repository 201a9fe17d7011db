package ai.ope.responses.testkit;

/** One output item of a scripted reply, before ids and events are given to it. */
sealed interface ScriptedOutput {

  /** An assistant message with one {@code output_text} part. */
  record Text(String text) implements ScriptedOutput {}

  /** An assistant message with one {@code refusal} part. */
  record Refusal(String refusal) implements ScriptedOutput {}

  /** A call of a function tool; a null call id gets a generated one. */
  record FunctionCall(String name, String arguments, String callId) implements ScriptedOutput {}

  /** A reasoning item with a summary. */
  record Reasoning(String summary) implements ScriptedOutput {}
}
