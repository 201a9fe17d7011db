package ai.ope.responses.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Stand-ins for the API's encrypted blobs ({@code encrypted_content} of reasoning and compaction
 * items): opaque base64url text shaped like the real ones (they start {@code gAAAAAB}), derived
 * from what they stand for, so the same request gets the same blob. Nothing can be decrypted
 * from them, and the server never reads them back.
 */
final class OpaqueContent {

  private static final int DIGESTS = 6;

  private OpaqueContent() {}

  /** A blob for these parts: the same parts, the same blob. */
  static String of(String... parts) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java platform has SHA-256", impossible);
    }
    for (String part : parts) {
      sha256.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0);
    }
    byte[] seed = sha256.digest();
    byte[] blob = new byte[seed.length * DIGESTS];
    byte[] block = seed;
    for (int i = 0; i < DIGESTS; i++) {
      System.arraycopy(block, 0, blob, i * block.length, block.length);
      block = sha256.digest(block);
    }
    return "gAAAAAB" + Base64.getUrlEncoder().withoutPadding().encodeToString(blob);
  }
}
