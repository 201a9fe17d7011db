package ai.ope.responses.testkit;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A number or integer valid against {@code minimum}, {@code maximum}, {@code exclusiveMinimum},
 * {@code exclusiveMaximum} (as numbers, or draft-4 booleans) and {@code multipleOf}: a number the
 * conversation mentions when it fits, else a small default, moved into the bounds and onto the
 * nearest multiple. Bounds no number can meet give the lower bound.
 */
final class NumberExample {

  private static final BigDecimal DEFAULT_INTEGER = BigDecimal.ONE;
  private static final BigDecimal DEFAULT_NUMBER = new BigDecimal("1.5");

  private NumberExample() {}

  /**
   * A value for the schema.
   *
   * @param integer whether it must be an integer
   * @param variant 0 for the first value, more for further distinct ones (array items)
   * @param mentioned numbers of the conversation
   * @param slot which mentioned number this value may take
   */
  static JsonNumber of(JsonObject schema, boolean integer, int variant,
      List<BigDecimal> mentioned, int slot) {
    Range range = Range.of(schema, integer);
    BigDecimal step = SchemaKeywords.number(schema, "multipleOf");
    if (step != null && step.signum() <= 0) {
      step = null;
    }
    // each value takes the next number mentioned, as long as there are any: a conversation
    // with one number gives it to one value, not to all of them
    if (variant == 0 && slot < mentioned.size()
        && range.fits(mentioned.get(slot), integer, step)) {
      return json(mentioned.get(slot), integer);
    }
    BigDecimal unit = step != null ? step : BigDecimal.ONE;
    BigDecimal preferred = (integer ? DEFAULT_INTEGER : DEFAULT_NUMBER)
        .add(unit.multiply(BigDecimal.valueOf(variant)));
    BigDecimal value = range.clamp(preferred, integer);
    if (step != null) {
      value = onMultiple(value, step, range, integer);
    }
    return json(value, integer);
  }

  private static BigDecimal onMultiple(BigDecimal value, BigDecimal step, Range range,
      boolean integer) {
    BigDecimal up = value.divide(step, 0, RoundingMode.CEILING).multiply(step);
    for (int tries = 0; tries < 1000; tries++) {
      if (range.fits(up, integer, step)) {
        return up;
      }
      if (range.above(up)) {
        break;
      }
      up = up.add(step);
    }
    BigDecimal down = value.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    for (int tries = 0; tries < 1000 && !range.below(down); tries++) {
      if (range.fits(down, integer, step)) {
        return down;
      }
      down = down.subtract(step);
    }
    return value;
  }

  private static JsonNumber json(BigDecimal value, boolean integer) {
    if (integer) {
      return Json.PROVIDER.createValue(value.setScale(0, RoundingMode.HALF_UP).toBigInteger());
    }
    BigDecimal plain = value.stripTrailingZeros();
    return Json.PROVIDER.createValue(plain.scale() < 0 ? plain.setScale(0) : plain);
  }

  /** The bounds of a numeric schema; null where there is none. */
  private record Range(BigDecimal low, boolean lowExclusive, BigDecimal high,
      boolean highExclusive) {

    static Range of(JsonObject schema, boolean integer) {
      BigDecimal low = SchemaKeywords.number(schema, "minimum");
      boolean lowExclusive = SchemaKeywords.isTrue(schema, "exclusiveMinimum");
      BigDecimal exclusiveLow = SchemaKeywords.number(schema, "exclusiveMinimum");
      if (exclusiveLow != null && (low == null || exclusiveLow.compareTo(low) >= 0)) {
        low = exclusiveLow;
        lowExclusive = true;
      }
      BigDecimal high = SchemaKeywords.number(schema, "maximum");
      boolean highExclusive = SchemaKeywords.isTrue(schema, "exclusiveMaximum");
      BigDecimal exclusiveHigh = SchemaKeywords.number(schema, "exclusiveMaximum");
      if (exclusiveHigh != null && (high == null || exclusiveHigh.compareTo(high) <= 0)) {
        high = exclusiveHigh;
        highExclusive = true;
      }
      return new Range(low, lowExclusive && low != null, high, highExclusive && high != null);
    }

    boolean below(BigDecimal value) {
      return low != null && (lowExclusive ? value.compareTo(low) <= 0 : value.compareTo(low) < 0);
    }

    boolean above(BigDecimal value) {
      return high != null
          && (highExclusive ? value.compareTo(high) >= 0 : value.compareTo(high) > 0);
    }

    boolean fits(BigDecimal value, boolean integer, BigDecimal step) {
      return !below(value) && !above(value)
          && (!integer || value.stripTrailingZeros().scale() <= 0)
          && (step == null || value.remainder(step).signum() == 0);
    }

    /** The value moved inside the bounds: to the lowest allowed value, else the highest. */
    BigDecimal clamp(BigDecimal value, boolean integer) {
      BigDecimal result = value;
      if (below(result)) {
        result = integer ? lowestInteger() : lowest();
      } else if (above(result)) {
        result = integer ? highestInteger() : highest();
      }
      return result;
    }

    private BigDecimal lowest() {
      if (!lowExclusive) {
        return low;
      }
      return high != null ? low.add(high).divide(BigDecimal.valueOf(2)) : low.add(BigDecimal.ONE);
    }

    private BigDecimal highest() {
      if (!highExclusive) {
        return high;
      }
      return low != null ? low.add(high).divide(BigDecimal.valueOf(2))
          : high.subtract(BigDecimal.ONE);
    }

    private BigDecimal lowestInteger() {
      BigDecimal floor = low.setScale(0, RoundingMode.FLOOR);
      return lowExclusive || floor.compareTo(low) < 0 ? floor.add(BigDecimal.ONE) : floor;
    }

    private BigDecimal highestInteger() {
      BigDecimal ceiling = high.setScale(0, RoundingMode.CEILING);
      return highExclusive || ceiling.compareTo(high) > 0
          ? ceiling.subtract(BigDecimal.ONE) : ceiling;
    }
  }
}
