package ai.ope.responses.client;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.DeletedResponse;
import ai.ope.responses.api.InputItemList;
import ai.ope.responses.api.InputTokenCount;
import ai.ope.responses.api.InputTokensRequest;
import ai.ope.responses.api.Response;

/**
 * The calls of {@link ResponsesClient}, each answering with its HTTP status and headers besides
 * the body ({@link ResponsesClient#withRawResponse()}). Errors, retries and timeouts are the
 * same; the status and headers are those of the attempt that succeeded.
 */
public interface RawResponsesClient {

  /**
   * {@link ResponsesClient#create(CreateResponseRequest, RequestOptions)}, with the headers.
   *
   * @param request the request
   * @param options timeouts, retries, headers for this call
   * @return the response and the answer's status and headers
   */
  RawResponse<Response> create(CreateResponseRequest request, RequestOptions options);

  /**
   * {@link ResponsesClient#stream(CreateResponseRequest, RequestOptions)}, with the headers,
   * known before the first event is read by the caller.
   *
   * @param request the request
   * @param options timeouts, retries, headers for this call
   * @return the open stream (close it) and the answer's status and headers
   */
  RawResponse<ResponseStream> stream(CreateResponseRequest request, RequestOptions options);

  /**
   * {@link ResponsesClient#retrieve(String, RequestOptions)}, with the headers.
   *
   * @param responseId the response id
   * @param options timeouts, retries, headers for this call
   * @return the response and the answer's status and headers
   */
  RawResponse<Response> retrieve(String responseId, RequestOptions options);

  /**
   * {@link ResponsesClient#delete(String, RequestOptions)}, with the headers.
   *
   * @param responseId the response id
   * @param options timeouts, retries, headers for this call
   * @return the confirmation and the answer's status and headers
   */
  RawResponse<DeletedResponse> delete(String responseId, RequestOptions options);

  /**
   * {@link ResponsesClient#cancel(String, RequestOptions)}, with the headers.
   *
   * @param responseId the response id
   * @param options timeouts, retries, headers for this call
   * @return the response and the answer's status and headers
   */
  RawResponse<Response> cancel(String responseId, RequestOptions options);

  /**
   * {@link ResponsesClient#listInputItems(String, InputItemsParams, RequestOptions)}, with the
   * headers.
   *
   * @param responseId the response id
   * @param params page size, order, cursor
   * @param options timeouts, retries, headers for this call
   * @return the page and the answer's status and headers
   */
  RawResponse<InputItemList> listInputItems(String responseId, InputItemsParams params,
      RequestOptions options);

  /**
   * {@link ResponsesClient#countInputTokens(InputTokensRequest, RequestOptions)}, with the
   * headers.
   *
   * @param request the input to count
   * @param options timeouts, retries, headers for this call
   * @return the count and the answer's status and headers
   */
  RawResponse<InputTokenCount> countInputTokens(InputTokensRequest request,
      RequestOptions options);
}
