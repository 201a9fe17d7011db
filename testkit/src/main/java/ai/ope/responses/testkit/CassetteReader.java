package ai.ope.responses.testkit;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads a cassette folder: this project's layout, or the shared corpus's. */
final class CassetteReader {

  /** An HTTP header name (RFC 9110 token). */
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private CassetteReader() {}

  /**
   * What a cassette folder holds.
   *
   * @param interactions the HTTP interactions, in folder order
   * @param socketTurns the turns of the recorded WebSocket connections, in folder order
   */
  record Contents(List<Interaction> interactions, List<SocketTurn> socketTurns) {}

  static Contents read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("not a cassette folder: " + folder);
    }
    List<Path> subfolders;
    try (Stream<Path> children = Files.list(folder)) {
      subfolders = children.filter(Files::isDirectory)
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list cassette " + folder, e);
    }
    List<Interaction> interactions = new ArrayList<>();
    List<SocketTurn> turns = new ArrayList<>();
    for (Path interaction : subfolders) {
      Path inside = CassettePaths.inside(folder, interaction);
      if (Files.exists(inside.resolve(SocketTranscript.FILE))) {
        turns.addAll(readConnection(inside));
      } else {
        interactions.add(readInteraction(inside));
      }
    }
    return new Contents(interactions, turns);
  }

  /**
   * A recorded WebSocket connection's folder, as turns to replay.
   *
   * @throws IllegalArgumentException when its transcript is malformed, naming the file and line
   * @throws UncheckedIOException when it cannot be read
   */
  static List<SocketTurn> readConnection(Path folder) {
    Path file = CassettePaths.inside(folder, folder.resolve(SocketTranscript.FILE));
    SocketTranscript transcript;
    try {
      transcript = SocketTranscript.parse(text(file));
    } catch (IllegalArgumentException malformed) {
      throw new IllegalArgumentException(file + ": " + malformed.getMessage(), malformed);
    }
    return SocketTurns.of(folder.getFileName().toString(), transcript);
  }

  /**
   * One interaction folder, in either layout.
   *
   * @throws IllegalArgumentException when a file is missing or malformed, or a link in the folder
   *     leads out of it, naming it
   * @throws UncheckedIOException when a file cannot be read
   */
  static Interaction readInteraction(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      // every file it holds, not only those read: a link out is a defect wherever it is
      files.forEach(file -> CassettePaths.inside(folder, file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    return Files.exists(folder.resolve("meta.json"))
        ? corpusInteraction(folder) : interaction(folder);
  }

  /** This project's layout: request and response envelopes, a stream's bytes beside them. */
  private static Interaction interaction(Path folder) {
    Path requestFile = folder.resolve("request.json");
    if (!Files.exists(requestFile)) {
      throw new IllegalArgumentException(requestFile + " is missing (nor is there a meta.json)");
    }
    JsonObject request = object(requestFile);
    String target = string(request, "path", folder);
    int question = target.indexOf('?');
    String query = request.containsKey("query") ? string(request, "query", folder)
        : question < 0 ? "" : target.substring(question + 1);
    String path = question < 0 ? target : target.substring(0, question);
    JsonValue body = request.get("body");
    String requestBody = body == null || body == JsonValue.NULL ? ""
        : body instanceof JsonString text ? text.getString() : body.toString();
    Path responseFile = folder.resolve("response.json");
    JsonObject response =
        Files.exists(responseFile) ? object(responseFile) : JsonValue.EMPTY_JSON_OBJECT;
    int status = response.containsKey("status")
        ? status(response.get("status"), responseFile) : 200;
    Map<String, String> headers = headers(response, folder);
    return new Interaction(folder.getFileName().toString(), string(request, "method", folder),
        path, query, requestBody, reply(folder, status, headers, response.get("body")));
  }

  /** The shared corpus's layout: {@code meta.json}, raw bodies, {@code status.txt}. */
  private static Interaction corpusInteraction(Path folder) {
    JsonObject meta = object(folder.resolve("meta.json"));
    String target = string(meta, "url_path", folder);
    int question = target.indexOf('?');
    Path requestFile = folder.resolve("request.json");
    String requestBody = Files.exists(requestFile) ? text(requestFile) : "";
    Path statusFile = folder.resolve("status.txt");
    int status = 200;
    if (Files.exists(statusFile)) {
      try {
        status = status(Json.PROVIDER.createValue(new BigDecimal(text(statusFile).trim())),
            statusFile);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(statusFile + " is not a status code", e);
      }
    }
    Path responseFile = folder.resolve("response.json");
    JsonValue body = Files.exists(responseFile)
        ? Json.PROVIDER.createValue(text(responseFile)) : null;
    return new Interaction(folder.getFileName().toString(), string(meta, "method", folder),
        question < 0 ? target : target.substring(0, question),
        question < 0 ? "" : target.substring(question + 1), requestBody,
        reply(folder, status, Map.of(), body));
  }

  private static Reply reply(Path folder, int status, Map<String, String> headers, JsonValue body) {
    Path sse = folder.resolve("response.sse");
    if (Files.exists(sse)) {
      SseSegments segments;
      try {
        segments = SseSegments.parse(bytes(sse));
      } catch (IllegalArgumentException malformed) {
        throw new IllegalArgumentException(sse + ": " + malformed.getMessage(), malformed);
      }
      Map<String, String> streamHeaders = new LinkedHashMap<>(headers);
      streamHeaders.putIfAbsent("content-type", "text/event-stream; charset=utf-8");
      return Reply.recorded(status, streamHeaders, segments.bytes(), true, segments.delays());
    }
    if (body == null || body == JsonValue.NULL) {
      return Reply.recorded(status, headers, new byte[0], false, List.of());
    }
    Map<String, String> jsonHeaders = new LinkedHashMap<>(headers);
    jsonHeaders.putIfAbsent("content-type", "application/json");
    // A raw corpus body arrives as a JSON string holding the file's exact text.
    String text = body instanceof JsonString raw ? raw.getString() : body.toString();
    return Reply.recorded(status, jsonHeaders, text.getBytes(StandardCharsets.UTF_8), false,
        List.of());
  }

  /**
   * A status the server can send. Checked here, where the file can be named: a status out of range
   * would otherwise fail only on replay, inside the HTTP server.
   */
  private static int status(JsonValue value, Path file) {
    if (value instanceof JsonNumber number) {
      try {
        int status = number.bigDecimalValue().intValueExact();
        if (status >= 100 && status <= 599) {
          return status;
        }
      } catch (ArithmeticException notAnInt) {
        // reported below
      }
    }
    throw new IllegalArgumentException(
        file + ": status " + value + " is not an HTTP status (100 to 599)");
  }

  /** Headers the server can send: names are tokens, values have no line breaks. */
  private static Map<String, String> headers(JsonObject response, Path folder) {
    Map<String, String> headers = new LinkedHashMap<>();
    JsonValue value = response.get("headers");
    Path file = folder.resolve("response.json");
    if (value instanceof JsonObject object) {
      object.forEach((name, header) -> {
        if (!(header instanceof JsonString text)) {
          throw new IllegalArgumentException(file + ": header " + name + " is not a string");
        }
        if (!TOKEN.matcher(name).matches()) {
          throw new IllegalArgumentException(file + ": \"" + name + "\" is not a header name");
        }
        if (text.getString().indexOf('\r') >= 0 || text.getString().indexOf('\n') >= 0) {
          throw new IllegalArgumentException(file + ": header " + name + " has a line break");
        }
        headers.put(name.toLowerCase(java.util.Locale.ROOT), text.getString());
      });
    }
    return headers;
  }

  private static JsonObject object(Path file) {
    return Json.parse(text(file))
        .filter(JsonObject.class::isInstance)
        .map(JsonObject.class::cast)
        .orElseThrow(() -> new IllegalArgumentException(file + " is not a JSON object"));
  }

  private static String string(JsonObject object, String member, Path folder) {
    if (!(object.get(member) instanceof JsonString text)) {
      throw new IllegalArgumentException(
          folder + ": \"" + member + "\" is missing or not a string");
    }
    return text.getString();
  }

  private static String text(Path file) {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
