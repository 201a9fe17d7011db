package ai.ope.responses.client;

import java.util.List;
import java.util.Objects;

/**
 * Which input items to list ({@code GET /responses/{id}/input_items}): a page size, the order, a
 * cursor, and extra data to include.
 *
 * @param limit items per page, 1 to 100, or null for the server's default (20)
 * @param order {@code asc} or {@code desc} (the server's default), or null
 * @param after the id of the item to start after (a cursor), or null for the first page
 * @param include extra data to include, see {@link ai.ope.responses.api.Includable}
 */
public record InputItemsParams(Integer limit, String order, String after, List<String> include) {

  /**
   * Checks the values.
   *
   * @param limit items per page, 1 to 100, or null for the server's default (20)
   * @param order {@code asc} or {@code desc} (the server's default), or null
   * @param after the id of the item to start after (a cursor), or null for the first page
   * @param include extra data to include, or null for none
   */
  public InputItemsParams {
    if (limit != null && (limit < 1 || limit > 100)) {
      throw new IllegalArgumentException("limit must be from 1 to 100: " + limit);
    }
    if (order != null && !order.equals("asc") && !order.equals("desc")) {
      throw new IllegalArgumentException("order must be asc or desc: " + order);
    }
    include = include == null ? List.of() : List.copyOf(include);
  }

  /**
   * The server's defaults: the newest 20 items first.
   *
   * @return the parameters
   */
  public static InputItemsParams defaults() {
    return new InputItemsParams(null, null, null, List.of());
  }

  /**
   * These parameters with another page size.
   *
   * @param limit items per page, 1 to 100
   * @return the changed copy
   */
  public InputItemsParams withLimit(int limit) {
    return new InputItemsParams(limit, order, after, include);
  }

  /**
   * These parameters in another order.
   *
   * @param order {@code asc} (oldest first) or {@code desc} (newest first)
   * @return the changed copy
   */
  public InputItemsParams withOrder(String order) {
    return new InputItemsParams(limit, Objects.requireNonNull(order, "order"), after, include);
  }

  /**
   * These parameters, starting after an item.
   *
   * @param after the id of the last item already seen
   * @return the changed copy
   */
  public InputItemsParams withAfter(String after) {
    return new InputItemsParams(limit, order, after, include);
  }
}
