package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.okr4j.internal.Numbers;
import org.quicktheories.core.Gen;

/**
 * The fixed-point arithmetic of the evaluation plan gives the numbers {@code BigDecimal} gives,
 * value and scale: quotients as {@code x.divide(y, MathContext.DECIMAL128)}, comparisons as
 * {@code compareTo}, and weighted means as the roll-up's own sums, including after contributions
 * are taken back out.
 */
class FixedProperties {

  private static final int EXAMPLES = Integer.getInteger("okr.qt.examples", 1000);

  private static Gen<Integer> scales() {
    return integers().between(-5, 30).mix(arbitrary().pick(0, 1, 2, 34), 30);
  }

  private static Gen<Long> unscaled() {
    return longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L)
        .mix(longs().between(-2000, 2000), 50)
        .mix(arbitrary().pick(0L, 1L, -1L, 3L, 7L, 1024L, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE), 10);
  }

  private static Gen<Long> divisors() {
    return longs().between(-1_000_000_000L, 1_000_000_000L).mix(longs().between(-60, 60), 50)
        .mix(arbitrary().pick(1L, 3L, 7L, 1_000_000_000L, 999_999_937L, 1_000_000_001L), 10)
        .assuming(d -> d != 0);
  }

  @Test
  void quotientsEqualTheDeclaredMathContext() {
    qt().withExamples(EXAMPLES * 10).forAll(unscaled(), scales(), divisors(), scales()).checkAssert((n, ns, d, ds) -> {
      Fixed.Num q = new Fixed.Num();
      BigDecimal expected = BigDecimal.valueOf(n, ns).divide(BigDecimal.valueOf(d, ds), Numbers.MATH);
      if (Fixed.quotient(n, ns, d, ds, q)) {
        assertThat(q.toBigDecimal()).isEqualTo(expected);
      } else {
        assertThat(Math.abs(d) > 1_000_000_000L || n == Long.MIN_VALUE).isTrue();
      }
    });
  }

  @Test
  void quotientsWithWorkedDigits() {
    assertThat(quotient(1, 0, 3, 0)).isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
    assertThat(quotient(-2, 0, 3, 0)).isEqualTo(new BigDecimal("-0.6666666666666666666666666666666667"));
    assertThat(quotient(37, 0, 100, 0)).isEqualTo(new BigDecimal("0.37"));
    assertThat(quotient(100, 0, 1, 0)).isEqualTo(new BigDecimal("100"));
    assertThat(quotient(0, 2, 7, 0)).isEqualTo(new BigDecimal("0.00"));
    assertThat(quotient(25, 1, 4, 0)).isEqualTo(new BigDecimal("0.625"));
    assertThat(quotient(1, 20, 7, 0)).isEqualTo(new BigDecimal("1E-20").divide(new BigDecimal("7"), Numbers.MATH));
    // 34 nines rounded up carries to 10^34: one digit less, one scale less
    assertThat(quotient(Long.MAX_VALUE, 0, 1, 0)).isEqualTo(new BigDecimal(Long.MAX_VALUE));
  }

  private static BigDecimal quotient(long n, int ns, long d, int ds) {
    Fixed.Num q = new Fixed.Num();
    assertThat(Fixed.quotient(n, ns, d, ds, q)).isTrue();
    return q.toBigDecimal();
  }

  /** Numbers of up to 36 digits: small decimals, 34-digit quotients, their negatives. */
  private static Gen<BigDecimal> numbers() {
    Gen<BigDecimal> small = unscaled().zip(scales(), BigDecimal::valueOf);
    Gen<BigDecimal> quotients = longs().between(-5000, 5000).zip(longs().between(1, 999), integers().between(0, 3),
        (a, b, s) -> BigDecimal.valueOf(a, s).divide(BigDecimal.valueOf(b), Numbers.MATH));
    Gen<BigDecimal> wide = longs().all().zip(longs().between(1, 1L << 40), integers().between(0, 40),
        (a, b, s) -> new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)), s));
    return small.mix(quotients, 50).mix(wide, 15);
  }

  @Test
  void comparisonsEqualCompareTo() {
    qt().withExamples(EXAMPLES * 5).forAll(numbers(), numbers().mix(arbitrary().pick(BigDecimal.ZERO, BigDecimal.ONE,
        new BigDecimal("1.75"), new BigDecimal("1.000")), 30)).checkAssert((x, y) -> {
          Fixed.Num a = new Fixed.Num();
          Fixed.Num b = new Fixed.Num();
          assertThat(Fixed.of(x, a) && Fixed.of(y, b)).isTrue();
          assertThat(Integer.signum(Fixed.compare(a.hi, a.lo, a.scale, b.hi, b.lo, b.scale)))
              .isEqualTo(x.compareTo(y));
        });
  }

  @Test
  void numbersRoundTripThroughTheirLimbs() {
    qt().withExamples(EXAMPLES * 5).forAll(numbers()).checkAssert(x -> {
      Fixed.Num a = new Fixed.Num();
      assertThat(Fixed.of(x, a)).isTrue();
      assertThat(a.toBigDecimal()).isEqualTo(x);
    });
    assertThat(Fixed.of(new BigDecimal(BigInteger.ONE.shiftLeft(121)), new Fixed.Num())).isFalse();
  }

  @Test
  void digitCountsAtEveryPowerOfTwoAndTen() {
    List<BigInteger> values = new ArrayList<>();
    for (int b = 0; b < 190; b++) {
      values.add(BigInteger.ONE.shiftLeft(b));
      values.add(BigInteger.ONE.shiftLeft(b).subtract(BigInteger.ONE));
    }
    for (int k = 0; k < 57; k++) {
      values.add(BigInteger.TEN.pow(k));
      values.add(BigInteger.TEN.pow(k).subtract(BigInteger.ONE));
      values.add(BigInteger.TEN.pow(k).add(BigInteger.ONE));
    }
    for (BigInteger v : values) {
      int expected = v.toString().length();
      long x2 = v.shiftRight(128).longValue();
      long x1 = v.shiftRight(64).longValue();
      long x0 = v.longValue();
      if (v.bitLength() < 192 && v.compareTo(BigInteger.TEN.pow(57)) < 0) {
        assertThat(Fixed.digits(x2, x1, x0)).as("%s", v).isEqualTo(expected);
      }
      if (v.bitLength() <= 128 && v.compareTo(BigInteger.TEN.pow(38)) < 0) {
        assertThat(Fixed.digits(x1, x0)).as("%s", v).isEqualTo(expected);
      }
      if (v.bitLength() < 64) {
        assertThat(Fixed.digits(x0)).as("%s", v).isEqualTo(expected);
      }
    }
  }

  /** A contribution: progress (or none) and a weight. */
  private record Term(@Nullable BigDecimal progress, BigDecimal weight) {}

  private static Gen<Term> terms() {
    return terms(numbers(), 4);
  }

  /**
   * Progress as key results and roll-ups produce it, weighted as hosts weigh: 34-digit quotients of
   * whole numbers (scale at most 36) and short decimals around [0, 1], with weights of scale at most
   * 3, so that every term's scale stays within {@link Fixed#GRID}.
   */
  private static Gen<Term> everydayTerms() {
    Gen<BigDecimal> quotients = longs().between(-500, 5000).zip(longs().between(1, 999),
        (a, b) -> BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), Numbers.MATH));
    return terms(quotients.mix(longs().between(-100, 10_000).zip(integers().between(0, 6), BigDecimal::valueOf), 40),
        3);
  }

  /** Contributions of the given progress (or none), weighted by common weights or by decimals of scale up to {@code weightScale}. */
  private static Gen<Term> terms(Gen<BigDecimal> numbers, int weightScale) {
    Gen<BigDecimal> weights = arbitrary().pick(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("3"),
        new BigDecimal("0.5"), new BigDecimal("0.25"), new BigDecimal("1.0"), new BigDecimal("0.125"))
        .mix(longs().between(0, 5000).zip(integers().between(0, weightScale), BigDecimal::valueOf), 20);
    Gen<BigDecimal> progress = numbers.mix(arbitrary().pick(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("1.25"),
        new BigDecimal("-0.2"), new BigDecimal("0.5")), 20);
    return progress.zip(weights, booleans().all(), (p, w, missing) -> new Term(missing ? null : p, w))
        .mix(progress.zip(weights, (p, w) -> new Term(p, w)), 70);
  }

  private static Gen<RollUpPolicy> policies() {
    return arbitrary().pick(RollUpPolicy.Method.WEIGHTED_MEAN, RollUpPolicy.Method.MEAN)
        .zip(arbitrary().enumValues(RollUpPolicy.Missing.class),
            arbitrary().pick(RollUpPolicy.Children.POOLED, RollUpPolicy.Children.POOLED_WEIGHTED,
                RollUpPolicy.Children.KEY_RESULTS_ONLY),
            arbitrary().pick(Cap.none(), Cap.clamp01(), Cap.nonNegative(), Cap.atMost(new BigDecimal("1.75"))),
            (m, missing, children, cap) -> RollUpPolicy.defaults().withMethod(m).withMissing(missing)
                .withChildren(children).withCap(cap));
  }

  private static RollUpMath.Sum reference(RollUpPolicy p) {
    return new RollUpMath.Sum(p.method(), p.missing(), p.children() == RollUpPolicy.Children.POOLED, p.cap());
  }

  private static boolean add(Fixed.Sum sum, Term t, boolean out) {
    Fixed.Num p = new Fixed.Num();
    Fixed.Num w = new Fixed.Num();
    boolean scored = t.progress() != null;
    if (scored) {
      assertThat(Fixed.of(t.progress(), p)).isTrue();
    }
    assertThat(Fixed.of(t.weight(), w)).isTrue();
    return out ? sum.remove(scored, p.hi, p.lo, p.scale, w.lo, w.scale)
        : sum.add(scored, p.hi, p.lo, p.scale, w.lo, w.scale);
  }

  /** The fixed sum's mean, or the reference's {@code progress()} when the fixed sum cannot hold it. */
  private static @Nullable BigDecimal mean(Fixed.Sum sum, RollUpMath.Sum expected, int[] unfit) {
    Fixed.Num out = new Fixed.Num();
    int status = sum.mean(out);
    switch (status) {
      case Fixed.Sum.VALUE:
        return out.toBigDecimal();
      case Fixed.Sum.NOT_SCORED:
        return null;
      case Fixed.Sum.EMPTY:
        assertThat(expected.contributions()).isZero();
        return null;
      default:
        unfit[0]++;
        return expected.progress();
    }
  }

  @Test
  void meansEqualTheRollUpsSums() {
    meansEqualTheRollUpsSums(terms(), 1.0);
  }

  /**
   * Sums of everyday progress always fit in the fixed-point units; only terms of a scale above
   * {@link Fixed#GRID} (a 34-digit quotient of scale 37 weighted by 0.1309, say) or of too many bits
   * are left to {@code BigDecimal}.
   */
  @Test
  void everydayMeansFitInLongs() {
    meansEqualTheRollUpsSums(everydayTerms(), 0.0);
  }

  /** Checks means of generated sums; at most {@code unfitShare} of them may be left to {@code BigDecimal}. */
  private static void meansEqualTheRollUpsSums(Gen<Term> terms, double unfitShare) {
    int[] unfit = {0};
    int[] runs = {0};
    qt().withExamples(EXAMPLES * 3).forAll(policies(), lists().of(terms).ofSizeBetween(0, 40)).checkAssert((p, ts) -> {
      RollUpMath.Sum expected = reference(p);
      Fixed.Sum sum = Fixed.Sum.forPolicy(p);
      assertThat(sum).isNotNull();
      boolean fits = true;
      for (Term t : ts) {
        expected.add(t.progress(), t.weight());
        fits &= add(sum, t, false);
      }
      runs[0]++;
      if (!fits) {
        unfit[0]++;
        return;
      }
      assertThat(mean(sum, expected, unfit)).isEqualTo(expected.progress());
    });
    assertThat(unfit[0]).as("sums left to BigDecimal").isLessThanOrEqualTo((int) (runs[0] * unfitShare));
  }

  @Test
  void takingContributionsBackLeavesTheSumOfTheRest() {
    qt().withExamples(EXAMPLES * 3).forAll(policies(), lists().of(terms()).ofSizeBetween(1, 30),
        lists().of(booleans().all()).ofSize(30)).checkAssert((p, ts, drop) -> {
          Fixed.Sum sum = Fixed.Sum.forPolicy(p);
          boolean fits = true;
          for (Term t : ts) {
            fits &= add(sum, t, false);
          }
          if (!fits) {
            return;
          }
          RollUpMath.Sum rest = reference(p);
          List<Term> kept = new ArrayList<>();
          for (int i = 0; i < ts.size(); i++) {
            if (drop.get(i)) {
              if (!add(sum, ts.get(i), true)) {
                return; // the scale of a total is no longer known: the caller rebuilds
              }
            } else {
              kept.add(ts.get(i));
            }
          }
          kept.forEach(t -> rest.add(t.progress(), t.weight()));
          assertThat(mean(sum, rest, new int[1])).isEqualTo(rest.progress());
        });
  }

  @Test
  void aMeanOfThirdsHasTheRollUpsDigits() {
    RollUpPolicy p = RollUpPolicy.defaults().withMethod(RollUpPolicy.Method.WEIGHTED_MEAN);
    Fixed.Sum sum = Fixed.Sum.forPolicy(p);
    RollUpMath.Sum expected = reference(p);
    Term[] ts = {new Term(new BigDecimal("0.3333333333333333333333333333333333"), new BigDecimal("2")),
        new Term(new BigDecimal("0.5"), BigDecimal.ONE), new Term(null, new BigDecimal("0.5"))};
    for (Term t : ts) {
      expected.add(t.progress(), t.weight());
      assertThat(add(sum, t, false)).isTrue();
    }
    BigDecimal got = mean(sum, expected, new int[1]);
    assertThat(got).isEqualTo(expected.progress());
    assertThat(got).isEqualTo(new BigDecimal("0.3333333333333333333333333333333333").multiply(new BigDecimal("2"))
        .add(new BigDecimal("0.5")).divide(new BigDecimal("3.5"), Numbers.MATH));
  }

  /** Adds the terms to a fixed sum and to the roll-up's own sum; returns the fixed sum's mean, checked against the roll-up's. */
  private static @Nullable BigDecimal workedMean(RollUpPolicy p, Term... ts) {
    Fixed.Sum sum = Fixed.Sum.forPolicy(p);
    RollUpMath.Sum expected = reference(p);
    for (Term t : ts) {
      expected.add(t.progress(), t.weight());
      assertThat(add(sum, t, false)).isTrue();
    }
    Fixed.Num out = new Fixed.Num();
    int status = sum.mean(out);
    BigDecimal got = status == Fixed.Sum.VALUE ? out.toBigDecimal() : null;
    assertThat(status).isNotEqualTo(Fixed.Sum.UNFIT);
    assertThat(got).isEqualTo(expected.progress());
    return got;
  }

  private static Term term(@Nullable String progress, String weight) {
    return new Term(progress == null ? null : new BigDecimal(progress), new BigDecimal(weight));
  }

  @Test
  void workedMeans() {
    RollUpPolicy weighted = RollUpPolicy.defaults();
    // an exact mean keeps the scale of the total less the weights' scale: 0.75 / 2 = 0.375
    assertThat(workedMean(weighted, term("0.5", "1"), term("0.25", "1"))).isEqualTo(new BigDecimal("0.375"));
    // 1.2 / 2 = 0.6 at the preferred scale 1, not 0.60
    assertThat(workedMean(weighted, term("0.4", "1"), term("0.8", "1"))).isEqualTo(new BigDecimal("0.6"));
    // weights summing to exactly 1: the total itself, 0.15 + 0.30
    assertThat(workedMean(weighted, term("0.3", "0.5"), term("0.6", "0.5"))).isEqualTo(new BigDecimal("0.45"));
    // a mean of very small progress has fewer digits than the grid and is extended from the remainder
    assertThat(workedMean(weighted, term("1E-30", "1"), term("2E-30", "2")))
        .isEqualTo(new BigDecimal("5E-30").divide(new BigDecimal("3"), Numbers.MATH));
    assertThat(workedMean(weighted, term("1E-30", "1"), term("3E-30", "1"))).isEqualTo(new BigDecimal("2E-30"));
    // the cap: 1.25 counts as 1, −0.2 as 0
    assertThat(workedMean(weighted, term("1.25", "1"), term("-0.2", "1"))).isEqualTo(new BigDecimal("0.5"));
    // without a cap negative progress counts: (−0.2 + 0.5) / 2
    assertThat(workedMean(weighted.withCap(Cap.none()), term("-0.2", "1"), term("0.5", "1")))
        .isEqualTo(new BigDecimal("0.15"));
    assertThat(workedMean(weighted.withCap(Cap.none()), term("-0.2", "1"), term("-0.5", "2")))
        .isEqualTo(new BigDecimal("-1.2").divide(new BigDecimal("3"), Numbers.MATH));
    // missing progress counts as 0 by default, or not at all
    assertThat(workedMean(weighted, term("0.9", "1"), term(null, "2"))).isEqualTo(new BigDecimal("0.3"));
    assertThat(workedMean(weighted.withMissing(RollUpPolicy.Missing.SKIP), term("0.9", "1"), term(null, "2")))
        .isEqualTo(new BigDecimal("0.9"));
    assertThat(workedMean(weighted.withMissing(RollUpPolicy.Missing.SKIP), term(null, "2"))).isNull();
    // a plain mean ignores the weights; pooled children count with weight 1
    assertThat(workedMean(weighted.withMethod(RollUpPolicy.Method.MEAN), term("0.2", "3"), term("0.6", "1")))
        .isEqualTo(new BigDecimal("0.4"));
    assertThat(workedMean(weighted.withChildren(RollUpPolicy.Children.POOLED), term("0.2", "3"), term("0.6", "1")))
        .isEqualTo(new BigDecimal("0.4"));
    // a weight of 0 leaves the contribution out
    assertThat(workedMean(weighted, term("0.2", "0"), term("0.6", "1"))).isEqualTo(new BigDecimal("0.6"));
    // 34 digits rounded half to even, 2/3 ends in 7
    assertThat(workedMean(weighted, term("1", "2"), term("0", "1")))
        .isEqualTo(new BigDecimal("0.6666666666666666666666666666666667"));
    Fixed.Sum empty = Fixed.Sum.forPolicy(weighted);
    assertThat(empty.mean(new Fixed.Num())).isEqualTo(Fixed.Sum.EMPTY);
  }

  @Test
  void sumsThatDoNotFitSayso() {
    Fixed.Sum sum = Fixed.Sum.forPolicy(RollUpPolicy.defaults().withCap(Cap.none()));
    // a weight of 2^31 or more
    assertThat(sum.add(true, 0, 1, 0, 1L << 31, 0)).isFalse();
    sum.clear();
    // a term of scale above the grid
    assertThat(sum.add(true, 0, 1, Fixed.GRID + 1, 1, 0)).isFalse();
    sum.clear();
    // a term too large for the total's bits
    assertThat(sum.add(true, 1L << 60, 0, 0, 1, 0)).isFalse();
    sum.clear();
    // a weight's scale beyond 18 digits
    assertThat(sum.add(true, 0, 1, 0, 1, 19)).isFalse();
    // a roll-up by minimum, by group means, or weights that must sum to one has no fixed sum
    assertThat(Fixed.Sum.forPolicy(RollUpPolicy.defaults().withMethod(RollUpPolicy.Method.MINIMUM))).isNull();
    assertThat(Fixed.Sum.forPolicy(RollUpPolicy.defaults().withMethod(RollUpPolicy.Method.WEIGHTS_MUST_SUM_TO_ONE)))
        .isNull();
    assertThat(Fixed.Sum.forPolicy(RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.MEAN_OF_GROUP_MEANS)))
        .isNull();
  }

  @Test
  void takingBackTheLastTermOfTheLargestScaleIsRefused() {
    RollUpPolicy p = RollUpPolicy.defaults();
    Fixed.Sum sum = Fixed.Sum.forPolicy(p);
    assertThat(add(sum, term("0.125", "1"), false)).isTrue();
    assertThat(add(sum, term("0.5", "1"), false)).isTrue();
    // 0.125 is the only term of scale 3: without it the total's scale is not known
    assertThat(add(sum, term("0.125", "1"), true)).isFalse();
    Fixed.Sum weights = Fixed.Sum.forPolicy(p);
    assertThat(add(weights, term("0.5", "0.5"), false)).isTrue();
    assertThat(add(weights, term("0.5", "1"), false)).isTrue();
    // the only weight of scale 1
    assertThat(add(weights, term("0.5", "0.5"), true)).isFalse();
    // two terms of the largest scale: one can leave
    Fixed.Sum two = Fixed.Sum.forPolicy(p);
    assertThat(add(two, term("0.125", "1"), false)).isTrue();
    assertThat(add(two, term("0.375", "1"), false)).isTrue();
    assertThat(add(two, term("0.5", "2"), false)).isTrue();
    assertThat(add(two, term("0.125", "1"), true)).isTrue();
    Fixed.Num out = new Fixed.Num();
    assertThat(two.mean(out)).isEqualTo(Fixed.Sum.VALUE);
    assertThat(out.toBigDecimal()).isEqualTo(new BigDecimal("1.375").divide(new BigDecimal("3"), Numbers.MATH));
  }

  @Test
  void workedComparisons() {
    assertThat(compare("-0.5", "-0.25")).isNegative();
    assertThat(compare("-1", "-0.9999")).isNegative();
    assertThat(compare("-0.25", "-0.5")).isPositive();
    assertThat(compare("1.0", "1")).isZero();
    assertThat(compare("0.1", "0.10000")).isZero();
    assertThat(compare("0.10001", "0.1")).isPositive();
    assertThat(compare("0.09999", "0.1")).isNegative();
    assertThat(compare("12.5", "1.75")).isPositive();
    assertThat(compare("0", "-3")).isPositive();
    assertThat(compare("0.3333333333333333333333333333333333", "1")).isNegative();
    assertThat(compare("1.000000000000000000000000000000001", "1")).isPositive();
  }

  private static int compare(String x, String y) {
    Fixed.Num a = new Fixed.Num();
    Fixed.Num b = new Fixed.Num();
    assertThat(Fixed.of(new BigDecimal(x), a) && Fixed.of(new BigDecimal(y), b)).isTrue();
    return Fixed.compare(a.hi, a.lo, a.scale, b.hi, b.lo, b.scale);
  }

  @Test
  void quotientsThatDoNotFitSayso() {
    Fixed.Num q = new Fixed.Num();
    assertThat(Fixed.quotient(1, 0, 1_000_000_001L, 0, q)).isFalse();
    assertThat(Fixed.quotient(Long.MIN_VALUE, 0, 3, 0, q)).isFalse();
    assertThat(Fixed.quotient(1, 0, Long.MIN_VALUE, 0, q)).isFalse();
    assertThat(Fixed.quotient(1, Integer.MAX_VALUE, 1, -1, q)).isFalse();
    assertThat(Fixed.quotient(1, Integer.MAX_VALUE, 3, 0, q)).isFalse();
    assertThat(Fixed.quotient(0, 5, 3, 2, q)).isTrue();
    assertThat(q.toBigDecimal()).isEqualTo(new BigDecimal("0.000"));
    assertThat(Fixed.quotient(1, 0, 1_000_000_000L, 0, q)).isTrue();
    assertThat(q.toBigDecimal()).isEqualTo(new BigDecimal("1E-9"));
    assertThat(Fixed.quotient(-7, 0, -8, 0, q)).isTrue();
    assertThat(q.toBigDecimal()).isEqualTo(new BigDecimal("0.875"));
    // a quotient of 34 digits that rounds up to 10^34 keeps 34 digits: 0.99…95 (35 nines) / 1
    assertThat(Fixed.quotient(999_999_999_999_999_999L, 0, 999_999_999L, 0, q)).isTrue();
    assertThat(q.toBigDecimal()).isEqualTo(
        new BigDecimal("999999999999999999").divide(new BigDecimal("999999999"), Numbers.MATH));
  }

  @Test
  void wideNumbersRoundTripThroughBigDecimal() {
    BigDecimal wide = new BigDecimal("-123456789012345678901234567890123456");
    Fixed.Num n = new Fixed.Num();
    assertThat(Fixed.of(wide, n)).isTrue();
    assertThat(n.hi).isNegative();
    assertThat(n.toBigDecimal()).isEqualTo(wide);
    assertThat(Fixed.toBigDecimal(0, -1L, 0)).isEqualTo(new BigDecimal("18446744073709551615"));
    assertThat(Fixed.toBigDecimal(-1, -1L, 2)).isEqualTo(new BigDecimal("-0.01"));
  }
}
