package ai.ope.responses.testkit;

import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  void put(Entry entry) {
    entries.put(entry.response().id(), entry);
  }

  Optional<Entry> get(String id) {
    return Optional.ofNullable(entries.get(id));
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
