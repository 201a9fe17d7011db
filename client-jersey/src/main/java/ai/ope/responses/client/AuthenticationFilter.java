package ai.ope.responses.client;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Adds the API's headers to every request: the credential (a bearer key, a gateway's key header
 * or a supplied token, asked for on every attempt), organization, project, user agent. A header
 * the request already has (set per call) is left as it is.
 */
@Priority(Priorities.AUTHENTICATION)
final class AuthenticationFilter implements ClientRequestFilter {

  private final Authentication authentication;
  private final String organization;
  private final String project;

  AuthenticationFilter(Authentication authentication, String organization, String project) {
    this.authentication = authentication;
    this.organization = organization;
    this.project = project;
  }

  @Override
  public void filter(ClientRequestContext request) {
    MultivaluedMap<String, Object> headers = request.getHeaders();
    String header = authentication.header();
    if (headers.keySet().stream().noneMatch(header::equalsIgnoreCase)) {
      // asked only when needed: a supplier may fetch a token
      headers.putSingle(header, authentication.value());
    }
    putIfAbsent(headers, "OpenAI-Organization", organization);
    putIfAbsent(headers, "OpenAI-Project", project);
    putIfAbsent(headers, HttpHeaders.USER_AGENT, ClientVersion.USER_AGENT);
  }

  private static void putIfAbsent(MultivaluedMap<String, Object> headers, String name,
      String value) {
    if (value != null && headers.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
      headers.putSingle(name, value);
    }
  }

  @Override
  public String toString() {
    return "AuthenticationFilter[" + authentication + "]";
  }
}
