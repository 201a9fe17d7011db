package ai.ope.responses.api.internal;

import java.nio.charset.StandardCharsets;

/**
 * A shared cache of member-name strings, so the names the model does not list but that come again
 * and again (the keys of schemas, metadata, unknown members) are one {@code String} each, not one
 * per occurrence. Names the model lists never get here: records match them on their bytes.
 *
 * <p>Direct-mapped and lossy: a slot holds the last name that hashed to it. Racing writers are
 * harmless because strings are immutable, and the cache cannot grow, whatever names an input
 * invents. Only ASCII names are cached, so a name's length in bytes is its length in chars.
 */
final class MemberNames {

  private static final int SLOTS = 4096;
  private static final int LONGEST = 64;
  private static final String[] CACHE = new String[SLOTS];

  private MemberNames() {}

  /** The name in the UTF-8 bytes {@code bytes[from, to)} (no escapes), cached when it can be. */
  static String canonical(byte[] bytes, int from, int to) {
    int length = to - from;
    if (length > LONGEST) {
      return new String(bytes, from, length, StandardCharsets.UTF_8);
    }
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + bytes[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    String cached = CACHE[slot];
    if (cached != null && cached.length() == length && sameAscii(cached, bytes, from)) {
      return cached;
    }
    String name = new String(bytes, from, length, StandardCharsets.UTF_8);
    if (name.length() == length) {
      CACHE[slot] = name;
    }
    return name;
  }

  private static boolean sameAscii(String cached, byte[] bytes, int from) {
    for (int i = 0; i < cached.length(); i++) {
      if (cached.charAt(i) != bytes[from + i]) {
        return false;
      }
    }
    return true;
  }
}
