package ai.ope.responses.client.cdi;

import ai.ope.responses.client.ClientCall;
import ai.ope.responses.client.ResponsesClientListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An application's audit log as a listener bean: notes each call that ended, and how. */
@ApplicationScoped
public class AuditListener implements ResponsesClientListener {

  static final List<String> ENDED = new CopyOnWriteArrayList<>();

  /** Created by the container. */
  public AuditListener() {}

  @Override
  public void onCallEnd(ClientCall call, Object result, RuntimeException failure) {
    ENDED.add(call.method() + " " + call.endpoint().getPath() + " "
        + (failure == null ? "ok" : failure.getClass().getSimpleName()));
  }
}
