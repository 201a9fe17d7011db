package ai.ope.responses.samples;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.client.ResponsesClient;

/**
 * A service of an application, as a downstream project writes one: it is given a client and
 * asks the model. {@code WeatherServiceTest} shows how to test it offline with the testkit.
 */
public final class WeatherService {

  private final ResponsesClient client;

  /**
   * A service calling the API through this client.
   *
   * @param client the client
   */
  public WeatherService(ResponsesClient client) {
    this.client = client;
  }

  /**
   * A one-line forecast.
   *
   * @param city the city
   * @return the model's answer
   */
  public String forecast(String city) {
    return client.create(CreateResponseRequest.builder().model("gpt-5.4-mini")
        .input("What is the weather in " + city + "?").build()).outputText();
  }
}
