/**
 * The Jersey client of the Responses API: {@link ai.ope.responses.client.ResponsesClient} (built
 * with {@link ai.ope.responses.client.ResponsesClientBuilder}), its event streams
 * ({@link ai.ope.responses.client.ResponseStream}, {@link ai.ope.responses.client.StreamHandler},
 * a {@code Flow.Publisher}), the JAX-RS {@link ai.ope.responses.client.ResponsesFeature} for
 * clients the application already has, and the exceptions rooted at
 * {@link ai.ope.responses.client.ResponsesException} (for streams,
 * {@link ai.ope.responses.client.StreamException}).
 */
package ai.ope.responses.client;
