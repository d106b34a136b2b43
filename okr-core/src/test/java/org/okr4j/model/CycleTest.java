package org.okr4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

class CycleTest {

  private static final Cycle Q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
  private static final Cycle Q2 = Cycle.of("2026-q2", "Q2 2026", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1));
  private static final Cycle YEAR = Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));

  @Test
  void isHalfOpen() {
    assertThat(Q1.contains(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(Q1.contains(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(Q1.contains(LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(Q1.contains(LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(Q1.lengthInDays()).isEqualTo(90);
  }

  @Test
  void containsInstantsInItsZone() {
    assertThat(Q1.contains(Instant.parse("2026-01-01T00:00:00Z"))).isTrue();
    assertThat(Q1.contains(Instant.parse("2026-03-31T23:59:59Z"))).isTrue();
    assertThat(Q1.contains(Instant.parse("2026-04-01T00:00:00Z"))).isFalse();
    assertThat(Q1.contains(Instant.parse("2025-12-31T23:59:59Z"))).isFalse();
    Cycle shanghai = Q1.withZone(ZoneId.of("Asia/Shanghai"));
    assertThat(shanghai.startInstant()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
    assertThat(shanghai.endInstant()).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
    assertThat(shanghai.contains(Instant.parse("2025-12-31T16:00:00Z"))).isTrue();
    assertThat(Q1.zone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void overlapsAndEncloses() {
    assertThat(Q1.overlaps(Q2)).isFalse();
    assertThat(Q2.overlaps(Q1)).isFalse();
    assertThat(Q1.overlaps(YEAR)).isTrue();
    assertThat(YEAR.overlaps(Q2)).isTrue();
    assertThat(YEAR.encloses(Q1)).isTrue();
    assertThat(YEAR.encloses(Q2)).isTrue();
    assertThat(Q1.encloses(YEAR)).isFalse();
    assertThat(Q1.encloses(Q1)).isTrue();
    Cycle late = Cycle.of("late", "late", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 2));
    assertThat(Q1.overlaps(late)).isTrue();
    assertThat(Q1.encloses(late)).isFalse();
    Cycle early = Cycle.of("early", "early", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 2));
    assertThat(Q1.encloses(early)).isFalse();
  }

  @Test
  void parentAndCopies() {
    Cycle child = Q1.withParent(YEAR.id());
    assertThat(child.parent().get()).isEqualTo(YEAR.id());
    assertThat(child.name()).isEqualTo("Q1 2026");
    assertThatThrownBy(() -> Q1.withParent(Q1.id())).isInstanceOf(OkrException.class)
        .hasMessageContaining("okr.cyclic-reference");
  }

  @Test
  void reportsEveryProblem() {
    var result = Cycle.validate("bad id", " ", null, null, "also bad", null);
    assertThat(result.getError().map(OkrError::code)).containsExactly(
        "okr.malformed.id", "okr.blank", "okr.required", "okr.required", "okr.malformed.id");
    assertThat(result.getError().map(e -> e.path().toString()))
        .containsExactly("/id", "/name", "/start", "/end", "/parent");
  }

  @Test
  void rejectsEmptyAndOutOfBoundsRanges() {
    assertThat(Cycle.validate("c", "c", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), null, null)
        .getError().head()).isEqualTo(new OkrError.EmptyRange(org.okr4j.validation.OkrPath.of("end"), "2026-02-01", "2026-02-01"));
    assertThat(Cycle.validate("c", "c", LocalDate.of(1899, 12, 31), LocalDate.of(2026, 2, 1), null, null)
        .getError().map(OkrError::code)).containsExactly("okr.out-of-range");
    assertThat(Cycle.validate("c", "c", LocalDate.of(2026, 1, 1), LocalDate.of(10000, 1, 1), null, null)
        .getError().map(e -> e.path().toString())).containsExactly("/end");
    assertThat(Cycle.validate("c", "c", Cycle.MIN_DATE, Cycle.MAX_DATE, null, ZoneOffset.UTC).isValid()).isTrue();
  }
}
