package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.internal.Numbers;
import org.quicktheories.core.Gen;

/** The fast division is exactly {@code x.divide(y, Numbers.MATH)}: same value, same scale. */
class DecimalsProperties {

  private static final int EXAMPLES = Integer.getInteger("okr.qt.examples", 1000);

  private static Gen<BigDecimal> numbers() {
    Gen<Long> unscaled = longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L)
        .mix(longs().between(-1000, 1000), 40)
        .mix(arbitrary().pick(0L, 1L, -1L, 3L, 7L, 999_999_999_999_999_999L, -999_999_999_999_999_999L,
            1L << 40, 5L * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5 * 5), 20);
    Gen<Integer> scale = integers().between(-5, 30).mix(arbitrary().pick(0, 2, 30), 20);
    Gen<BigDecimal> small = unscaled.zip(scale, BigDecimal::valueOf);
    Gen<BigDecimal> big = longs().all().zip(longs().all(), integers().between(0, 30),
        (a, b, s) -> new BigDecimal(java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b)), s));
    return small.mix(big, 10);
  }

  @Test
  void fastDivisionEqualsTheDeclaredMathContext() {
    qt().withExamples(EXAMPLES * 5).forAll(numbers(), numbers().assuming(y -> y.signum() != 0)).checkAssert((x, y) ->
        assertThat(Decimals.div(x, y)).isEqualTo(x.divide(y, Numbers.MATH)));
  }

  @Test
  void roundedQuotientsEqualTheDeclaredMathContext() {
    Gen<BigDecimal> divisors = longs().between(-1_000_000_000L, 1_000_000_000L).mix(longs().between(-50, 50), 50)
        .zip(integers().between(-5, 30), BigDecimal::valueOf);
    qt().withExamples(EXAMPLES * 5).forAll(numbers(), divisors.assuming(y -> y.signum() != 0)).checkAssert((x, y) -> {
      BigDecimal q = Decimals.rounded(x, y);
      if (q != null) {
        assertThat(q).isEqualTo(x.divide(y, Numbers.MATH));
      }
    });
  }

  @Test
  void roundedQuotientsWithWorkedDigits() {
    assertThat(Decimals.rounded(BigDecimal.ONE, new BigDecimal("3"))).isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
    assertThat(Decimals.rounded(new BigDecimal("2"), new BigDecimal("3"))).isEqualTo(new BigDecimal("0.6666666666666666666666666666666667"));
    assertThat(Decimals.rounded(new BigDecimal("-2"), new BigDecimal("3"))).isEqualTo(new BigDecimal("-0.6666666666666666666666666666666667"));
    assertThat(Decimals.rounded(new BigDecimal("200"), new BigDecimal("0.3"))).isEqualTo(new BigDecimal("666.6666666666666666666666666666667"));
    assertThat(Decimals.rounded(new BigDecimal("1E-20"), new BigDecimal("7"))).isEqualTo(new BigDecimal("1E-20").divide(new BigDecimal("7"), Numbers.MATH));
    BigDecimal seventeenths = new BigDecimal("999999999999999999").divide(new BigDecimal("17"), Numbers.MATH);
    assertThat(Decimals.rounded(new BigDecimal("999999999999999999"), new BigDecimal("17"))).isEqualTo(seventeenths);
    // exact quotients and large divisors are left to the general path
    assertThat(Decimals.rounded(BigDecimal.ONE, new BigDecimal("4"))).isNull();
    assertThat(Decimals.rounded(new BigDecimal("999999999999999999"), new BigDecimal("999999999"))).isNull();
    assertThat(Decimals.rounded(BigDecimal.ONE, new BigDecimal("3000000001"))).isNull();
    assertThat(Decimals.rounded(BigDecimal.ZERO, new BigDecimal("3"))).isNull();
  }

  @Test
  void terminatingQuotientsOfSmallValuesTakeTheFastPath() {
    assertThat(Decimals.terminating(new BigDecimal("37"), new BigDecimal("100"))).isEqualTo(new BigDecimal("0.37"));
    assertThat(Decimals.terminating(BigDecimal.ONE, new BigDecimal("3"))).isNull();
  }

  @Test
  void knownQuotients() {
    assertThat(Decimals.div(new BigDecimal("37"), new BigDecimal("100"))).isEqualTo(new BigDecimal("0.37"));
    assertThat(Decimals.div(new BigDecimal("2.5"), new BigDecimal("4"))).isEqualTo(new BigDecimal("0.625"));
    assertThat(Decimals.div(new BigDecimal("100"), new BigDecimal("1"))).isEqualTo(new BigDecimal("100"));
    assertThat(Decimals.div(new BigDecimal("1E+2"), new BigDecimal("1"))).isEqualTo(new BigDecimal("1E+2"));
    assertThat(Decimals.div(new BigDecimal("0.00"), new BigDecimal("7"))).isEqualTo(new BigDecimal("0.00"));
    assertThat(Decimals.div(BigDecimal.ONE, new BigDecimal("3"))).isEqualTo(BigDecimal.ONE.divide(new BigDecimal("3"), Numbers.MATH));
    assertThat(Decimals.div(new BigDecimal("-3"), new BigDecimal("-8"))).isEqualTo(new BigDecimal("0.375"));
    assertThat(Decimals.div(new BigDecimal("999999999999999999"), new BigDecimal("1024")))
        .isEqualTo(new BigDecimal("999999999999999999").divide(new BigDecimal("1024"), Numbers.MATH));
  }
}
