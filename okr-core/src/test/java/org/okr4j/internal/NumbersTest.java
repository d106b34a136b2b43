package org.okr4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void domainBoundsHoldAtTheExtremesOfBigDecimal() {
    assertThat(Numbers.inDomain(new BigDecimal("1E+2147483647"))).isFalse();
    assertThat(Numbers.inDomain(new BigDecimal("1E-2147483647"))).isFalse();
    assertThat(Numbers.inDomain(new BigDecimal("9".repeat(30)))).isTrue();
    assertThat(Numbers.inDomain(new BigDecimal("9".repeat(31)))).isFalse();
    assertThat(Numbers.inDomain(new BigDecimal("0." + "1".repeat(30)))).isTrue();
    assertThat(Numbers.inDomain(new BigDecimal("0." + "1".repeat(31)))).isFalse();
    assertThat(Numbers.show(new BigDecimal("1E+2147483647"))).isEqualTo("1E+2147483647");
    // a long number keeps its magnitude: 8 significant digits and the exponent
    assertThat(Numbers.show(new BigDecimal("1".repeat(50)))).isEqualTo("1.1111111E+49");
  }
}
