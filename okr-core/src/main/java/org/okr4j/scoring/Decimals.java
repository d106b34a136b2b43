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
    // At most one of the fast paths applies: a quotient that ends within 18 digits, or one that
    // does not end within 34; the second is the common case of a progress ratio and is tried first.
    BigDecimal q = rounded(x, y);
    if (q == null) {
      q = terminating(x, y);
    }
    return q != null ? q : x.divide(y, Numbers.MATH);
  }

  private static final long TEN_16 = 10_000_000_000_000_000L;
  private static final java.math.BigInteger BIG_TEN_16 = java.math.BigInteger.valueOf(TEN_16);

  /**
   * The second fast path: the quotient rounded to 34 significant digits, half to even, when both
   * unscaled values fit in a {@code long}, the divisor's is at most 10⁹ and the quotient does not
   * end within 34 digits; else {@code null}. Such a quotient is what {@code x.divide(y, Numbers.MATH)}
   * gives: 34 digits, never stripped. The digits are found by long division in chunks of at most
   * nine, the first 18 in one {@code long}, the other 16 in another; the remainder decides the
   * rounding. {@code DecimalsProperties} checks it against {@code x.divide(y, Numbers.MATH)}.
   */
  @DoNotMutate
  static @Nullable BigDecimal rounded(BigDecimal x, BigDecimal y) {
    if (x.precision() > 18 || y.precision() > 18) {
      return null;
    }
    long ux = x.unscaledValue().longValue();
    long uy = y.unscaledValue().longValue();
    if (ux == 0 || uy == 0) {
      return null;
    }
    long a = Math.abs(ux);
    long b = Math.abs(uy);
    if (b > 1_000_000_000L) {
      return null;
    }
    long high = a / b;
    long r = a % b;
    int digits = high == 0 ? 0 : digitCount(high);
    int fraction = 0;
    // leading zeros after the point do not count as significant digits
    if (high == 0) {
      while (r * 10 < b) {
        r *= 10;
        fraction++;
      }
    }
    while (digits < 18) {
      int m = Math.min(9, 18 - digits);
      r *= POWERS[m];
      high = high * POWERS[m] + r / b;
      r %= b;
      digits += m;
      fraction += m;
    }
    long low = 0;
    for (int m : new int[] {9, 7}) {
      r *= POWERS[m];
      low = low * POWERS[m] + r / b;
      r %= b;
      fraction += m;
    }
    if (r == 0) {
      return null;
    }
    long twice = 2 * r;
    if (twice > b || twice == b && (low & 1) == 1) {
      low++;
      if (low == TEN_16) {
        low = 0;
        high++;
      }
    }
    int scale = fraction + x.scale() - y.scale();
    if (high == POWERS[18]) {
      high = POWERS[17];
      scale--;
    }
    java.math.BigInteger unscaled = java.math.BigInteger.valueOf(high).multiply(BIG_TEN_16)
        .add(java.math.BigInteger.valueOf(low));
    return new BigDecimal((ux < 0) != (uy < 0) ? unscaled.negate() : unscaled, scale);
  }

  private static int digitCount(long v) {
    int n = 1;
    while (n < 19 && v >= POWERS[n]) {
      n++;
    }
    return n;
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
