package ai.ope.responses.client;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.glassfish.jersey.uri.UriComponent;

/**
 * Adds a client's {@link DefaultParameters} to every request: a header or query parameter the
 * request already has (set per call with {@link RequestOptions}) is left as it is.
 */
@Priority(Priorities.HEADER_DECORATOR)
final class DefaultsFilter implements ClientRequestFilter {

  private final DefaultParameters defaults;

  DefaultsFilter(DefaultParameters defaults) {
    this.defaults = defaults;
  }

  @Override
  public void filter(ClientRequestContext request) {
    MultivaluedMap<String, Object> headers = request.getHeaders();
    defaults.headers().forEach((name, value) -> {
      if (headers.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
        headers.putSingle(name, value);
      }
    });
    if (!defaults.queryParameters().isEmpty()) {
      request.setUri(withQuery(request.getUri()));
    }
  }

  private URI withQuery(URI uri) {
    String query = uri.getRawQuery();
    Set<String> present = new HashSet<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        present.add(UriComponent.decode(equals < 0 ? pair : pair.substring(0, equals),
            UriComponent.Type.QUERY_PARAM));
      }
    }
    StringBuilder added = new StringBuilder(query == null ? "" : query);
    for (Map.Entry<String, String> parameter : defaults.queryParameters().entrySet()) {
      if (present.add(parameter.getKey())) {
        added.append(added.length() == 0 ? "" : "&")
            .append(DefaultParameters.queryPair(parameter.getKey(), parameter.getValue()));
      }
    }
    String text = uri.toString();
    int hash = text.indexOf('#');
    String withoutFragment = hash < 0 ? text : text.substring(0, hash);
    int question = withoutFragment.indexOf('?');
    String base = question < 0 ? withoutFragment : withoutFragment.substring(0, question);
    return URI.create(base + "?" + added);
  }

  @Override
  public String toString() {
    return "DefaultsFilter[" + defaults + "]";
  }
}
