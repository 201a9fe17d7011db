package ai.ope.responses.client;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A streamed response as a {@link Flow.Publisher}: the request is sent when the subscriber first
 * asks for events, and events are read from the connection only as the subscriber asks for them,
 * so a slow subscriber slows the reading (TCP back-pressure) rather than filling memory.
 *
 * <p>One subscriber: subscribing again gets {@code onError}, since every subscription would
 * otherwise create (and bill) another response.
 */
final class StreamPublisher implements Flow.Publisher<ResponseStreamEvent> {

  private final Supplier<ResponseStream> opener;
  private final Executor executor;
  private final AtomicBoolean subscribed = new AtomicBoolean();

  StreamPublisher(Supplier<ResponseStream> opener, Executor executor) {
    this.opener = opener;
    this.executor = executor;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ResponseStreamEvent> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    if (!subscribed.compareAndSet(false, true)) {
      subscriber.onSubscribe(new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
      });
      subscriber.onError(new IllegalStateException("this publisher streams one response and"
          + " already has its subscriber: ask the client for another publisher"));
      return;
    }
    subscriber.onSubscribe(new Subscription(subscriber));
  }

  /** Reads events on the executor while there is demand; signals are serialized. */
  private final class Subscription implements Flow.Subscription, Runnable {
    private final Flow.Subscriber<? super ResponseStreamEvent> subscriber;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger work = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile ResponseStream stream;
    private volatile Throwable invalidRequest;
    private Iterator<ResponseStreamEvent> events;
    private boolean done;

    Subscription(Flow.Subscriber<? super ResponseStreamEvent> subscriber) {
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        invalidRequest = new IllegalArgumentException(
            "a subscriber must request a positive number of events (rule 3.9), not " + n);
      } else {
        demand.getAndAccumulate(n, (current, added) -> current + added < 0 ? Long.MAX_VALUE
            : current + added);
      }
      schedule();
    }

    @Override
    public void cancel() {
      cancelled = true;
      ResponseStream open = stream;
      if (open != null) {
        open.close();
      }
    }

    private void schedule() {
      if (work.getAndIncrement() == 0) {
        try {
          executor.execute(this);
        } catch (RejectedExecutionException closed) {
          work.set(0);
          done = true;
          subscriber.onError(new ResponsesException("the client is closed", closed));
        }
      }
    }

    @Override
    public void run() {
      int missed = 1;
      do {
        drain();
        missed = work.addAndGet(-missed);
      } while (missed != 0);
    }

    private void drain() {
      if (done || cancelled) {
        return;
      }
      try {
        if (invalidRequest != null) {
          fail(invalidRequest);
          return;
        }
        if (events == null) {
          stream = opener.get();
          events = stream.iterator();
          if (cancelled) {
            stream.close();
            return;
          }
        }
        while (demand.get() > 0 && !cancelled) {
          if (!events.hasNext()) {
            done = true;
            stream.close();
            if (!cancelled) {
              subscriber.onComplete();
            }
            return;
          }
          ResponseStreamEvent event = events.next();
          demand.decrementAndGet();
          subscriber.onNext(event);
        }
      } catch (RuntimeException | Error failure) {
        fail(failure);
      }
    }

    private void fail(Throwable failure) {
      done = true;
      if (stream != null) {
        stream.close();
      }
      if (!cancelled) {
        subscriber.onError(failure);
      }
    }
  }
}
