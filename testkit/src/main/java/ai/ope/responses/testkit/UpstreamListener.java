package ai.ope.responses.testkit;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;

/**
 * The upstream's side of a {@link SocketPassThrough}: its frames joined from fragments, its close,
 * its failure, each passed to the pass-through.
 */
final class UpstreamListener implements WebSocket.Listener {

  private final SocketPassThrough through;
  private final StringBuilder fragments = new StringBuilder();

  UpstreamListener(SocketPassThrough through) {
    this.through = through;
  }

  @Override
  public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
    fragments.append(data);
    if (last) {
      String text = fragments.toString();
      fragments.setLength(0);
      through.fromUpstream(text);
    }
    socket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
    through.upstreamClosed(code, reason);
    return null;
  }

  @Override
  public void onError(WebSocket socket, Throwable error) {
    through.upstreamDropped();
  }
}
