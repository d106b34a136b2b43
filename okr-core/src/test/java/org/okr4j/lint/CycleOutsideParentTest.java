package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.lint.Fixtures.check;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.Cycle;
import org.okr4j.model.CycleId;
import org.okr4j.model.OkrSet;

class CycleOutsideParentTest {

  private static final BuiltInRule RULE = BuiltInRule.CYCLE_OUTSIDE_PARENT;
  private static final Cycle YEAR = Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));

  private static Cycle child(String id, LocalDate start, LocalDate end) {
    return Cycle.of(id, id, start, end).withParent(CycleId.of("2026"));
  }

  private static OkrSet cycles(Cycle... cycles) {
    OkrSet.Builder b = OkrSet.builder();
    for (Cycle c : cycles) {
      b.cycle(c);
    }
    return b.buildOrThrow();
  }

  @Test
  void childrenInsideTheirParentPass() {
    assertThat(check(RULE, cycles(YEAR,
        child("2026-q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)),
        child("2026-q4", LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1)),
        child("2026-all", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)),
        Cycle.of("2025", "2025", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))))).isEmpty();
  }

  @Test
  void childrenThatRunPastTheirParentAreErrors() {
    Seq<Finding> findings = check(RULE, cycles(
        child("2026-q4", LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 2)),
        YEAR,
        child("2025-q4", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 1))));
    assertThat(Fixtures.paths(findings)).containsExactly("/cycles/0", "/cycles/2");
    Finding late = findings.head();
    assertThat(late.severity()).isEqualTo(Severity.ERROR);
    assertThat(late.arguments()).containsExactly("2026-10-01", "2027-01-02", "2026", "2026-01-01", "2027-01-01");
    assertThat(late.message(Locale.ENGLISH))
        .isEqualTo("runs from 2026-10-01 to 2027-01-02, outside its parent cycle 2026 (2026-01-01 to 2027-01-01)");
    assertThat(late.fix(Locale.SIMPLIFIED_CHINESE).get()).isEqualTo("调整日期使周期位于 2026 之内，或选择其他上级周期");
  }
}
