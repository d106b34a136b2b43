package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.lint.Fixtures.ANA;
import static org.okr4j.lint.Fixtures.START;
import static org.okr4j.lint.Fixtures.check;
import static org.okr4j.lint.Fixtures.day;
import static org.okr4j.lint.Fixtures.kr;
import static org.okr4j.lint.Fixtures.measured;
import static org.okr4j.lint.Fixtures.objective;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.OkrSet;

class StaleKeyResultTest {

  private static final BuiltInRule RULE = BuiltInRule.STALE_KEY_RESULT;

  private static OkrSet withCheckIns(CheckIn... checkIns) {
    return Fixtures.set(objective(0, ANA, kr("a", 0).checkIns(List.of(checkIns))));
  }

  private static OkrSet withCheckIns(Metric metric, CheckIn... checkIns) {
    return Fixtures.set(objective(0, ANA, kr("a", 0, metric).checkIns(List.of(checkIns))));
  }

  private static Seq<Finding> asOf(OkrSet set, Instant asOf) {
    return check(RULE, set, asOf, LintRuleSet.defaults());
  }

  @Test
  void fourteenDaysWithoutACheckInIsStale() {
    OkrSet set = withCheckIns(measured(day(3), "1"), measured(day(10), "2"));
    Seq<Finding> findings = asOf(set, day(24));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.path().toString()).isEqualTo("/objectives/0/keyResults/0");
      assertThat(f.arguments()).containsExactly("14", "2026-01-11");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("has had no check-in for 14 days (since 2026-01-11)");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("已 14 天没有更新进展（自 2026-01-11 起）");
    });
    assertThat(asOf(set, day(24).minusNanos(1))).isEmpty();
  }

  @Test
  void theLimitIsConfigurable() {
    OkrSet set = withCheckIns(measured(day(10), "2"));
    LintRuleSet weekly = LintRuleSet.defaults().withStaleAfterDays(7);
    assertThat(check(RULE, set, day(17), weekly)).hasSize(1);
    assertThat(check(RULE, set, day(17).minusSeconds(1), weekly)).isEmpty();
    LintRuleSet daily = LintRuleSet.defaults().withStaleAfterDays(1);
    assertThat(check(RULE, set, day(11), daily)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("1", "2026-01-11"));
  }

  @Test
  void onlyWhileTheCycleRuns() {
    OkrSet set = withCheckIns(measured(START.minusSeconds(86_400L * 30), "1"));
    assertThat(asOf(set, START.minusNanos(1))).isEmpty();
    assertThat(asOf(set, Fixtures.Q1.endInstant())).isEmpty();
    assertThat(asOf(set, Fixtures.Q1.endInstant().minusNanos(1))).hasSize(1);
  }

  @Test
  void silenceIsCountedFromTheCycleStartAtTheEarliest() {
    OkrSet before = withCheckIns(measured(START.minusSeconds(86_400L * 10), "1"));
    assertThat(asOf(before, day(14).minusNanos(1))).isEmpty();
    assertThat(asOf(before, day(14))).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("14", "2026-01-01"));
    OkrSet none = withCheckIns();
    assertThat(asOf(none, day(13))).isEmpty();
    assertThat(asOf(none, day(20))).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("20", "2026-01-01"));
  }

  @Test
  void checkInsAfterTheInstantOfEvaluationAreUnknown() {
    assertThat(asOf(withCheckIns(measured(day(19), "1")), day(20))).isEmpty();
    assertThat(asOf(withCheckIns(measured(day(30), "1")), day(20))).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("20", "2026-01-01"));
  }

  @Test
  void aKeyResultNeverCheckedInIsLeftToNeverUpdatedOnceThatApplies() {
    OkrSet none = withCheckIns();
    assertThat(asOf(none, day(45).minusNanos(1))).hasSize(1);
    assertThat(asOf(none, day(45))).isEmpty();
    LintRuleSet without = LintRuleSet.defaults().withEnabled(BuiltInRule.NEVER_UPDATED.code(), false);
    assertThat(check(RULE, none, day(45), without)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("45", "2026-01-01"));
    OkrSet checked = withCheckIns(measured(day(1), "1"));
    assertThat(asOf(checked, day(60))).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("59", "2026-01-02"));
  }

  @Test
  void aKeyResultThatIsDoneIsNotStale() {
    assertThat(asOf(withCheckIns(BinaryMetric.INSTANCE, CheckIn.of(day(1), new CheckInData.Completion(true))), day(30)))
        .isEmpty();
    assertThat(asOf(withCheckIns(BinaryMetric.INSTANCE, CheckIn.of(day(1), new CheckInData.Completion(false))),
        day(30))).hasSize(1);
    MilestoneMetric ms = MilestoneMetric.of(Milestone.of("m1", "Design"), Milestone.of("m2", "Launch"));
    assertThat(asOf(withCheckIns(ms, CheckIn.of(day(1), new CheckInData.MilestonesDone(TreeSet.of("m1", "m2")))),
        day(30))).isEmpty();
    assertThat(asOf(withCheckIns(ms, CheckIn.of(day(1), new CheckInData.MilestonesDone(TreeSet.of("m1")))),
        day(30))).hasSize(1);
  }
}
