package org.okr4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The {@code @Value.Check} guards hold for every built value, even one built past the validating
 * factories (which only code inside this package can do).
 */
class InvariantsTest {

  @Test
  void guardsRejectWhatValidationWouldHaveReported() {
    assertThatThrownBy(() -> ImmutableCycle.of(CycleId.of("c"), "c", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1),
        Option.none(), ZoneOffset.UTC)).isInstanceOf(IllegalStateException.class).hasMessageContaining("ends after");
    // a linear target equal to its baseline is a valid metric (scoring decides what it is worth)
    assertThat(ImmutableLinearMetric.of(Unit.NUMBER, BigDecimal.ONE, Target.absolute(BigDecimal.ONE),
        io.vavr.control.Option.none(), io.vavr.control.Option.none()).isDegenerate()).isTrue();
    assertThatThrownBy(() -> ImmutableRangeMetric.of(Unit.NUMBER, BigDecimal.TEN, BigDecimal.ONE))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ImmutableMilestoneMetric.of(List.of(Milestone.of("a", "A", BigDecimal.ZERO))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ImmutableConfidence.of(new BigDecimal("1.5"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ImmutableConfidence.of(new BigDecimal("-0.5"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ImmutableKeyResult.of(KeyResultId.of("k"), "t", Option.none(), BigDecimal.ONE.negate(),
        Option.none(), LinearMetric.count(1), List.empty())).isInstanceOf(IllegalStateException.class);
  }
}
