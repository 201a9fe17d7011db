package ai.ope.responses.benchmarks;

import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import ai.ope.responses.testkit.RequestMatcher;
import com.openai.client.OpenAIClient;
import java.net.URI;
import java.net.http.HttpClient;

/**
 * A fake server answering every request with one reply, and the three clients compared on it.
 */
final class ComparedClients implements AutoCloseable {

  final FakeResponsesServer server;
  final ResponsesClient ours;
  final OpenAIClient openaiJava;
  final HttpClient jdk;

  ComparedClients(Reply reply) {
    // a benchmark sends many requests: keep only the last few
    server = FakeResponsesServer.builder().journalLimit(100).start();
    server.when(RequestMatcher.any()).reply(reply);
    ours = Clients.ours(server.baseUri());
    openaiJava = Clients.openaiJava(server.baseUri());
    jdk = Clients.jdk();
  }

  URI baseUri() {
    return server.baseUri();
  }

  @Override
  public void close() {
    ours.close();
    openaiJava.close();
    server.close();
  }
}
