package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a described reply goes on the wire: extra headers, and the faults of {@link Reply}'s
 * {@code with…} methods. A fault that cannot apply to the reply (a stream fault on an error, any
 * fault but the delay on a connection reset) is refused rather than ignored: the test that asked
 * for it would otherwise pass without testing anything.
 */
final class FaultDescription {

  /** The members, in the order the documentation lists them. */
  static final List<String> MEMBERS = List.of("headers", "chunks", "delay_ms",
      "delay_between_events_ms", "cut_after_events", "stall_after_events", "reset_after_bytes",
      "write_size", "write_pause_ms");

  private static final Set<String> STREAM_ONLY = Set.of("chunks", "delay_between_events_ms",
      "cut_after_events", "stall_after_events");
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final Pattern HEADER_VALUE = Pattern.compile("[\\x20-\\x7E\\t]*");
  /** Headers the server itself writes from the body it sends. */
  private static final Set<String> RESERVED =
      Set.of("content-length", "transfer-encoding", "connection");

  private FaultDescription() {}

  /** The reply with the headers and faults the members give. */
  static Reply apply(Reply reply, JsonMembers members) {
    refuseWhatCannotApply(reply, members);
    Reply shaped = reply;
    for (Map.Entry<String, String> header : headers(members).entrySet()) {
      shaped = shaped.withHeader(header.getKey(), header.getValue());
    }
    Optional<Integer> delay = members.integer("delay_ms", 0, Integer.MAX_VALUE);
    if (delay.isPresent()) {
      shaped = shaped.withDelayBeforeHeaders(Duration.ofMillis(delay.get()));
    }
    Optional<Integer> between = members.integer("delay_between_events_ms", 0, Integer.MAX_VALUE);
    if (between.isPresent()) {
      shaped = shaped.withDelayBetweenEvents(Duration.ofMillis(between.get()));
    }
    Optional<Integer> chunks = members.integer("chunks", 1, 100_000);
    if (chunks.isPresent()) {
      shaped = shaped.withChunks(chunks.get());
    }
    Optional<Integer> cut = members.integer("cut_after_events", 0, Integer.MAX_VALUE);
    if (cut.isPresent()) {
      shaped = shaped.withCutAfterEvents(cut.get());
    }
    Optional<Integer> stall = members.integer("stall_after_events", 0, Integer.MAX_VALUE);
    if (stall.isPresent()) {
      shaped = shaped.withStallAfterEvents(stall.get());
    }
    Optional<Integer> resetAfter = members.integer("reset_after_bytes", 0, Integer.MAX_VALUE);
    if (resetAfter.isPresent()) {
      shaped = shaped.withResetAfterBytes(resetAfter.get());
    }
    return written(shaped, members);
  }

  /** {@code write_size}, with the pause between writes when {@code write_pause_ms} gives one. */
  private static Reply written(Reply reply, JsonMembers members) {
    Optional<Integer> size = members.integer("write_size", 1, Integer.MAX_VALUE);
    Optional<Integer> pause = members.integer("write_pause_ms", 0, Integer.MAX_VALUE);
    if (pause.isPresent() && size.isEmpty()) {
      throw BadAdminRequest.missing(members.path("write_size"),
          ": 'write_pause_ms' is the pause between writes of 'write_size' bytes");
    }
    if (size.isEmpty()) {
      return reply;
    }
    return pause.isPresent() ? reply.withDrip(size.get(), Duration.ofMillis(pause.get()))
        : reply.withWriteSize(size.get());
  }

  private static void refuseWhatCannotApply(Reply reply, JsonMembers members) {
    for (String name : members.present()) {
      if (reply.kind == Reply.Kind.RESET && MEMBERS.contains(name) && !name.equals("delay_ms")) {
        throw BadAdminRequest.conflict(members.path(name), "A connection reset sends nothing:"
            + " only 'delay_ms' applies to it, not '" + name + "'.");
      }
      if (reply.kind == Reply.Kind.RAW && STREAM_ONLY.contains(name)) {
        throw BadAdminRequest.conflict(members.path(name), "'" + name + "' shapes the event"
            + " stream of a response; an error reply has no events.");
      }
    }
  }

  /** {@code {"name": "value"}}: names HTTP tokens, values printable ASCII. */
  private static Map<String, String> headers(JsonMembers members) {
    Optional<JsonObject> headers = members.object("headers");
    if (headers.isEmpty()) {
      return Map.of();
    }
    Map<String, String> checked = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> header : headers.get().entrySet()) {
      String at = members.path("headers") + "." + header.getKey();
      String name = header.getKey();
      if (!TOKEN.matcher(name).matches() || RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw BadAdminRequest.invalidValue(at, "not a header a reply can set (names are HTTP"
            + " tokens; " + String.join(", ", RESERVED) + " are the server's own).");
      }
      if (!(header.getValue() instanceof JsonString value)) {
        throw BadAdminRequest.wrongType(at, "a string", header.getValue());
      }
      if (!HEADER_VALUE.matcher(value.getString()).matches()) {
        throw BadAdminRequest.invalidValue(at, "header values are printable ASCII, without line"
            + " breaks.");
      }
      checked.put(name, value.getString());
    }
    return checked;
  }
}
