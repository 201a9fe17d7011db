package ai.ope.responses.it;

/** Payara Micro 6 (Jakarta EE 10, Jersey 3.1 in the server) on the build's Java 17. */
class PayaraMicro6IT extends EeServerContract {

  @Override
  ServerLauncher launcher() {
    return new PayaraMicroLauncher("payara-micro-6",
        requireFile(serversDir().resolve("payara-micro-6.jar"), "Payara Micro 6"),
        testJavaHome(), serversDir().resolve("payara-micro-6"));
  }
}
