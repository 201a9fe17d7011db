package ai.ope.responses.testkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every request the server received, in arrival order, optionally only the newest ones.
 *
 * <p>Adding is constant time under a short lock: a copy-on-write list cost a full copy per
 * request, which made a busy server quadratic. A limit keeps a long-running server (the
 * standalone {@code serve} command) from growing without bound; tests keep everything.
 */
final class Journal {

  private final int limit;
  private final ArrayDeque<RecordedRequest> all = new ArrayDeque<>();
  private final LinkedBlockingQueue<RecordedRequest> untaken = new LinkedBlockingQueue<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicInteger received = new AtomicInteger();
  private final List<String> unmatched = new ArrayList<>();

  /**
   * A journal.
   *
   * @param limit how many requests to keep, the oldest dropped first; 0 keeps all
   */
  Journal(int limit) {
    this.limit = limit;
  }

  int nextSequence() {
    return sequence.incrementAndGet();
  }

  void add(RecordedRequest request) {
    received.incrementAndGet();
    synchronized (all) {
      all.addLast(request);
      if (limit > 0 && all.size() > limit) {
        all.removeFirst();
      }
    }
    untaken.add(request);
    if (limit > 0 && untaken.size() > limit) {
      untaken.poll();
    }
  }

  RecordedRequest take(long timeout, TimeUnit unit) throws InterruptedException {
    return untaken.poll(timeout, unit);
  }

  List<RecordedRequest> all() {
    synchronized (all) {
      return List.copyOf(all);
    }
  }

  /** How many requests arrived since the start or the last clear, kept or not. */
  int received() {
    return received.get();
  }

  void unmatched(String explanation) {
    synchronized (unmatched) {
      unmatched.add(explanation);
      if (limit > 0 && unmatched.size() > limit) {
        unmatched.remove(0);
      }
    }
  }

  List<String> unmatched() {
    synchronized (unmatched) {
      return List.copyOf(unmatched);
    }
  }

  void clear() {
    synchronized (all) {
      all.clear();
      received.set(0);
    }
    untaken.clear();
    synchronized (unmatched) {
      unmatched.clear();
    }
  }
}
