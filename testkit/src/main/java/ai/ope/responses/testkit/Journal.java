package ai.ope.responses.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Every request the server received, in order, for tests to take or list. */
final class Journal {

  /**
   * Guarded by itself. Not copy-on-write: a copy per request made a long run quadratic (32,000
   * requests took minutes); tests read it rarely, and get a snapshot.
   */
  private final List<RecordedRequest> all = new ArrayList<>();
  private final LinkedBlockingQueue<RecordedRequest> untaken = new LinkedBlockingQueue<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final List<String> unmatched = new CopyOnWriteArrayList<>();

  int nextSequence() {
    return sequence.incrementAndGet();
  }

  void add(RecordedRequest request) {
    synchronized (all) {
      all.add(request);
    }
    untaken.add(request);
  }

  RecordedRequest take(long timeout, TimeUnit unit) throws InterruptedException {
    return untaken.poll(timeout, unit);
  }

  List<RecordedRequest> all() {
    synchronized (all) {
      return List.copyOf(all);
    }
  }

  int size() {
    synchronized (all) {
      return all.size();
    }
  }

  void unmatched(String explanation) {
    unmatched.add(explanation);
  }

  List<String> unmatched() {
    return List.copyOf(unmatched);
  }

  void clear() {
    synchronized (all) {
      all.clear();
    }
    untaken.clear();
    unmatched.clear();
  }
}
