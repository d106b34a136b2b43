package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.lint.Fixtures.ANA;
import static org.okr4j.lint.Fixtures.START;
import static org.okr4j.lint.Fixtures.check;
import static org.okr4j.lint.Fixtures.day;
import static org.okr4j.lint.Fixtures.kr;
import static org.okr4j.lint.Fixtures.measured;
import static org.okr4j.lint.Fixtures.n;
import static org.okr4j.lint.Fixtures.objective;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.OkrSet;

class NeverUpdatedTest {

  private static final BuiltInRule RULE = BuiltInRule.NEVER_UPDATED;
  private static final Instant HALF = Instant.parse("2026-02-15T00:00:00Z");

  private static final OkrSet SET = Fixtures.set(objective(0, ANA,
      kr("a", 0), kr("b", 1).checkIn(measured(day(2), "1")), kr("c", 2).checkIn(measured(day(70), "1"))));

  private static Seq<Finding> asOf(Instant asOf) {
    return check(RULE, SET, asOf, LintRuleSet.defaults());
  }

  @Test
  void keyResultsWithoutCheckInsAreReportedOnceHalfTheCycleHasPassed() {
    assertThat(HALF).isEqualTo(day(45));
    Seq<Finding> findings = asOf(HALF);
    assertThat(Fixtures.paths(findings)).containsExactly("/objectives/0/keyResults/0", "/objectives/0/keyResults/2");
    Finding f = findings.head();
    assertThat(f.arguments()).containsExactly("50", "2026-q1");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("has no check-in although 50% of cycle 2026-q1 has passed");
    assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("周期 2026-q1 已过去 50%，仍没有任何进展更新");
    assertThat(asOf(HALF.minusNanos(1))).isEmpty();
  }

  @Test
  void aLaterCheckInCountsOnceItIsKnown() {
    assertThat(Fixtures.paths(asOf(day(70)))).containsExactly("/objectives/0/keyResults/0");
    assertThat(asOf(day(70)).head().arguments()).containsExactly("77", "2026-q1");
  }

  @Test
  void endedCyclesAreIncludedAtOneHundredPercent() {
    assertThat(asOf(Instant.parse("2027-01-01T00:00:00Z"))).hasSize(1).first()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("100", "2026-q1"));
  }

  @Test
  void theShareIsConfigurable() {
    LintRuleSet fromStart = LintRuleSet.defaults().withNeverUpdatedAfter(n("0"));
    assertThat(check(RULE, SET, START, fromStart)).hasSize(3).first()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("0", "2026-q1"));
    assertThat(check(RULE, SET, START.minusNanos(1), fromStart)).isEmpty();
    LintRuleSet atEnd = LintRuleSet.defaults().withNeverUpdatedAfter(n("1"));
    assertThat(check(RULE, SET, Fixtures.Q1.endInstant().minusNanos(1), atEnd)).isEmpty();
    assertThat(check(RULE, SET, Fixtures.Q1.endInstant(), atEnd)).hasSize(1);
  }
}
