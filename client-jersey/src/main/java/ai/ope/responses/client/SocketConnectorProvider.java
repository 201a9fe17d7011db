package ai.ope.responses.client;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.client.spi.Connector;
import org.glassfish.jersey.client.spi.ConnectorProvider;

/** Provides the {@link SocketConnector} to a Jersey client. */
final class SocketConnectorProvider implements ConnectorProvider {

  private final Network network;

  SocketConnectorProvider() {
    this(Network.DEFAULT);
  }

  SocketConnectorProvider(Network network) {
    this.network = network;
  }

  @Override
  public Connector getConnector(Client client, Configuration configuration) {
    return new SocketConnector(client, configuration, network);
  }
}
