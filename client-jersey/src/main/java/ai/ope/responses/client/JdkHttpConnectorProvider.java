package ai.ope.responses.client;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.client.spi.Connector;
import org.glassfish.jersey.client.spi.ConnectorProvider;

/** Provides the {@link JdkHttpConnector} to a Jersey client. */
final class JdkHttpConnectorProvider implements ConnectorProvider {

  private final Network network;

  JdkHttpConnectorProvider(Network network) {
    this.network = network;
  }

  @Override
  public Connector getConnector(Client client, Configuration configuration) {
    return new JdkHttpConnector(configuration, network);
  }
}
