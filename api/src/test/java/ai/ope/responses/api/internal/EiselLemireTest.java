package ai.ope.responses.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Numbers read from bytes are exactly the {@code double} that {@code Double.parseDouble} gives,
 * bit for bit: the shortest spellings of random doubles (as servers write log probabilities),
 * long random decimals over the whole exponent range, and the hard cases, decimals a hair away
 * from the half-way point between two neighbouring doubles.
 */
class EiselLemireTest {

  @Test
  void theShortestSpellingOfAnyDoubleReadsBackAsThatDouble() {
    Random random = new Random(1);
    for (int i = 0; i < 300_000; i++) {
      double value = Double.longBitsToDouble(random.nextLong());
      if (Double.isFinite(value)) {
        check(Double.toString(value));
        check(BigDecimal.valueOf(value).toPlainString());
      }
    }
  }

  @Test
  void longDecimalsOverTheWholeRangeReadAsTheJdkReadsThem() {
    Random random = new Random(2);
    for (int i = 0; i < 300_000; i++) {
      int digits = 1 + random.nextInt(19);
      StringBuilder number = new StringBuilder(random.nextBoolean() ? "-" : "");
      for (int d = 0; d < digits; d++) {
        number.append((char) ('0' + random.nextInt(10)));
      }
      if (random.nextBoolean()) {
        number.insert(number.length() - random.nextInt(digits), '.');
        if (number.charAt(number.length() - 1) == '.' || number.charAt(0) == '.'
            || number.toString().startsWith("-.")) {
          number.append('0');
          number.insert(number.charAt(0) == '-' ? 1 : 0, '0');
        }
      }
      number.append('e').append(random.nextInt(700) - 350);
      check(number.toString().replace("..", "."));
    }
  }

  @Test
  void decimalsNextToTheHalfWayPointBetweenTwoDoublesRoundAsTheJdkRoundsThem() {
    Random random = new Random(3);
    MathContext nineteen = new MathContext(19, RoundingMode.HALF_EVEN);
    for (int i = 0; i < 100_000; i++) {
      double value = Double.longBitsToDouble(random.nextLong() & Long.MAX_VALUE);
      if (!Double.isFinite(value) || value == Double.MAX_VALUE) {
        continue;
      }
      BigDecimal half = new BigDecimal(value).add(new BigDecimal(Math.nextUp(value)))
          .divide(BigDecimal.valueOf(2));
      check(half.round(nineteen).toString());
      check(half.round(new MathContext(17, RoundingMode.DOWN)).toString());
      check(half.round(new MathContext(17, RoundingMode.UP)).toString());
    }
  }

  @Test
  void edgeCasesReadAsTheJdkReadsThem() {
    for (String number : new String[] {"0", "-0", "0.0", "-0e10", "1e-400", "1e400",
        "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2.2250738585072011e-308",
        "2.2250738585072014e-308", "1.7976931348623157e308", "1.7976931348623158e308",
        "1.7976931348623159e308", "9007199254740993", "9007199254740992.5", "18446744073709551615",
        "9999999999999999999", "0.00007493430894101039", "-1.9361264946837764e-7",
        "123456789012345678e-360", "1e-348", "1e347", "1e23", "8.589973e9", "0.1e1",
        "100000000000000000000000", "1000000000000000000000000000000000000000000000e-46"}) {
      check(number);
    }
  }

  private static void check(String number) {
    byte[] bytes = number.getBytes(StandardCharsets.US_ASCII);
    double expected = Double.parseDouble(number);
    assertThat(Double.doubleToRawLongBits(Utf8Strings.toDouble(bytes, 0, bytes.length)))
        .as(number).isEqualTo(Double.doubleToRawLongBits(expected));
  }
}
