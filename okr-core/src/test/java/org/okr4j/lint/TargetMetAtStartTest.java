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

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Period;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;
import org.okr4j.model.Zone;

class TargetMetAtStartTest {

  private static final BuiltInRule RULE = BuiltInRule.TARGET_MET_AT_START;
  private static final Instant LATER = day(60);
  private static final LinearMetric UP = LinearMetric.of(Unit.PERCENT, n("10"), Target.absolute(n("12")));
  private static final LinearMetric DOWN = LinearMetric.of(Unit.NUMBER, n("100"), Target.absolute(n("60")));

  private static Seq<Finding> firstCheckIn(Metric metric, CheckIn... checkIns) {
    return firstCheckIn(LintRuleSet.defaults(), LATER, metric, checkIns);
  }

  private static Seq<Finding> firstCheckIn(LintRuleSet rules, Instant asOf, Metric metric, CheckIn... checkIns) {
    KeyResult.Builder kr = kr("a", 0, metric).checkIns(List.of(checkIns));
    return check(RULE, Fixtures.set(objective(0, ANA, kr, kr("b", 1))), asOf, rules);
  }

  @Test
  void anIncreaseAlreadyAtItsTargetOnDayOneIsReported() {
    Seq<Finding> findings = firstCheckIn(UP, measured(day(1), "12"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.path().toString()).isEqualTo("/objectives/0/keyResults/0");
      assertThat(f.arguments()).containsExactly("2026-01-02");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("the first check-in, on 2026-01-02, already meets the target");
      assertThat(f.message(Locale.CHINA)).isEqualTo("首次进展更新（2026-01-02）时已达到目标");
      assertThat(f.fix(Locale.ENGLISH).get()).startsWith("Set a more ambitious target");
    });
    assertThat(firstCheckIn(UP, measured(day(1), "13.5"))).hasSize(1);
  }

  @Test
  void anOrdinalKeyResultAlreadyInItsTargetOrStretchZoneIsReported() {
    assertThat(firstCheckIn(OrdinalMetric.of(), CheckIn.of(day(1), new CheckInData.ZoneReached(Zone.TARGET))))
        .hasSize(1);
    assertThat(firstCheckIn(OrdinalMetric.of(), CheckIn.of(day(1), new CheckInData.ZoneReached(Zone.STRETCH))))
        .hasSize(1);
    assertThat(firstCheckIn(OrdinalMetric.of(), CheckIn.of(day(1), new CheckInData.ZoneReached(Zone.COMMIT))))
        .isEmpty();
  }

  @Test
  void anIncreaseBelowItsTargetPasses() {
    assertThat(firstCheckIn(UP, measured(day(1), "11.99"))).isEmpty();
  }

  @Test
  void onlyTheFirstCheckInCounts() {
    assertThat(firstCheckIn(UP, measured(day(1), "11"), measured(day(2), "12"))).isEmpty();
  }

  @Test
  void aDecreaseAtOrBelowItsTargetIsReported() {
    assertThat(firstCheckIn(DOWN, measured(day(0), "60"))).hasSize(1);
    assertThat(firstCheckIn(DOWN, measured(day(0), "59"))).hasSize(1);
    assertThat(firstCheckIn(DOWN, measured(day(0), "60.01"))).isEmpty();
  }

  @Test
  void thresholdsBinaryAndMilestonesAlreadyMetAreReported() {
    ThresholdMetric above = ThresholdMetric.of(Unit.COUNT, Comparison.AT_LEAST, n("100000"));
    assertThat(firstCheckIn(above, measured(day(3), "100000"))).hasSize(1);
    assertThat(firstCheckIn(above, measured(day(3), "99999"))).isEmpty();
    assertThat(firstCheckIn(BinaryMetric.INSTANCE, CheckIn.of(day(3), new CheckInData.Completion(true)))).hasSize(1);
    assertThat(firstCheckIn(BinaryMetric.INSTANCE, CheckIn.of(day(3), new CheckInData.Completion(false)))).isEmpty();
    MilestoneMetric ms = MilestoneMetric.of(Milestone.of("m1", "Design"), Milestone.of("m2", "Launch"));
    assertThat(firstCheckIn(ms, CheckIn.of(day(3), new CheckInData.MilestonesDone(TreeSet.of("m1", "m2")))))
        .hasSize(1);
    assertThat(firstCheckIn(ms, CheckIn.of(day(3), new CheckInData.MilestonesDone(TreeSet.of("m2"))))).isEmpty();
  }

  @Test
  void rangesRecurringAndAggregatesAreNotChecked() {
    assertThat(firstCheckIn(RangeMetric.of(Unit.NUMBER, n("4"), n("5")), measured(day(1), "4.5"))).isEmpty();
    assertThat(firstCheckIn(RecurringMetric.of(Unit.COUNT, Period.MONTH, n("1")),
        CheckIn.of(day(1), new CheckInData.PeriodValue(START.atZone(ZoneId.of("UTC")).toLocalDate(), n("3")))))
        .isEmpty();
    assertThat(firstCheckIn(AggregateMetric.of(Unit.PERCENT, Comparison.AT_LEAST, n("5")),
        CheckIn.of(day(1), new CheckInData.ItemValues(List.of(new CheckInData.Item("a", n("9"), n("10")))))))
        .isEmpty();
  }

  @Test
  void theStartWindowIsHalfOpenAndConfigurable() {
    Instant lastMoment = START.plusSeconds(14 * 86_400L).minusNanos(1);
    assertThat(firstCheckIn(UP, measured(lastMoment, "12"))).hasSize(1);
    assertThat(firstCheckIn(UP, measured(day(14), "12"))).isEmpty();
    LintRuleSet none = LintRuleSet.defaults().withStartWindowDays(0);
    assertThat(firstCheckIn(none, LATER, UP, measured(START, "12"))).isEmpty();
    assertThat(firstCheckIn(none, LATER, UP, measured(START.minusSeconds(1), "12"))).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("2025-12-31"));
    LintRuleSet month = LintRuleSet.defaults().withStartWindowDays(30);
    assertThat(firstCheckIn(month, LATER, UP, measured(day(29), "12"))).hasSize(1);
  }

  @Test
  void checkInsAfterTheInstantOfEvaluationAreUnknown() {
    assertThat(firstCheckIn(LintRuleSet.defaults(), day(1), UP, measured(day(2), "12"))).isEmpty();
    assertThat(firstCheckIn(LintRuleSet.defaults(), day(2), UP, measured(day(2), "12"))).hasSize(1);
  }

  @Test
  void theDateIsShownInTheCyclesZone() {
    OkrSet set = OkrSet.builder().cycle(Fixtures.Q1.withZone(ZoneId.of("Asia/Shanghai")))
        .objective(objective(0, ANA, kr("a", 0, UP).checkIn(measured(Instant.parse("2026-01-01T20:00:00Z"), "12"))))
        .buildOrThrow();
    assertThat(check(RULE, set, LATER, LintRuleSet.defaults())).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("2026-01-02"));
  }
}
