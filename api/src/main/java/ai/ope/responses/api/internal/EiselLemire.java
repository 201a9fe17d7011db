package ai.ope.responses.api.internal;

import java.math.BigInteger;

/**
 * Decimal to {@code double} for up to 19 significant digits, as exactly as
 * {@code Double.parseDouble} and without its arbitrary-precision arithmetic, by the Eisel-Lemire
 * algorithm (D. Lemire, "Number Parsing at a Gigabyte per Second", 2021): the decimal mantissa
 * times a 128-bit approximation of the power of ten, and a check that the approximation cannot
 * have changed the rounding. When it could, this gives up and the caller parses the slow way.
 *
 * <p>Log probabilities, the most frequent numbers of a stream that asks for them, are written with
 * 16 or 17 digits: too many for the exact fast path of {@link Utf8Strings#toDouble}.
 */
final class EiselLemire {

  private static final int MIN_EXPONENT = -348;
  private static final int MAX_EXPONENT = 347;

  private EiselLemire() {}

  /**
   * The {@code double} nearest to {@code mantissa × 10^exponent}, or NaN when this cannot tell.
   *
   * @param mantissa the decimal digits as an unsigned integer (at most 19 digits)
   */
  static double toDouble(long mantissa, int exponent, boolean negative) {
    if (mantissa == 0) {
      return negative ? -0.0 : 0.0;
    }
    if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
      return Double.NaN;
    }
    int leadingZeros = Long.numberOfLeadingZeros(mantissa);
    long man = mantissa << leadingZeros;
    long exponent2 = ((217706L * exponent) >> 16) + 64 + 1023 - leadingZeros;
    int row = 2 * (exponent - MIN_EXPONENT);
    long[] powers = Powers.TABLE;
    long high = unsignedMultiplyHigh(man, powers[row + 1]);
    long low = man * powers[row + 1];
    if ((high & 0x1FF) == 0x1FF && Long.compareUnsigned(low + man, man) < 0) {
      // the truncated low half of the power might carry into the bits that decide
      long wideHigh = unsignedMultiplyHigh(man, powers[row]);
      long wideLow = man * powers[row];
      long mergedHigh = high;
      long mergedLow = low + wideHigh;
      if (Long.compareUnsigned(mergedLow, low) < 0) {
        mergedHigh++;
      }
      if ((mergedHigh & 0x1FF) == 0x1FF && mergedLow == -1L
          && Long.compareUnsigned(wideLow + man, man) < 0) {
        return Double.NaN;
      }
      high = mergedHigh;
      low = mergedLow;
    }
    long topBit = high >>> 63;
    long bits = high >>> (topBit + 9);
    exponent2 -= 1 ^ topBit;
    if (low == 0 && (high & 0x1FF) == 0 && (bits & 3) == 1) {
      return Double.NaN; // exactly half-way: the slow path rounds it to even
    }
    bits += bits & 1;
    bits >>>= 1;
    if ((bits >>> 53) > 0) {
      bits >>>= 1;
      exponent2++;
    }
    if (Long.compareUnsigned(exponent2 - 1, 0x7FF - 1) >= 0) {
      return Double.NaN; // subnormal, or beyond the largest double
    }
    long value = exponent2 << 52 | bits & 0x000FFFFFFFFFFFFFL;
    return Double.longBitsToDouble(negative ? value | Long.MIN_VALUE : value);
  }

  private static long unsignedMultiplyHigh(long x, long y) {
    return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
  }

  /**
   * For every power of ten in range, its 128-bit mantissa rounded down, normalised so that its top
   * bit is set: {@code TABLE[2i]} the low half and {@code TABLE[2i + 1]} the high half of
   * {@code 10^(MIN_EXPONENT + i)}. Computed exactly, once, when a number first needs it.
   */
  private static final class Powers {

    static final long[] TABLE = table();

    private static long[] table() {
      long[] table = new long[2 * (MAX_EXPONENT - MIN_EXPONENT + 1)];
      BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
      for (int exponent = MIN_EXPONENT; exponent <= MAX_EXPONENT; exponent++) {
        BigInteger power = BigInteger.TEN.pow(Math.abs(exponent));
        BigInteger mantissa;
        if (exponent >= 0) {
          int excess = power.bitLength() - 128;
          mantissa = excess > 0 ? power.shiftRight(excess) : power.shiftLeft(-excess);
        } else {
          mantissa = BigInteger.ONE.shiftLeft(127 + power.bitLength()).divide(power);
        }
        int row = 2 * (exponent - MIN_EXPONENT);
        table[row] = mantissa.and(mask).longValue();
        table[row + 1] = mantissa.shiftRight(64).longValue();
      }
      return table;
    }
  }
}
