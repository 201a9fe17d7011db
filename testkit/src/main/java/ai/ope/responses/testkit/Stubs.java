package ai.ope.responses.testkit;

import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Scripted replies: stubs by matcher (newest first), then the queue for create requests. */
final class Stubs {

  private record Stub(RequestMatcher matcher, List<Reply> replies, AtomicInteger served) {
    Reply next() {
      int index = served.getAndIncrement();
      return replies.get(Math.min(index, replies.size() - 1));
    }
  }

  private final Deque<Stub> stubs = new ConcurrentLinkedDeque<>();
  private final ConcurrentLinkedQueue<Reply> queue = new ConcurrentLinkedQueue<>();

  void add(RequestMatcher matcher, List<Reply> replies) {
    stubs.addFirst(new Stub(matcher, List.copyOf(replies), new AtomicInteger()));
  }

  void enqueue(Reply reply) {
    queue.add(reply);
  }

  Optional<Reply> find(RecordedRequest request, boolean create) {
    for (Stub stub : stubs) {
      if (stub.matcher().matches(request)) {
        return Optional.of(stub.next());
      }
    }
    return create ? Optional.ofNullable(queue.poll()) : Optional.empty();
  }

  void clear() {
    stubs.clear();
    queue.clear();
  }
}
