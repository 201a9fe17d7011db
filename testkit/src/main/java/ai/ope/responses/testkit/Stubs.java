package ai.ope.responses.testkit;

import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Scripted replies: stubs by matcher (newest first), then the queue for create requests. */
final class Stubs {

  /**
   * A scripted reply chosen for a request.
   *
   * @param reply the reply
   * @param source which script chose it, e.g. {@code stub #2} or {@code queued reply #5}
   */
  record Match(Reply reply, String source) {}

  private record Stub(int number, RequestMatcher matcher, List<Reply> replies,
      AtomicInteger served) {
    Reply next() {
      int index = served.getAndIncrement();
      return replies.get(Math.min(index, replies.size() - 1));
    }
  }

  private record Queued(int number, Reply reply) {}

  private final Deque<Stub> stubs = new ConcurrentLinkedDeque<>();
  private final ConcurrentLinkedQueue<Queued> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger stubNumbers = new AtomicInteger();
  private final AtomicInteger queueNumbers = new AtomicInteger();

  void add(RequestMatcher matcher, List<Reply> replies) {
    stubs.addFirst(new Stub(stubNumbers.incrementAndGet(), matcher, List.copyOf(replies),
        new AtomicInteger()));
  }

  void enqueue(Reply reply) {
    queue.add(new Queued(queueNumbers.incrementAndGet(), reply));
  }

  Optional<Match> find(RecordedRequest request, boolean create) {
    for (Stub stub : stubs) {
      if (stub.matcher().matches(request)) {
        return Optional.of(new Match(stub.next(), "stub #" + stub.number()));
      }
    }
    if (!create) {
      return Optional.empty();
    }
    Queued queued = queue.poll();
    return queued == null ? Optional.empty()
        : Optional.of(new Match(queued.reply(), "queued reply #" + queued.number()));
  }

  void clear() {
    stubs.clear();
    queue.clear();
  }
}
