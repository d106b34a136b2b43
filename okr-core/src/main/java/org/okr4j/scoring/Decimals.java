package org.okr4j.scoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.DoNotMutate;
import org.okr4j.internal.Numbers;

/**
 * Division as okr4j defines it, {@code x.divide(y, Numbers.MATH)}, with a fast path: when both
 * unscaled values fit in a {@code long} and the quotient is a terminating decimal, it is computed
 * with {@code long} arithmetic. The result is the same {@link BigDecimal}, value and scale, as
 * {@code x.divide(y, Numbers.MATH)} (the smallest scale not below {@code x.scale() − y.scale()}
 * that holds the exact quotient); the JDK reaches it by stripping trailing zeros one division by
 * ten at a time, which costs microseconds per call. Stateless.
 */
final class Decimals {

  private static final long[] POWERS = new long[19];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  private Decimals() {}

  /** Returns {@code x.divide(y, Numbers.MATH)}; {@code y} must not be zero. */
  static BigDecimal div(BigDecimal x, BigDecimal y) {
    BigDecimal q = terminating(x, y);
    return q != null ? q : x.divide(y, Numbers.MATH);
  }

  /**
   * The fast path: the quotient when both unscaled values fit in a {@code long} and it is a
   * terminating decimal that fits too, else {@code null} (the general path then computes it).
   * {@code DecimalsProperties} checks it against {@code x.divide(y, Numbers.MATH)}, value and scale.
   */
  @DoNotMutate
  static @Nullable BigDecimal terminating(BigDecimal x, BigDecimal y) {
    if (x.precision() > 18 || y.precision() > 18) {
      return null;
    }
    long ux = x.unscaledValue().longValue();
    long uy = y.unscaledValue().longValue();
    int scale = x.scale() - y.scale();
    if (ux == 0) {
      return BigDecimal.valueOf(0, scale);
    }
    long d = Math.abs(uy / gcd(Math.abs(ux), Math.abs(uy)));
    int twos = Long.numberOfTrailingZeros(d);
    d >>= twos;
    int fives = 0;
    while (d % 5 == 0) {
      d /= 5;
      fives++;
    }
    if (d != 1) {
      return null;
    }
    int k = Math.max(twos, fives);
    if (k >= POWERS.length) {
      return null;
    }
    long hi = Math.multiplyHigh(ux, POWERS[k]);
    long m = ux * POWERS[k];
    return (hi == 0 && m >= 0) || (hi == -1 && m < 0) ? BigDecimal.valueOf(m / uy, scale + k) : null;
  }

  @DoNotMutate
  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
