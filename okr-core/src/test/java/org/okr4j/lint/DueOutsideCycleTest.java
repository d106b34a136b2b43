package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.lint.Fixtures.ANA;
import static org.okr4j.lint.Fixtures.check;
import static org.okr4j.lint.Fixtures.kr;
import static org.okr4j.lint.Fixtures.objective;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DueOutsideCycleTest {

  private static final BuiltInRule RULE = BuiltInRule.DUE_OUTSIDE_CYCLE;

  @Test
  void dueDatesFromTheFirstDayToTheEndDatePass() {
    assertThat(check(RULE, Fixtures.set(objective(0, ANA,
        kr("a", 0), // the cycle's end by default
        kr("b", 1).dueDate(LocalDate.of(2026, 1, 1)),
        kr("c", 2).dueDate(LocalDate.of(2026, 3, 31)),
        kr("d", 3).dueDate(LocalDate.of(2026, 4, 1)))))).isEmpty();
  }

  @Test
  void dueDatesBeforeTheStartOrAfterTheEndAreReported() {
    Seq<Finding> findings = check(RULE, Fixtures.set(objective(0, ANA,
        kr("a", 0).dueDate(LocalDate.of(2025, 12, 31)),
        kr("b", 1).dueDate(LocalDate.of(2026, 4, 2)))));
    assertThat(Fixtures.paths(findings))
        .containsExactly("/objectives/0/keyResults/0/dueDate", "/objectives/0/keyResults/1/dueDate");
    Finding late = findings.get(1);
    assertThat(late.arguments()).containsExactly("2026-04-02", "2026-q1", "2026-01-01", "2026-04-01");
    assertThat(late.message(Locale.ENGLISH)).isEqualTo("is due on 2026-04-02, outside cycle 2026-q1 (2026-01-01 to 2026-04-01)");
    assertThat(late.message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("截止日期为 2026-04-02，不在周期 2026-q1（2026-01-01 至 2026-04-01）内");
    assertThat(late.severity()).isEqualTo(Severity.WARNING);
  }
}
