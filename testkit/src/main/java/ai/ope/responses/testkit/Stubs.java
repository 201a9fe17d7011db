package ai.ope.responses.testkit;

import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Scripted replies: stubs by matcher (newest first), then the queue of replies used once each,
 * in order among those that match.
 */
final class Stubs {

  /**
   * A scripted reply chosen for a request.
   *
   * @param reply the reply
   * @param source which script chose it, e.g. {@code stub #2} or {@code queued reply #5}
   * @param taken false when the reply was left in place because the request may not use it
   */
  record Match(Reply reply, String source, boolean taken) {}

  /**
   * A reply waiting in the queue.
   *
   * @param number its number, as {@code queued reply #n} names it
   * @param reply the reply
   * @param matcher the requests it may answer; null for any create request
   */
  record Queued(int number, Reply reply, RequestMatcher matcher) {

    boolean answers(RecordedRequest request, boolean create) {
      return matcher == null ? create : matcher.matches(request);
    }
  }

  private record Stub(int number, RequestMatcher matcher, List<Reply> replies,
      AtomicInteger served) {
    /** The next reply, used up only when the request may take it. */
    Match next(Predicate<Reply> usable) {
      while (true) {
        int index = served.get();
        Reply reply = replies.get(Math.min(index, replies.size() - 1));
        if (!usable.test(reply)) {
          return new Match(reply, "stub #" + number, false);
        }
        if (served.compareAndSet(index, index + 1)) {
          return new Match(reply, "stub #" + number, true);
        }
      }
    }
  }

  private final Deque<Stub> stubs = new ConcurrentLinkedDeque<>();
  private final ConcurrentLinkedQueue<Queued> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger stubNumbers = new AtomicInteger();
  private final AtomicInteger queueNumbers = new AtomicInteger();

  void add(RequestMatcher matcher, List<Reply> replies) {
    stubs.addFirst(new Stub(stubNumbers.incrementAndGet(), matcher, List.copyOf(replies),
        new AtomicInteger()));
  }

  /** Queues a reply for any create request; returns its number. */
  int enqueue(Reply reply) {
    return enqueue(null, reply);
  }

  /** Queues a reply for the first request the matcher selects (null: any create request). */
  int enqueue(RequestMatcher matcher, Reply reply) {
    int number = queueNumbers.incrementAndGet();
    queue.add(new Queued(number, reply, matcher));
    return number;
  }

  /**
   * The scripted reply for a request: the newest stub that matches, else the oldest queued reply
   * that does. A reply the request may not use (a response to a request the server refuses) is
   * returned without being used up, so it answers the next request instead.
   */
  Optional<Match> find(RecordedRequest request, boolean create, Predicate<Reply> usable) {
    for (Stub stub : stubs) {
      if (stub.matcher().matches(request)) {
        return Optional.of(stub.next(usable));
      }
    }
    for (Queued queued : queue) {
      if (queued.answers(request, create)) {
        if (!usable.test(queued.reply())) {
          return Optional.of(new Match(queued.reply(), "queued reply #" + queued.number(),
              false));
        }
        // remove() succeeds for one thread only: two requests never share a queued reply
        if (queue.remove(queued)) {
          return Optional.of(new Match(queued.reply(), "queued reply #" + queued.number(),
              true));
        }
      }
    }
    return Optional.empty();
  }

  /** The replies still queued, oldest first. */
  List<Queued> queued() {
    return List.copyOf(queue);
  }

  /** Empties the queue (stubs stay); returns how many replies were dropped. */
  int clearQueue() {
    int dropped = 0;
    while (queue.poll() != null) {
      dropped++;
    }
    return dropped;
  }

  void clear() {
    stubs.clear();
    queue.clear();
  }
}
