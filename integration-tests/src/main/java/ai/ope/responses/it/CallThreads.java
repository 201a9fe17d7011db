package ai.ope.responses.it;

import ai.ope.responses.client.ClientCall;
import ai.ope.responses.client.ResponsesClientListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Notes on which thread each call ran: a listener bean, so the CDI extension registers it on
 * every injected client. A call started on a container-managed thread can look up
 * {@code java:comp} names; a thread the library made itself cannot.
 */
@ApplicationScoped
public class CallThreads implements ResponsesClientListener {

  private final Map<Object, String> byRequest = Collections.synchronizedMap(new IdentityHashMap<>());

  /** Created by the container. */
  public CallThreads() {}

  @Override
  public void onCallStart(ClientCall call) {
    call.request().ifPresent(request -> byRequest.put(request, describeCurrentThread()));
  }

  /**
   * Where the call that sent this request object started, forgotten once asked.
   *
   * @param request the request object handed to the client
   * @return {@code thread=NAME managed=true|false}, or {@code unknown}
   */
  public String takeThreadOf(Object request) {
    String seen = byRequest.remove(request);
    return seen == null ? "unknown" : seen;
  }

  private static String describeCurrentThread() {
    boolean managed;
    try {
      managed = new InitialContext().lookup("java:comp/DefaultManagedExecutorService") != null;
    } catch (NamingException | RuntimeException noComponentContext) {
      managed = false;
    }
    return "thread=" + Thread.currentThread().getName() + " managed=" + managed;
  }
}
