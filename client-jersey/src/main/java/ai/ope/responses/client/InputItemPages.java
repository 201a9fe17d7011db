package ai.ope.responses.client;

import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.InputItemList;
import java.util.Collections;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Input items across pages: the next page is fetched when the stream reaches the end of one. */
final class InputItemPages {

  private InputItemPages() {}

  /**
   * The items of every page from a cursor on.
   *
   * @param page fetches the page after a cursor (null for the first)
   * @param start the cursor to start after, or null
   */
  static Stream<InputItem> stream(Function<String, InputItemList> page, String start) {
    Spliterator<InputItem> items = new Spliterators.AbstractSpliterator<>(
        Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
      private Iterator<InputItem> current = Collections.emptyIterator();
      private String cursor = start;
      private boolean more = true;

      @Override
      public boolean tryAdvance(Consumer<? super InputItem> action) {
        while (!current.hasNext()) {
          if (!more) {
            return false;
          }
          InputItemList list = page.apply(cursor);
          current = list.data() == null ? Collections.emptyIterator() : list.data().iterator();
          // Stop on has_more=false, and on a page that would not move the cursor: a server
          // that says "more" without giving a new cursor must not loop forever.
          more = Boolean.TRUE.equals(list.hasMore()) && list.lastId() != null
              && !list.lastId().equals(cursor) && current.hasNext();
          cursor = list.lastId();
        }
        action.accept(current.next());
        return true;
      }
    };
    return StreamSupport.stream(items, false);
  }
}
