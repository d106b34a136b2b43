package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The cap's comparison, which decides by signs and digit counts first, orders exactly as
 * {@link BigDecimal#compareTo}, for values of every sign, scale (negative too) and size, and values
 * equal but for their scale.
 */
class CapProperties {

  private static final int EXAMPLES = Integer.getInteger("okr.qt.examples", 1000);

  private static Gen<BigDecimal> numbers() {
    Gen<BigDecimal> small = longs().between(-2000, 2000).zip(integers().between(-4, 6), BigDecimal::valueOf);
    Gen<BigDecimal> big = longs().all().zip(longs().all(), integers().between(-3, 40),
        (a, b, s) -> new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)), s));
    Gen<BigDecimal> edges = arbitrary().pick(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("1.000"),
        new BigDecimal("0E+3"), new BigDecimal("0.9999999999999999999999999999999999"), new BigDecimal("1E+1"),
        new BigDecimal("10"), new BigDecimal("-1"), new BigDecimal("-0.5"), new BigDecimal("0.5"));
    return small.mix(big, 30).mix(edges, 30);
  }

  @Test
  void comparesAsCompareTo() {
    qt().withExamples(EXAMPLES * 5).forAll(numbers(), numbers()).checkAssert((x, y) ->
        assertThat(Integer.signum(Cap.compare(x, y))).isEqualTo(x.compareTo(y)));
  }

  @Test
  void boundsAsBefore() {
    assertThat(Cap.clamp01().apply(new BigDecimal("1.25"))).isEqualTo(BigDecimal.ONE);
    assertThat(Cap.clamp01().apply(new BigDecimal("-0.2"))).isEqualTo(BigDecimal.ZERO);
    BigDecimal inside = new BigDecimal("0.9999999999999999999999999999999999");
    assertThat(Cap.clamp01().apply(inside)).isSameAs(inside);
    BigDecimal one = new BigDecimal("1.000");
    assertThat(Cap.clamp01().apply(one)).isSameAs(one);
    assertThat(Cap.atMost(new BigDecimal("1.5")).apply(new BigDecimal("1.50001"))).isEqualTo(new BigDecimal("1.5"));
  }
}
