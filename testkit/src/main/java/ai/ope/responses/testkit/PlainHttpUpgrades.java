package ai.ope.responses.testkit;

import java.io.IOException;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Answers a request that asks to upgrade to anything but WebSocket, or to WebSocket while the
 * server takes no sockets, as plain HTTP/1.1. The JDK's HttpClient asks for {@code h2c} by
 * default; Grizzly would then read the body as the new protocol's bytes and frame neither it nor
 * the answer, where the JDK's server simply ignored the header, as RFC 9110 allows.
 */
final class PlainHttpUpgrades extends BaseFilter implements AddOn {

  private final BooleanSupplier takesSockets;

  PlainHttpUpgrades(BooleanSupplier takesSockets) {
    this.takesSockets = takesSockets;
  }

  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    // right after the codec, which announces the upgrade before it decides how to read the body
    builder.add(builder.indexOfType(HttpServerFilter.class) + 1, this);
  }

  @Override
  public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event)
      throws IOException {
    if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
      HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
      boolean socket = "websocket".equals(header.getUpgrade().toLowerCase(Locale.ROOT));
      if (!socket || !takesSockets.getAsBoolean()) {
        header.getUpgradeDC().recycle();
        header.setIgnoreContentModifiers(false);
      }
    }
    return ctx.getInvokeAction();
  }
}
