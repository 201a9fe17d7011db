package ai.ope.responses.testkit;

import java.util.List;

/**
 * Why strict mode refused a request: the nearest recorded interaction and how the request
 * differs from it.
 *
 * @param nearest the nearest interaction, or null when no cassette is loaded
 * @param differences every difference from it, in the order of the explanation
 */
record StrictMiss(Interaction nearest, List<RequestDifference> differences) {

  /** Differences named in the explanation; the admin API lists them all. */
  private static final int EXPLAINED = 5;

  StrictMiss {
    differences = List.copyOf(differences);
  }

  /** The explanation the 400 carries. */
  String explanation() {
    if (nearest == null) {
      return "no cassette is loaded";
    }
    int shown = Math.min(differences.size(), EXPLAINED);
    return "nearest recorded interaction: " + nearest.name() + " (" + nearest.method() + " "
        + nearest.path() + "), " + differences.size() + " difference"
        + (differences.size() == 1 ? "" : "s") + ": " + String.join("; ",
            differences.subList(0, shown).stream().map(RequestDifference::message).toList())
        + (shown < differences.size() ? "; …" : "");
  }
}
