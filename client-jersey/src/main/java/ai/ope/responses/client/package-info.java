/**
 * The Jersey client of the Responses API: {@link ai.ope.responses.client.ResponsesClient} (built
 * with {@link ai.ope.responses.client.ResponsesClientBuilder}), the JAX-RS
 * {@link ai.ope.responses.client.ResponsesFeature} for clients the application already has, and
 * the exceptions rooted at {@link ai.ope.responses.client.ResponsesException}.
 */
package ai.ope.responses.client;
