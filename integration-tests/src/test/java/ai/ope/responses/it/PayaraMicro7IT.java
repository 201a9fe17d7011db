package ai.ope.responses.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/**
 * Payara Micro 7 (Jakarta EE 11, Jersey 4 in the server) on Java 21+: the JDK of the system
 * property {@code it.java21.home} (Temurin 25 on the build machines). Skipped, saying why, when
 * that is not a JDK 21 or later.
 */
class PayaraMicro7IT extends EeServerContract {

  @Override
  ServerLauncher launcher() {
    Path javaHome = Path.of(System.getProperty("it.java21.home",
        "/usr/lib/jvm/temurin-25-jdk-amd64"));
    int version = JavaHomes.featureVersion(javaHome).orElse(0);
    assumeTrue(version >= 21, () -> "Payara Micro 7 needs Java 21 or later, and it.java21.home ("
        + javaHome + ") is " + (version == 0 ? "no JDK" : "Java " + version)
        + ": set -Dit.java21.home to a JDK 21+ to run it");
    return new PayaraMicroLauncher("payara-micro-7",
        requireFile(serversDir().resolve("payara-micro-7.jar"), "Payara Micro 7"), javaHome,
        serversDir().resolve("payara-micro-7"));
  }
}
