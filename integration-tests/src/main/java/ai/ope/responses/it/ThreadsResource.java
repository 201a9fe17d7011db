package ai.ope.responses.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an undeploy left behind, seen from the next deployment. {@code POST mark} leaves a
 * {@link WeakReference} to this deployment's class loader in the JVM-wide system properties (a
 * {@code Hashtable} of objects; the reference's class is the JDK's, so it pins nothing). After a
 * redeploy, {@code GET leftovers} names every live thread that is ours ({@code responses-*}) or
 * whose context class loader is the old deployment's, then drops its own hold on the old loader
 * and asks the JVM to collect it.
 */
@Path("threads")
public class ThreadsResource {

  /** The system property holding the marked deployment's loader, weakly. */
  static final String MARK = "ai.ope.responses.it.previous-deployment-loader";

  /** Created by the server. */
  public ThreadsResource() {}

  /**
   * Marks this deployment as the one to look for after a redeploy.
   *
   * @return the marked loader's description
   */
  @POST
  @Path("mark")
  @Produces(MediaType.TEXT_PLAIN)
  public String mark() {
    ClassLoader loader = ThreadsResource.class.getClassLoader();
    System.getProperties().put(MARK, new WeakReference<>(loader));
    return String.valueOf(loader);
  }

  /**
   * The threads the marked deployment left alive, one per line ({@code thread NAME} and its
   * stack), then {@code loader collected} or {@code loader alive}.
   *
   * @return the report; an undeploy that stopped all its threads gives only the loader line
   */
  @GET
  @Path("leftovers")
  @Produces(MediaType.TEXT_PLAIN)
  public String leftovers() {
    Object mark = System.getProperties().get(MARK);
    if (!(mark instanceof WeakReference<?> reference)) {
      return "no mark";
    }
    List<String> lines = new ArrayList<>(leftoverThreadsAfterGrace(reference));
    lines.add(OldLoader.collected(reference) ? "loader collected" : "loader alive");
    return String.join("\n", lines);
  }

  /**
   * The leftover threads, looked at again for up to two seconds while there are any: an executor
   * shut down by {@code close()} lets its thread finish just after, which is not a leak.
   */
  private static List<String> leftoverThreadsAfterGrace(WeakReference<?> oldLoader) {
    List<String> found = leftoverThreads(oldLoader.get());
    for (int look = 0; look < 20 && !found.isEmpty(); look++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      found = leftoverThreads(oldLoader.get());
    }
    return found;
  }

  private static List<String> leftoverThreads(Object oldLoader) {
    ClassLoader mine = ThreadsResource.class.getClassLoader();
    List<String> found = new ArrayList<>();
    for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
      Thread thread = entry.getKey();
      ClassLoader context = thread.getContextClassLoader();
      boolean ours = thread.getName().startsWith("responses-") && context != mine;
      if (ours || oldLoader != null && context == oldLoader) {
        found.add("thread " + thread.getName() + stack(entry.getValue()));
      }
    }
    return found;
  }

  private static String stack(StackTraceElement[] frames) {
    StringBuilder text = new StringBuilder();
    for (StackTraceElement frame : frames) {
      text.append("\n    at ").append(frame);
    }
    return text.toString();
  }
}
