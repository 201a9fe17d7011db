package ai.ope.responses.testkit.internal.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's implementation version. */
public final class TestkitVersion implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = TestkitVersion.class.getPackage().getImplementationVersion();
    return new String[] {"responses-testkit " + (version != null ? version : "(development)")};
  }
}
