package ai.ope.responses.testkit;

import ai.ope.responses.buildtools.PublicApiCheck;
import org.junit.jupiter.api.Test;

/**
 * The module's public API is pinned in {@code api/responses-testkit.api}: a change to a public type or member
 * fails here, showing the difference, until the file is rewritten with {@code -Dapi.update=true}
 * and committed (CONTRIBUTING, "Public API").
 */
class PublicApiTest {

  @Test
  void publicApiMatchesThePinnedDescription() {
    PublicApiCheck.verify("responses-testkit", PublicApiTest.class.getClassLoader());
  }
}
