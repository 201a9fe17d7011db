package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Connection failures name the address they are about, in words a user can act on. */
class ConnectionFailuresTest {

  private static final URI GATEWAY = URI.create("https://gateway.example/openai/v1");

  @Test
  void anAddressWithoutAPortGetsTheSchemesPort() {
    assertThat(ConnectionFailures.address(GATEWAY)).isEqualTo("gateway.example:443");
    assertThat(ConnectionFailures.address(URI.create("http://10.0.0.7/v1")))
        .isEqualTo("10.0.0.7:80");
    assertThat(ConnectionFailures.address(URI.create("http://127.0.0.1:8080/v1")))
        .isEqualTo("127.0.0.1:8080");
  }

  @Test
  void eachKindOfFailureIsSaidPlainly() {
    assertThat(ConnectionFailures.describe(new UnknownHostException("gateway.example"), GATEWAY))
        .isEqualTo("cannot resolve the host gateway.example (of gateway.example:443)");
    assertThat(ConnectionFailures.describe(new ConnectException("Connection refused"), GATEWAY))
        .isEqualTo("cannot connect to gateway.example:443");
    assertThat(ConnectionFailures.describe(new SocketException("Connection reset"), GATEWAY))
        .isEqualTo("the connection to gateway.example:443 failed");
    assertThat(ConnectionFailures.describe(new IOException("closed early"), GATEWAY))
        .isEqualTo("the connection to gateway.example:443 failed");
  }

  @Test
  void aFailedHandshakeNamesTheAddress() {
    assertThat(ConnectionFailures.describe(new SSLHandshakeException("protocol_version"),
        GATEWAY)).isEqualTo("the TLS handshake with gateway.example:443 failed");
  }
}
