package ai.ope.responses.api.internal;

/**
 * A shared cache of member-name strings, so the same names read again and again ({@code "type"},
 * {@code "delta"}, {@code "sequence_number"}) are one {@code String} each, hashed once.
 *
 * <p>Direct-mapped and lossy: a slot holds the last name that hashed to it. Racing writers are
 * harmless because strings are immutable, and the cache cannot grow, whatever names an input
 * invents.
 */
final class MemberNames {

  private static final int SLOTS = 4096;
  private static final int LONGEST = 64;
  private static final String[] CACHE = new String[SLOTS];

  private MemberNames() {}

  /** The name in {@code text[start, end)}, from the cache when it is there. */
  static String canonical(String text, int start, int end) {
    int length = end - start;
    if (length > LONGEST) {
      return text.substring(start, end);
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    String cached = CACHE[slot];
    if (cached != null && cached.length() == length
        && text.regionMatches(start, cached, 0, length)) {
      return cached;
    }
    String name = text.substring(start, end);
    CACHE[slot] = name;
    return name;
  }
}
