package ai.ope.responses.it;

import java.lang.ref.WeakReference;

/** Whether a class loader nobody should hold any more is collected by the JVM. */
final class OldLoader {

  /** Collections asked for before concluding the loader is still held. */
  private static final int ATTEMPTS = 10;

  private OldLoader() {}

  /**
   * Asks for garbage collections until the referent is gone or the attempts are used up. A
   * loader still alive after that is held by something strong (a thread, a static of the
   * server's), not merely waiting for a collection.
   */
  static boolean collected(WeakReference<?> reference) {
    for (int attempt = 0; attempt < ATTEMPTS && reference.get() != null; attempt++) {
      System.gc();
      // some collectors finish reference processing after gc() returns
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return reference.get() == null;
      }
      // soft and weak caches of the server let go under pressure; a little garbage helps
      byte[][] pressure = new byte[16][];
      for (int i = 0; i < pressure.length; i++) {
        pressure[i] = new byte[1 << 20];
      }
    }
    return reference.get() == null;
  }
}
