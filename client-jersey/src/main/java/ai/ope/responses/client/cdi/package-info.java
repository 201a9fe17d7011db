/**
 * CDI integration: {@link ai.ope.responses.client.cdi.ResponsesCdiExtension} makes
 * {@code @Inject ResponsesClient} work in any CDI container, configured through MicroProfile
 * Config ({@code opeai.responses.*}) when present; {@link
 * ai.ope.responses.client.cdi.ResponsesClientName} selects named clients.
 */
package ai.ope.responses.client.cdi;
