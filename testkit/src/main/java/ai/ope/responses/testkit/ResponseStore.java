package ai.ope.responses.testkit;

import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The responses the server keeps (those not created with {@code store: false}), with their input
 * items and events, for retrieve, delete, cancel, input-item listing, stream replay and
 * {@code previous_response_id}.
 */
final class ResponseStore {

  /**
   * A stored response.
   *
   * @param response the response as it stands
   * @param inputItems the request's input, as the listing shows it
   * @param events the events of its stream, for {@code GET …?stream=true}
   * @param pending the final response of a background response still queued, else null
   */
  record Entry(Response response, List<InputItem> inputItems, List<ResponseStreamEvent> events,
      Response pending) {}

  /** More stored responses than this along a chain are not read. */
  private static final int MAX_CHAIN = 10_000;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  void put(Entry entry) {
    entries.put(entry.response().id(), entry);
  }

  Optional<Entry> get(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /**
   * The stored responses along a {@code previous_response_id} chain, newest first: the one named,
   * the one it continued, and so on until one is not stored. Empty when the first is not stored
   * or the id is null; a cycle is followed once, and at most {@value #MAX_CHAIN} are read.
   */
  List<Entry> chain(String id) {
    List<Entry> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String next = id;
    while (next != null && seen.add(next) && chain.size() < MAX_CHAIN) {
      Entry entry = entries.get(next);
      if (entry == null) {
        break;
      }
      chain.add(entry);
      next = entry.response().previousResponseId();
    }
    return chain;
  }

  /** Every stored response as it stands, in no particular order. */
  List<Response> responses() {
    return entries.values().stream().map(Entry::response).toList();
  }

  boolean contains(String id) {
    return entries.containsKey(id);
  }

  boolean remove(String id) {
    return entries.remove(id) != null;
  }

  /** Changes an entry atomically; returns the new entry, or empty when the id is unknown. */
  Optional<Entry> update(String id, UnaryOperator<Entry> change) {
    return Optional.ofNullable(entries.computeIfPresent(id, (key, entry) -> change.apply(entry)));
  }

  void clear() {
    entries.clear();
  }
}
