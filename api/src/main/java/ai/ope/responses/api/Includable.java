package ai.ope.responses.api;

/** Known values of a request's {@code include}: extra data to return with a response. */
public final class Includable {

  /** The matches of file search calls. */
  public static final String FILE_SEARCH_CALL_RESULTS = "file_search_call.results";
  /** The results of web search calls. */
  public static final String WEB_SEARCH_CALL_RESULTS = "web_search_call.results";
  /** The sources of web search actions. */
  public static final String WEB_SEARCH_CALL_ACTION_SOURCES = "web_search_call.action.sources";
  /** The URLs of input images. */
  public static final String MESSAGE_INPUT_IMAGE_URL = "message.input_image.image_url";
  /** The URLs of computer call screenshots. */
  public static final String COMPUTER_CALL_OUTPUT_IMAGE_URL =
      "computer_call_output.output.image_url";
  /** The outputs of code interpreter calls. */
  public static final String CODE_INTERPRETER_CALL_OUTPUTS = "code_interpreter_call.outputs";
  /** Encrypted reasoning, to replay reasoning items without server-side storage. */
  public static final String REASONING_ENCRYPTED_CONTENT = "reasoning.encrypted_content";
  /** Log probabilities of output tokens. */
  public static final String OUTPUT_TEXT_LOGPROBS = "message.output_text.logprobs";

  private Includable() {}
}
