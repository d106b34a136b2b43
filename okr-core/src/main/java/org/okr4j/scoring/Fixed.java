package org.okr4j.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Exact decimal arithmetic in {@code long}s for the evaluation plan: the same numbers, value and
 * scale, as {@link BigDecimal} under {@code MathContext.DECIMAL128}, computed without allocating,
 * for as long as they fit; every operation reports when they do not, and the caller then computes
 * that one number with {@code BigDecimal}.
 *
 * <p><b>Numbers.</b> A number is an unscaled value in two {@code long}s, a signed 128-bit
 * two's-complement integer ({@code hi}, {@code lo}), and a scale, as in {@code BigDecimal}:
 * {@code (hi·2⁶⁴ + lo) × 10^−scale}. Every quotient under {@code DECIMAL128} has at most 34
 * digits (below 2¹¹³), so the results of division always fit.
 *
 * <p><b>Quotients</b> ({@link #quotient}) follow {@code x.divide(y, MathContext.DECIMAL128)}: the
 * exact quotient if it has at most 34 significant digits, at the smallest scale not below
 * {@code x.scale() − y.scale()} that holds it; otherwise 34 digits rounded half to even, never
 * stripped of trailing zeros. The digits come from long division, nine at a time.
 *
 * <p><b>Sums</b> ({@link Sum}) hold a weighted total exactly as a 192-bit integer of units of
 * 10^−{@value #GRID}, with the scale a {@code BigDecimal} total would have (the largest scale of
 * its terms, at least 0, counted so that taking a term out leaves the scale a fresh total would
 * have), and the total of the weights beside it. Their mean is divided out with the same rules as
 * a quotient.
 *
 * <p>Stateless; {@link Num} and {@link Sum} are mutable scratch confined to one computation.
 */
final class Fixed {

  /** The scale of a sum's units: terms of a larger scale are left to {@code BigDecimal}. */
  static final int GRID = 40;

  /** The number of significant digits of {@code MathContext.DECIMAL128}. */
  static final int DIGITS = 34;

  private static final long MASK32 = 0xFFFF_FFFFL;
  private static final long LIMIT31 = 1L << 31;

  /** 10^0 … 10^18. */
  static final long[] POW = new long[19];
  /** 10^k as three 64-bit limbs, most significant first, k = 0 … 57. */
  private static final long[][] POW192 = new long[58][];

  static {
    POW[0] = 1;
    for (int i = 1; i < POW.length; i++) {
      POW[i] = POW[i - 1] * 10;
    }
    BigInteger ten = BigInteger.ONE;
    for (int k = 0; k < POW192.length; k++) {
      POW192[k] = new long[] {ten.shiftRight(128).longValue(), ten.shiftRight(64).longValue(), ten.longValue()};
      ten = ten.multiply(BigInteger.TEN);
    }
  }

  private Fixed() {}

  /** A number being computed: an unscaled 128-bit value and a scale. Mutable scratch. */
  static final class Num {
    long hi;
    long lo;
    int scale;

    void set(long hi, long lo, int scale) {
      this.hi = hi;
      this.lo = lo;
      this.scale = scale;
    }

    BigDecimal toBigDecimal() {
      return Fixed.toBigDecimal(hi, lo, scale);
    }
  }

  /** ⌊(2⁶⁴ − 1) / 10^k⌋ for k = 0 … 9, the reciprocals {@link #div} divides by 10^k with. */
  private static final long[] POW_RECIPROCAL = new long[10];
  /** The number of bits of 10^k, k = 0 … 57. */
  private static final int[] POW_BITS = new int[58];

  static {
    for (int k = 0; k < POW_RECIPROCAL.length; k++) {
      POW_RECIPROCAL[k] = reciprocal(POW[k]);
    }
    for (int k = 0; k < POW_BITS.length; k++) {
      POW_BITS[k] = BigInteger.TEN.pow(k).bitLength();
    }
  }

  /** Returns ⌊(2⁶⁴ − 1) / b⌋, the reciprocal with which {@link #div} divides by {@code b} &gt; 0. */
  static long reciprocal(long b) {
    return Long.divideUnsigned(-1L, b);
  }

  /**
   * Returns ⌊x / b⌋ for 0 ≤ x &lt; 2⁶³ and b &gt; 0, given {@code m = reciprocal(b)}: the high half of
   * {@code x · m} is the quotient or at most two below it, which the remainder corrects; a
   * multiplication instead of a hardware division.
   */
  static long div(long x, long b, long m) {
    long q = mulHiU(x, m);
    long r = x - q * b;
    if (r >= b) {
      q++;
      if (r - b >= b) {
        q++;
      }
    }
    return q;
  }

  /** The high 64 bits of the unsigned product of {@code a} and {@code b}. */
  static long mulHiU(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  /** Tells whether the unsigned 128-bit value (ah, al) is below (bh, bl). */
  private static boolean below(long ah, long al, long bh, long bl) {
    return ah != bh ? Long.compareUnsigned(ah, bh) < 0 : Long.compareUnsigned(al, bl) < 0;
  }

  /** The number of decimal digits of an unsigned 128-bit value below 10^38 (1 for 0). */
  static int digits(long hi, long lo) {
    if (hi == 0) {
      return lo >= 0 ? digits(lo) : 19 + (Long.compareUnsigned(lo, POW192[19][2]) >= 0 ? 1 : 0);
    }
    // log10(2) ≈ 1233 / 4096: an estimate that is exact or one too small
    int d = ((128 - Long.numberOfLeadingZeros(hi)) * 1233) >>> 12;
    return below(hi, lo, POW192[d][1], POW192[d][2]) ? d : d + 1;
  }

  /** The number of decimal digits of an unsigned 192-bit value below 10^57 (1 for 0). */
  static int digits(long x2, long x1, long x0) {
    if (x2 == 0) {
      return digits(x1, x0);
    }
    int d = ((192 - Long.numberOfLeadingZeros(x2)) * 1233) >>> 12;
    return Sum.below192(x2, x1, x0, POW192[d]) ? d : d + 1;
  }

  /** The number of decimal digits of {@code v} ≥ 0 (1 for 0). */
  static int digits(long v) {
    int d = ((64 - Long.numberOfLeadingZeros(v)) * 1233) >>> 12;
    return d < 19 && v >= POW[d] ? d + 1 : Math.max(d, 1);
  }

  /** Returns the {@code BigDecimal} of an unscaled 128-bit value and a scale. */
  static BigDecimal toBigDecimal(long hi, long lo, int scale) {
    if (hi == (lo >> 63)) {
      return BigDecimal.valueOf(lo, scale);
    }
    BigInteger unscaled = BigInteger.valueOf(hi).shiftLeft(64).add(BigInteger.valueOf(lo >>> 1).shiftLeft(1))
        .add(BigInteger.valueOf(lo & 1));
    return new BigDecimal(unscaled, scale);
  }

  /**
   * Reads a {@code BigDecimal} into {@code out}; false if its unscaled value needs more than 120
   * bits.
   */
  static boolean of(BigDecimal x, Num out) {
    BigInteger u = x.unscaledValue();
    if (u.bitLength() > 120) {
      return false;
    }
    out.set(u.shiftRight(64).longValue(), u.longValue(), x.scale());
    return true;
  }

  /**
   * Computes {@code x.divide(y, MathContext.DECIMAL128)} for {@code x = n × 10^−ns} and
   * {@code y = d × 10^−ds} into {@code out}; false, leaving {@code out} undefined, when the divisor's
   * unscaled value exceeds 10⁹ or an operand is {@code Long.MIN_VALUE} (the caller then divides in
   * {@code BigDecimal}). {@code d} must not be 0.
   */
  static boolean quotient(long n, int ns, long d, int ds, Num out) {
    return d != Long.MIN_VALUE && quotient(n, ns, d, ds, reciprocal(Math.abs(d)), out);
  }

  /**
   * {@link #quotient(long, int, long, int, Num)} given {@code reciprocal(|d|)}, which a caller
   * dividing by the same {@code d} many times computes once.
   */
  static boolean quotient(long n, int ns, long d, int ds, long reciprocal, Num out) {
    if (d == Long.MIN_VALUE || n == Long.MIN_VALUE) {
      return false;
    }
    long b = Math.abs(d);
    if (b > 1_000_000_000L) {
      return false;
    }
    long preferred = (long) ns - ds;
    if (preferred != (int) preferred) {
      return false;
    }
    if (n == 0) {
      out.set(0, 0, (int) preferred);
      return true;
    }
    long a = Math.abs(n);
    long whole = div(a, b, reciprocal);
    out.set(0, whole, 0);
    divideOut(out, whole == 0 ? 0 : digits(whole), a - whole * b, b, reciprocal, 0);
    long scale = out.scale + preferred;
    if (scale != (int) scale) {
      return false;
    }
    out.scale = (int) scale;
    if ((n < 0) != (d < 0)) {
      negate(out);
    }
    return true;
  }

  /**
   * Removes trailing zeros from the non-negative unscaled value of {@code x} while its scale stays
   * above {@code x.scale − room}: at most {@code room} zeros.
   */
  private static void strip(Num x, int room) {
    int left = room;
    while (left >= 9 && dropZeros(x, 9)) {
      left -= 9;
    }
    while (left > 0 && dropZeros(x, 1)) {
      left--;
    }
  }

  /** Divides the non-negative unscaled value of {@code x} by 10^k (k ≤ 9) if that leaves no remainder. */
  private static boolean dropZeros(Num x, int k) {
    long v = POW[k];
    long m = POW_RECIPROCAL[k];
    long hi = limb(x.hi, 0, v, m);
    long lo = limb(x.lo, x.hi - hi * v, v, m);
    if (x.lo - lo * v != 0) {
      return false;
    }
    x.set(hi, lo, x.scale - k);
    return true;
  }

  /**
   * Divides the 96-bit value {@code rem · 2⁶⁴ + x} (x unsigned, 0 ≤ rem &lt; v) by {@code v}, 0 &lt; v
   * &lt; 2³¹, given {@code m = reciprocal(v)}, in two 32-bit steps; returns the 64-bit quotient
   * {@code q}. The remainder is {@code x − q · v} in {@code long} arithmetic (it is below v).
   */
  static long limb(long x, long rem, long v, long m) {
    long c = rem << 32 | (x >>> 32);
    long high = div(c, v, m);
    c = (c - high * v) << 32 | (x & MASK32);
    return high << 32 | div(c, v, m);
  }

  /**
   * Appends the decimal digits of {@code r / b} (0 ≤ r &lt; b ≤ 10⁹, given {@code m = reciprocal(b)})
   * to the non-negative unscaled value of {@code c}, which has {@code sig} significant digits, nine
   * at a time, one scale per digit, until it has 34 significant digits or the division ends; then
   * rounds half to even by the remainder, or, when the division ended, strips trailing zeros while
   * the scale stays at or above {@code floor}: the rules of {@code divide(…, MathContext.DECIMAL128)}.
   */
  private static void divideOut(Num c, int sig, long r, long b, long m, int floor) {
    long ch = c.hi;
    long cl = c.lo;
    int scale = c.scale;
    int s = sig;
    long rest = r;
    while (rest != 0 && s < DIGITS) {
      int k = s == 0 ? 9 : Math.min(9, DIGITS - s);
      long p = POW[k];
      rest *= p;
      long chunk = div(rest, b, m);
      rest -= chunk * b;
      long low = cl * p;
      ch = ch * p + mulHiU(cl, p);
      cl = low + chunk;
      if (Long.compareUnsigned(cl, low) < 0) {
        ch++;
      }
      scale += k;
      s = s == 0 ? (chunk == 0 ? 0 : digits(chunk)) : s + k;
    }
    c.set(ch, cl, scale);
    if (rest == 0) {
      strip(c, scale - floor);
    } else {
      long twice = rest << 1;
      round(c, twice > b || twice == b && (cl & 1) == 1);
    }
  }

  /**
   * Adds one unit to the 34-digit non-negative unscaled value of {@code x} when {@code up}; a carry
   * to 10^34 becomes 10^33 at one scale less, as {@code MathContext} rounding does.
   */
  private static void round(Num x, boolean up) {
    if (!up) {
      return;
    }
    x.lo++;
    if (x.lo == 0) {
      x.hi++;
    }
    long[] p34 = POW192[DIGITS];
    if (x.hi == p34[1] && x.lo == p34[2]) {
      long[] p33 = POW192[DIGITS - 1];
      x.set(p33[1], p33[2], x.scale - 1);
    }
  }

  private static void negate(Num x) {
    x.lo = -x.lo;
    x.hi = x.lo == 0 ? -x.hi : ~x.hi;
  }

  /**
   * Compares two numbers as {@code BigDecimal.compareTo} does: by signs, then by the number of
   * digits before the decimal point, then digit by digit.
   */
  static int compare(long xh, long xl, int xs, long yh, long yl, int ys) {
    int sx = signum(xh, xl);
    int sy = signum(yh, yl);
    if (sx != sy || sx == 0) {
      return Integer.compare(sx, sy);
    }
    long ah = xh;
    long al = xl;
    long bh = yh;
    long bl = yl;
    if (sx < 0) {
      al = -xl;
      ah = al == 0 ? -xh : ~xh;
      bl = -yl;
      bh = bl == 0 ? -yh : ~yh;
    }
    long ex = (long) digits(ah, al) - xs;
    long ey = (long) digits(bh, bl) - ys;
    if (ex != ey) {
      return ex < ey ? -sx : sx;
    }
    // the same number of integer digits: the one of smaller scale scaled up has the other's digit count
    int c;
    if (xs < ys) {
      long[] p = POW192[ys - xs];
      c = compareScaled(ah, al, p, bh, bl);
    } else {
      long[] p = POW192[xs - ys];
      c = -compareScaled(bh, bl, p, ah, al);
    }
    return sx < 0 ? -c : c;
  }

  /** Compares (ah, al) × p with (bh, bl), all unsigned, where the product fits in 128 bits. */
  private static int compareScaled(long ah, long al, long[] p, long bh, long bl) {
    long ph = p[1];
    long pl = p[2];
    long lo = al * pl;
    long hi = mulHiU(al, pl) + al * ph + ah * pl;
    if (hi == bh && lo == bl) {
      return 0;
    }
    return below(hi, lo, bh, bl) ? -1 : 1;
  }

  static int signum(long hi, long lo) {
    return hi < 0 ? -1 : (hi == 0 && lo == 0 ? 0 : 1);
  }

  /** A {@link Cap}'s bounds in fixed point: the same replacements as {@link Cap#apply}. */
  static final class Bounds {
    private final boolean hasFloor;
    private final long floorHi;
    private final long floorLo;
    private final int floorScale;
    private final boolean hasCeiling;
    private final long ceilingHi;
    private final long ceilingLo;
    private final int ceilingScale;

    private Bounds(@Nullable Num floor, @Nullable Num ceiling) {
      this.hasFloor = floor != null;
      this.floorHi = floor == null ? 0 : floor.hi;
      this.floorLo = floor == null ? 0 : floor.lo;
      this.floorScale = floor == null ? 0 : floor.scale;
      this.hasCeiling = ceiling != null;
      this.ceilingHi = ceiling == null ? 0 : ceiling.hi;
      this.ceilingLo = ceiling == null ? 0 : ceiling.lo;
      this.ceilingScale = ceiling == null ? 0 : ceiling.scale;
    }

    /** Returns {@code cap}'s bounds, or {@code null} if one does not fit. */
    static @Nullable Bounds of(Cap cap) {
      Num floor = new Num();
      Num ceiling = new Num();
      if (cap.floor().isDefined() && !Fixed.of(cap.floor().get(), floor)
          || cap.ceiling().isDefined() && !Fixed.of(cap.ceiling().get(), ceiling)) {
        return null;
      }
      return new Bounds(cap.floor().isDefined() ? floor : null, cap.ceiling().isDefined() ? ceiling : null);
    }

    /** Moves {@code x} into the bounds: a bound replaces it with the bound's own digits and scale. */
    void apply(Num x) {
      if (hasFloor && compare(x.hi, x.lo, x.scale, floorHi, floorLo, floorScale) < 0) {
        x.set(floorHi, floorLo, floorScale);
      }
      if (hasCeiling && compare(x.hi, x.lo, x.scale, ceilingHi, ceilingLo, ceilingScale) > 0) {
        x.set(ceilingHi, ceilingLo, ceilingScale);
      }
    }
  }

  /**
   * One weighted sum of a roll-up in fixed point, the counterpart of {@code RollUpMath.Sum} under
   * {@link RollUpPolicy.Method#WEIGHTED_MEAN} and {@link RollUpPolicy.Method#MEAN} for the capped
   * progress: the same counts, the same total (value and scale), the same weight total, and so the
   * same mean. Mutable scratch.
   */
  static final class Sum {

    /** The result of {@link #mean}: a value. */
    static final int VALUE = 0;
    /** The result of {@link #mean}: no contribution counted a score (not scored). */
    static final int NOT_SCORED = 1;
    /** The result of {@link #mean}: no contribution at all (the policy's empty rule applies). */
    static final int EMPTY = 2;
    /** The result of {@link #mean}: it does not fit; compute it with {@code BigDecimal}. */
    static final int UNFIT = 3;

    private static final int MAX_TERM_BITS = 170;
    private static final int MAX_CONTRIBUTIONS = 1 << 20;

    private final boolean mean;
    private final boolean skipMissing;
    private final boolean equalWeights;
    private final Bounds cap;
    private final Num progress = new Num();

    int contributions;
    int scored;
    /** The weighted total of the capped progress in units of 10^−GRID (three limbs, most significant first). */
    long a2;
    long a1;
    long a0;
    /** The scale of the total: the largest among its terms, at least 0; and how many terms have it (above 0). */
    int top;
    int atTop;
    /** The total of the weights counted, unscaled, at scale {@link #weightScale}, and its count at that scale. */
    long weights;
    int weightScale;
    int weightsAtTop;

    // a term being computed (three limbs, magnitude)
    private long t2;
    private long t1;
    private long t0;

    /**
     * Returns a sum for {@code policy}'s roll-up, or {@code null} if its method or grouping is not
     * covered (a minimum, weights that must sum to one, means of group means, or a cap whose
     * bounds do not fit).
     */
    static @Nullable Sum forPolicy(RollUpPolicy policy) {
      RollUpPolicy.Method method = policy.method();
      if (method != RollUpPolicy.Method.WEIGHTED_MEAN && method != RollUpPolicy.Method.MEAN
          || policy.children() == RollUpPolicy.Children.MEAN_OF_GROUP_MEANS) {
        return null;
      }
      Bounds cap = Bounds.of(policy.cap());
      return cap == null ? null : new Sum(method == RollUpPolicy.Method.MEAN,
          policy.missing() == RollUpPolicy.Missing.SKIP, policy.children() == RollUpPolicy.Children.POOLED, cap);
    }

    private Sum(boolean mean, boolean skipMissing, boolean equalWeights, Bounds cap) {
      this.mean = mean;
      this.skipMissing = skipMissing;
      this.equalWeights = equalWeights;
      this.cap = cap;
    }

    /** Empties the sum. */
    void clear() {
      contributions = 0;
      scored = 0;
      a2 = 0;
      a1 = 0;
      a0 = 0;
      top = 0;
      atTop = 0;
      weights = 0;
      weightScale = 0;
      weightsAtTop = 0;
    }

    /**
     * Adds a contribution: progress {@code (hi, lo, scale)}, or none when {@code scored} is false,
     * with weight {@code w × 10^−ws} (≥ 0). False if it does not fit; the sum is then undefined.
     */
    boolean add(boolean isScored, long hi, long lo, int scale, long w, int ws) {
      return change(isScored, hi, lo, scale, w, ws, false);
    }

    /**
     * Takes back a contribution added before with the same arguments, leaving the sum as if it had
     * never been added. False if that cannot be done exactly (the scale of a total would no longer
     * be known); the sum is then undefined and must be rebuilt.
     */
    boolean remove(boolean isScored, long hi, long lo, int scale, long w, int ws) {
      return change(isScored, hi, lo, scale, w, ws, true);
    }

    private boolean change(boolean isScored, long hi, long lo, int scale, long w, int ws, boolean out) {
      long ew = w;
      int ews = ws;
      if (equalWeights && w != 0) {
        ew = 1;
        ews = 0;
      }
      contributions += out ? -1 : 1;
      if (contributions > MAX_CONTRIBUTIONS) {
        return false;
      }
      if (ew == 0 || !isScored && skipMissing) {
        return true;
      }
      if (isScored) {
        scored += out ? -1 : 1;
      }
      Num p = progress;
      if (isScored) {
        p.set(hi, lo, scale);
      } else {
        p.set(0, 0, 0);
      }
      cap.apply(p);
      if (mean) {
        return weigh(1, 0, out) && term(p.hi, p.lo, p.scale, 1, 0, out);
      }
      return weigh(ew, ews, out) && term(p.hi, p.lo, p.scale, ew, ews, out);
    }

    /** Adds (or takes out) a weight to the weight total, tracking its scale as a total does. */
    private boolean weigh(long w, int ws, boolean out) {
      if (w < 0 || ws < 0 || ws > 18) {
        return false;
      }
      if (out) {
        if (ws > weightScale) {
          return false;
        }
        weights -= w * POW[weightScale - ws];
        return ws != weightScale || weightScale == 0 || --weightsAtTop > 0;
      }
      if (ws > weightScale) {
        int up = ws - weightScale;
        long hiPart = Math.multiplyHigh(weights, POW[up]);
        long scaled = weights * POW[up];
        if (hiPart != 0 || scaled < 0) {
          return false;
        }
        weights = scaled;
        weightScale = ws;
        weightsAtTop = 1;
      } else if (ws == weightScale && ws > 0) {
        weightsAtTop++;
      }
      long add = w;
      int up = weightScale - ws;
      if (up > 0) {
        if (Math.multiplyHigh(w, POW[up]) != 0 || w * POW[up] < 0) {
          return false;
        }
        add = w * POW[up];
      }
      long sum = weights + add;
      if (sum < 0) {
        return false;
      }
      weights = sum;
      return true;
    }

    /** Adds (or takes out) the term (hi, lo) × 10^−scale × w × 10^−ws to the total. */
    private boolean term(long hi, long lo, int scale, long w, int ws, boolean out) {
      long termScale = (long) scale + ws;
      if (termScale > GRID || termScale < GRID - 57 || w >= LIMIT31) {
        return false;
      }
      int s = (int) termScale;
      boolean negative = hi < 0;
      long mh = hi;
      long ml = lo;
      if (negative) {
        ml = -lo;
        mh = ml == 0 ? -hi : ~hi;
      }
      int k = GRID - s;
      int bits = (mh != 0 ? 128 - Long.numberOfLeadingZeros(mh) : 64 - Long.numberOfLeadingZeros(ml))
          + 64 - Long.numberOfLeadingZeros(w) + POW_BITS[k];
      if (bits > MAX_TERM_BITS) {
        return false;
      }
      t2 = 0;
      t1 = mh;
      t0 = ml;
      if (k <= 18 && POW_BITS[k] + 64 - Long.numberOfLeadingZeros(w) < 63) {
        times(w * POW[k]);
      } else {
        times(w);
        while (k > 0) {
          int step = Math.min(k, 18);
          times(POW[step]);
          k -= step;
        }
      }
      if (negative != out) {
        t0 = -t0;
        long c = t0 == 0 ? 1 : 0;
        t1 = ~t1 + c;
        c = c == 1 && t1 == 0 ? 1 : 0;
        t2 = ~t2 + c;
      }
      long s0 = a0 + t0;
      long c0 = Long.compareUnsigned(s0, a0) < 0 ? 1 : 0;
      long s1 = a1 + t1;
      long c1 = Long.compareUnsigned(s1, a1) < 0 ? 1 : 0;
      long s1c = s1 + c0;
      c1 += Long.compareUnsigned(s1c, s1) < 0 ? 1 : 0;
      a0 = s0;
      a1 = s1c;
      a2 = a2 + t2 + c1;
      if (out) {
        return s != top || top <= 0 || --atTop > 0;
      }
      if (s > top) {
        top = s;
        atTop = 1;
      } else if (s == top && s > 0) {
        atTop++;
      }
      return true;
    }

    /** Multiplies the term by {@code m} ≥ 0; the caller has checked that the product fits. */
    private void times(long m) {
      long lo0 = t0 * m;
      long hi0 = mulHiU(t0, m);
      long lo1 = t1 * m;
      long hi1 = mulHiU(t1, m);
      long r1 = lo1 + hi0;
      long c = Long.compareUnsigned(r1, lo1) < 0 ? 1 : 0;
      t0 = lo0;
      t1 = r1;
      t2 = t2 * m + hi1 + c;
    }

    /**
     * Divides the total by the weight total into {@code out} as {@code Decimals.div} would (the
     * total itself when the weights sum to exactly 1), and returns {@link #VALUE}, or why there is
     * no value: {@link #NOT_SCORED}, {@link #EMPTY}, or {@link #UNFIT}.
     */
    int mean(Num out) {
      if (contributions == 0) {
        return EMPTY;
      }
      if (scored == 0) {
        return NOT_SCORED;
      }
      boolean negative = a2 < 0;
      long m2 = a2;
      long m1 = a1;
      long m0 = a0;
      if (negative) {
        m0 = -a0;
        long c = m0 == 0 ? 1 : 0;
        m1 = ~a1 + c;
        c = c == 1 && m1 == 0 ? 1 : 0;
        m2 = ~a2 + c;
      }
      int status = weights == POW[weightScale] ? total(m2, m1, m0, out) : divided(m2, m1, m0, out);
      if (status == VALUE && negative) {
        negate(out);
      }
      return status;
    }

    /** The total itself, at its own scale: the magnitude (m2, m1, m0) divided by 10^(GRID − top). */
    private int total(long m2, long m1, long m0, Num out) {
      t2 = m2;
      t1 = m1;
      t0 = m0;
      int k = GRID - top;
      while (k > 0) {
        int step = Math.min(k, 9);
        divideTermByPow(step);
        k -= step;
      }
      if (t2 != 0 || t1 < 0) {
        return UNFIT;
      }
      out.set(t1, t0, top);
      return VALUE;
    }

    /** The magnitude (m2, m1, m0) divided by the weight total under the division's rules. */
    private int divided(long m2, long m1, long m0, Num out) {
      long v = weights;
      if (v <= 0 || v >= LIMIT31) {
        return UNFIT;
      }
      int preferred = top - weightScale;
      int scale = GRID - weightScale;
      if ((m2 | m1 | m0) == 0) {
        out.set(0, 0, preferred);
        return VALUE;
      }
      t2 = m2;
      t1 = m1;
      t0 = m0;
      long reciprocal = reciprocal(v);
      long r = divideTerm(v, reciprocal);
      int d = digitsOfTerm();
      if (t2 == 0 && t1 == 0 && t0 == 0) {
        return UNFIT;
      }
      if (d > DIGITS) {
        int drop = d - DIGITS;
        if (drop > 18) {
          return UNFIT;
        }
        long dropped;
        if (drop > 9) {
          long r1 = divideTermByPow(9);
          long r2 = divideTermByPow(drop - 9);
          dropped = r2 * POW[9] + r1;
        } else {
          dropped = divideTermByPow(drop);
        }
        out.set(t1, t0, scale - drop);
        if (dropped == 0 && r == 0) {
          strip(out, out.scale - preferred);
          return VALUE;
        }
        long half = 5 * POW[drop - 1];
        round(out, dropped > half || dropped == half && (r != 0 || (t0 & 1) == 1));
        return VALUE;
      }
      // fewer than 34 digits: more digits from the remainder
      out.set(t1, t0, scale);
      divideOut(out, d, r, v, reciprocal, preferred);
      return VALUE;
    }

    /** Divides the unsigned term by {@code v}, 0 &lt; v &lt; 2³¹; returns the remainder. */
    private long divideTerm(long v) {
      return divideTerm(v, reciprocal(v));
    }

    /** Divides the unsigned term by 10^k, 0 ≤ k ≤ 9; returns the remainder. */
    private long divideTermByPow(int k) {
      return divideTerm(POW[k], POW_RECIPROCAL[k]);
    }

    /** Divides the unsigned term by {@code v}, 0 &lt; v &lt; 2³¹, given {@code m = reciprocal(v)}; returns the remainder. */
    private long divideTerm(long v, long m) {
      long q2 = limb(t2, 0, v, m);
      long q1 = limb(t1, t2 - q2 * v, v, m);
      long q0 = limb(t0, t1 - q1 * v, v, m);
      long r = t0 - q0 * v;
      t2 = q2;
      t1 = q1;
      t0 = q0;
      return r;
    }

    /** The number of decimal digits of the unsigned term (below 10^57; 1 for 0). */
    private int digitsOfTerm() {
      return digits(t2, t1, t0);
    }

    static boolean below192(long x2, long x1, long x0, long[] p) {
      if (x2 != p[0]) {
        return Long.compareUnsigned(x2, p[0]) < 0;
      }
      return below(x1, x0, p[1], p[2]);
    }

    /** Stores the sum's state at position {@code i} of {@code longs} (4 per sum) and {@code ints} (6 per sum). */
    void store(long[] longs, int[] ints, int i) {
      int l = i * 4;
      longs[l] = a2;
      longs[l + 1] = a1;
      longs[l + 2] = a0;
      longs[l + 3] = weights;
      int n = i * 6;
      ints[n] = contributions;
      ints[n + 1] = scored;
      ints[n + 2] = top;
      ints[n + 3] = atTop;
      ints[n + 4] = weightScale;
      ints[n + 5] = weightsAtTop;
    }

    /** Loads the state stored by {@link #store}. */
    void load(long[] longs, int[] ints, int i) {
      int l = i * 4;
      a2 = longs[l];
      a1 = longs[l + 1];
      a0 = longs[l + 2];
      weights = longs[l + 3];
      int n = i * 6;
      contributions = ints[n];
      scored = ints[n + 1];
      top = ints[n + 2];
      atTop = ints[n + 3];
      weightScale = ints[n + 4];
      weightsAtTop = ints[n + 5];
    }
  }
}
