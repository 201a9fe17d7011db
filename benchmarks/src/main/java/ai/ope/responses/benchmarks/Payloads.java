package ai.ope.responses.benchmarks;

import ai.ope.responses.api.stream.ServerSentEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The bodies every benchmark serves and decodes: synthetic ones built here, and recorded ones
 * read from the shared corpus when it is there ({@code -Dresponses.benchmarks.corpus=DIR},
 * default {@code ../shared/corpus} beside the repository).
 */
final class Payloads {

  /** The recorded stream with the most events (token log probabilities, 629 KB). */
  static final String LARGEST_STREAM = "095_";
  /** The second largest recorded stream (a reasoning summary, 504 KB). */
  static final String SECOND_STREAM = "094_";
  /** A recorded image-generation response, 1.9 MB. */
  static final String IMAGE_RESPONSE = "028_";

  private Payloads() {}

  /**
   * A stream as a model writes it: {@code response.created}, then text deltas of one word, then
   * {@code response.completed}.
   */
  static String textStream(int deltas) {
    StringBuilder sse = new StringBuilder(deltas * 200);
    int sequence = 0;
    frame(sse, "response.created", "{\"type\":\"response.created\",\"sequence_number\":"
        + sequence++ + ",\"response\":" + response("in_progress", "[]") + "}");
    for (int i = 0; i < deltas; i++) {
      frame(sse, "response.output_text.delta", delta(sequence++, "word "));
    }
    frame(sse, "response.completed", "{\"type\":\"response.completed\",\"sequence_number\":"
        + sequence + ",\"response\":" + response("completed", "[]") + "}");
    return sse.toString();
  }

  /** One text delta event's data, as the API writes it. */
  static String delta(int sequence, String text) {
    return "{\"type\":\"response.output_text.delta\",\"sequence_number\":" + sequence
        + ",\"item_id\":\"msg_0a1b2c3d4e5f\",\"output_index\":0,\"content_index\":0,\"delta\":\""
        + text + "\",\"logprobs\":[],\"obfuscation\":\"Xy1Zq\"}";
  }

  /** Appends one event. */
  static void frame(StringBuilder sse, String event, String data) {
    sse.append("event: ").append(event).append("\ndata: ").append(data).append("\n\n");
  }

  /** A typical answer of about 2 KB: one message of about 1.2 KB of text, usage, settings. */
  static String smallResponse() {
    String text = "The Responses API streams typed events. ".repeat(30);
    String message = "[{\"id\":\"msg_0a1b2c3d4e5f\",\"type\":\"message\",\"status\":\"completed\","
        + "\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"annotations\":[],"
        + "\"logprobs\":[],\"text\":\"" + text + "\"}]}]";
    return response("completed", message);
  }

  /**
   * A 1.9 MB image-generation answer: the recorded one when the corpus is there, else one of the
   * same shape with a generated image.
   */
  static String largeResponse() {
    return corpus().map(dir -> read(folder(dir, IMAGE_RESPONSE).resolve("response.json")))
        .orElseGet(Payloads::generatedImageResponse);
  }

  private static String generatedImageResponse() {
    byte[] image = new byte[1_400_000];
    new Random(7).nextBytes(image);
    String result = Base64.getEncoder().encodeToString(image);
    String output = "[{\"id\":\"ig_0a1b2c3d4e5f\",\"type\":\"image_generation_call\","
        + "\"status\":\"completed\",\"background\":\"opaque\",\"output_format\":\"png\","
        + "\"quality\":\"high\",\"size\":\"1024x1024\",\"revised_prompt\":\"a lighthouse\","
        + "\"result\":\"" + result + "\"}]";
    return response("completed", output);
  }

  /** A whole response object with this status and output array. */
  static String response(String status, String output) {
    return "{\"id\":\"resp_0a1b2c3d4e5f\",\"object\":\"response\",\"created_at\":1777493187,"
        + "\"status\":\"" + status + "\",\"background\":false,\"error\":null,"
        + "\"incomplete_details\":null,\"instructions\":null,\"max_output_tokens\":null,"
        + "\"model\":\"gpt-5.4-mini\",\"output\":" + output + ",\"parallel_tool_calls\":true,"
        + "\"previous_response_id\":null,\"reasoning\":{\"effort\":null,\"summary\":null},"
        + "\"service_tier\":\"default\",\"store\":true,\"temperature\":1.0,"
        + "\"text\":{\"format\":{\"type\":\"text\"},\"verbosity\":\"medium\"},"
        + "\"tool_choice\":\"auto\",\"tools\":[],\"top_p\":1.0,\"truncation\":\"disabled\","
        + "\"usage\":{\"input_tokens\":12,\"input_tokens_details\":{\"cached_tokens\":0},"
        + "\"output_tokens\":240,\"output_tokens_details\":{\"reasoning_tokens\":0},"
        + "\"total_tokens\":252},\"user\":null,\"metadata\":{}}";
  }

  /**
   * A recorded stream's text, without the recorder's timing comments.
   *
   * @throws IllegalStateException when the corpus is not there
   */
  static String recordedStream(String prefix) {
    Path dir = corpus().orElseThrow(() -> new IllegalStateException("the recorded corpus is not"
        + " at " + corpusLocation() + "; set -Dresponses.benchmarks.corpus or run only the"
        + " synthetic source"));
    StringBuilder text = new StringBuilder();
    for (String line : read(folder(dir, prefix).resolve("response.sse")).split("\n", -1)) {
      if (!line.startsWith(": +")) {
        text.append(line).append('\n');
      }
    }
    return text.substring(0, text.length() - 1);
  }

  /** Every event of every recorded stream, or of a synthetic stream without the corpus. */
  static List<ServerSentEvent> recordedEvents() {
    List<ServerSentEvent> events = new ArrayList<>();
    corpus().ifPresentOrElse(dir -> {
      for (Path folder : folders(dir)) {
        Path sse = folder.resolve("response.sse");
        if (Files.exists(sse)) {
          ServerSentEvent.parseAll(read(sse)).stream()
              .filter(event -> !event.isDone()).forEach(events::add);
        }
      }
    }, () -> events.addAll(ServerSentEvent.parseAll(textStream(2_000))));
    return events;
  }

  /**
   * The successful recorded responses under 100 KB (the typical ones), or synthetic ones without
   * the corpus.
   */
  static List<String> recordedResponses() {
    List<String> responses = new ArrayList<>();
    corpus().ifPresentOrElse(dir -> {
      for (Path folder : folders(dir)) {
        Path json = folder.resolve("response.json");
        if (Files.exists(json) && read(folder.resolve("status.txt")).trim().equals("200")) {
          String body = read(json);
          boolean aResponse = body.contains("\"object\":\"response\"")
              || body.contains("\"object\": \"response\"");
          if (aResponse && body.length() < 100_000) {
            responses.add(body);
          }
        }
      }
    }, () -> responses.add(smallResponse()));
    return responses;
  }

  /** The corpus folder, when it exists. */
  static Optional<Path> corpus() {
    Path dir = corpusLocation();
    return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }

  private static Path corpusLocation() {
    return Path.of(System.getProperty("responses.benchmarks.corpus", "../shared/corpus"))
        .toAbsolutePath().normalize();
  }

  private static Path folder(Path corpus, String prefix) {
    return folders(corpus).stream().filter(dir -> dir.getFileName().toString().startsWith(prefix))
        .findFirst().orElseThrow(() -> new IllegalStateException("no corpus folder " + prefix
            + "* in " + corpus));
  }

  private static List<Path> folders(Path corpus) {
    try (Stream<Path> list = Files.list(corpus)) {
      return list.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
