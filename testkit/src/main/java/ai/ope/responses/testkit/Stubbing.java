package ai.ope.responses.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The replies for the requests a matcher selects: {@code server.when(matcher).reply(…)}.
 */
public final class Stubbing {

  private final RequestMatcher matcher;
  private final Stubs stubs;

  Stubbing(RequestMatcher matcher, Stubs stubs) {
    this.matcher = matcher;
    this.stubs = stubs;
  }

  /**
   * Answers the matching requests with these replies, in order; once they are used up the last
   * one answers every further match. A stub added later takes precedence over earlier ones.
   *
   * @param first the reply to the first matching request
   * @param then the replies to the following ones
   */
  public void reply(Reply first, Reply... then) {
    List<Reply> replies = new ArrayList<>();
    replies.add(Objects.requireNonNull(first, "first"));
    for (Reply reply : then) {
      replies.add(Objects.requireNonNull(reply, "reply"));
    }
    stubs.add(matcher, replies);
  }
}
