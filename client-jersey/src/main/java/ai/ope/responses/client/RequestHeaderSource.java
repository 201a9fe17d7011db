package ai.ope.responses.client;

import java.util.function.BiConsumer;

/**
 * A listener that also adds headers to each attempt of a call: the trace context. Internal, so
 * that no user listener can set or see the credentials the request carries.
 */
interface RequestHeaderSource {

  /**
   * Adds headers to an attempt about to be sent.
   *
   * @param call the call
   * @param header takes each header's name and value
   */
  void addHeaders(ClientCall call, BiConsumer<String, String> header);
}
