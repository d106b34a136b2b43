package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.okr4j.model.CheckIn;
import org.okr4j.model.OkrSet;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

class LintContextTest {

  private static final OkrSet SET = Fixtures.set(Fixtures.objective(0, Fixtures.ANA, 2));

  @Test
  void holdsTheSetAndTheInstant() {
    LintContext c = LintContext.of(SET, Fixtures.EARLY);
    assertThat(c.okrSet()).isSameAs(SET);
    assertThat(c.asOf()).isEqualTo(Fixtures.EARLY);
    assertThat(c).isEqualTo(LintContext.of(SET, Fixtures.EARLY)).hasSameHashCodeAs(LintContext.of(SET, Fixtures.EARLY));
    assertThat(LintContext.of(SET, CheckIn.MIN_INSTANT).asOf()).isEqualTo(CheckIn.MIN_INSTANT);
    assertThat(LintContext.of(SET, CheckIn.MAX_INSTANT).asOf()).isEqualTo(CheckIn.MAX_INSTANT);
  }

  @Test
  void missingOrOutOfRangeInputsAreTypedErrors() {
    assertThat(LintContext.validate(null, null).getError().map(OkrError::toString))
        .containsExactly("okr.required at /okrSet: is required", "okr.required at /asOf: is required");
    assertThat(LintContext.validate(SET, CheckIn.MIN_INSTANT.minusNanos(1)).getError().map(OkrError::code))
        .containsExactly("okr.out-of-range");
    assertThat(LintContext.validate(SET, Instant.MAX).getError().head().path().toString()).isEqualTo("/asOf");
    assertThatThrownBy(() -> LintContext.of(SET, null)).isInstanceOf(OkrException.class);
  }
}
