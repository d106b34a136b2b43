package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.d;
import static org.okr4j.scoring.Fixtures.day;
import static org.okr4j.scoring.Fixtures.done;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.okr4j.scoring.Fixtures.objective;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.Comparison;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

/** Expected progress, status rules, staleness and objective status (docs/conventions.md §4, §3 status roll-up). */
class StatusTest {

  private static final ScoringPolicy DEFAULTS = ScoringPolicy.defaults();

  private static BigDecimal four(BigDecimal value) {
    return value.setScale(4, RoundingMode.HALF_EVEN);
  }

  private static ScoringPolicy status(StatusPolicy status) {
    return DEFAULTS.withStatus(status);
  }

  /** A count to 100 with one check-in of {@code value} on {@code day}, scored as of day 45 (e = 0.5). */
  private static KeyResultScore at45(String value, ScoringPolicy policy) {
    return Scorer.scoreKeyResult(kr("k", LinearMetric.count(100), measure(10, value)), Q1, policy, day(45));
  }

  // ---------------------------------------------------------------- expected progress

  @Test
  void linearExpectedProgressOverTheCycle() {
    ExpectedProgress e = ExpectedProgress.linear();
    KeyResult kr = kr("k", LinearMetric.count(1));
    // 30 of 90 days; 45 of 90; clamped outside the cycle
    assertThat(four(e.at(kr, Q1, day(30)))).isEqualByComparingTo("0.3333");
    assertThat(e.at(kr, Q1, day(45))).isEqualByComparingTo("0.5");
    assertThat(e.at(kr, Q1, day(0))).isEqualByComparingTo("0");
    assertThat(e.at(kr, Q1, day(-5))).isEqualByComparingTo("0");
    assertThat(e.at(kr, Q1, day(90))).isEqualByComparingTo("1");
    assertThat(e.at(kr, Q1, Instant.MAX)).isEqualByComparingTo("1");
    assertThat(e.at(kr, Q1, Instant.MIN)).isEqualByComparingTo("0");
    // 12 hours into a 90-day cycle: 0.5 / 90
    assertThat(e.at(kr, Q1, day(0).plusSeconds(43_200))).isEqualByComparingTo(d("0.5").divide(d("90"), org.okr4j.internal.Numbers.MATH));
    // a nanosecond in counts exactly
    assertThat(e.at(kr, Q1, day(0).plusNanos(1)).signum()).isPositive();
  }

  @Test
  void engagedlyWholeDays() {
    // April 1–30: April 15 is 15/30 = 50 % by whole days, 14/30 by instants
    Cycle april = Cycle.of("apr", "April", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
    KeyResult kr = kr("k", LinearMetric.count(1));
    Instant apr15 = Instant.parse("2026-04-15T00:00:00Z");
    assertThat(ExpectedProgress.linear().withDayCount(ExpectedProgress.DayCount.WHOLE_DAYS).at(kr, april, apr15))
        .isEqualByComparingTo("0.5");
    assertThat(four(ExpectedProgress.linear().at(kr, april, apr15))).isEqualByComparingTo("0.4667");
    ExpectedProgress days = ExpectedProgress.linear().withDayCount(ExpectedProgress.DayCount.WHOLE_DAYS);
    assertThat(days.at(kr, april, Instant.parse("2026-04-30T23:00:00Z"))).isEqualByComparingTo("1");
    assertThat(days.at(kr, april, Instant.parse("2026-04-01T00:00:00Z"))).isEqualByComparingTo("0");
    assertThat(days.at(kr, april, Instant.parse("2026-04-01T00:00:01Z"))).isEqualByComparingTo(d("1").divide(d("30"), org.okr4j.internal.Numbers.MATH));
  }

  @Test
  void dueDateShortensTheWindow() {
    // due Feb 14 (inclusive): window [Jan 1, Feb 15) = 45 days; day 30 → 30/45
    KeyResult kr = KeyResult.builder().id("k").title("K").metric(LinearMetric.count(1))
        .dueDate(LocalDate.of(2026, 2, 14)).buildOrThrow();
    assertThat(four(ExpectedProgress.linear().at(kr, Q1, day(30)))).isEqualByComparingTo("0.6667");
    assertThat(ExpectedProgress.linear().at(kr, Q1, day(45))).isEqualByComparingTo("1");
    // a due date before the cycle starts: expected 1 once due, 0 before
    KeyResult early = kr.toBuilder().dueDate(LocalDate.of(2025, 12, 20)).buildOrThrow();
    assertThat(ExpectedProgress.linear().at(early, Q1, day(10))).isEqualByComparingTo("1");
    assertThat(ExpectedProgress.linear().at(early, Q1, day(-20))).isEqualByComparingTo("0");
    assertThat(ExpectedProgress.linear().withDayCount(ExpectedProgress.DayCount.WHOLE_DAYS).at(early, Q1, day(-20)))
        .isEqualByComparingTo("0");
  }

  @Test
  void phasedTargets() {
    // 20 % by the end of January, 50 % by the end of February, 100 % by the end of March
    ExpectedProgress phased = ExpectedProgress.linear().withPhases(KeyResultId.of("k"), List.of(
        Phase.of(LocalDate.of(2026, 2, 28), d("0.5")), Phase.of(LocalDate.of(2026, 1, 31), d("0.2")),
        Phase.of(LocalDate.of(2026, 3, 31), d("1"))));
    KeyResult k = kr("k", LinearMetric.count(1));
    assertThat(phased.phases().get(KeyResultId.of("k")).get().map(Phase::due).head()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(phased.at(k, Q1, day(29))).isEqualByComparingTo("0");
    assertThat(phased.at(k, Q1, day(30).plusSeconds(3600))).isEqualByComparingTo("0");
    assertThat(phased.at(k, Q1, day(31))).isEqualByComparingTo("0.2");
    assertThat(phased.at(k, Q1, day(60))).isEqualByComparingTo("0.5");
    assertThat(phased.at(k, Q1, AFTER)).isEqualByComparingTo("1");
    // another key result stays linear
    assertThat(phased.at(kr("other", LinearMetric.count(1)), Q1, day(45))).isEqualByComparingTo("0.5");
    // a key result at 0.3 on Feb 1 is on track against the phase, behind against the line (0.3444)
    KeyResult behind = kr("k", LinearMetric.count(10), measure(31, "3"));
    assertThat(Scorer.scoreKeyResult(behind, Q1, status(StatusPolicy.defaults().withExpected(phased)), day(31)).status())
        .isEqualTo(Status.ON_TRACK);
    assertThat(Scorer.scoreKeyResult(behind, Q1, DEFAULTS, day(31)).status()).isEqualTo(Status.BEHIND);
    KeyResultScore s = Scorer.scoreKeyResult(behind, Q1, status(StatusPolicy.defaults().withExpected(phased)), day(31));
    assertThat(s.statusExplanation().render()).contains("expected e: 0.2  [phased targets: the last phase due before 2026-02-01]");
  }

  @Test
  void phaseValidation() {
    assertThat(Phase.validate(null, d("1.5")).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.required /due", "okr.out-of-range /expected");
    assertThat(Phase.validate(LocalDate.of(2026, 1, 1), d("-0.1")).isInvalid()).isTrue();
    var dup = ExpectedProgress.linear().validatePhases(null, List.of(Phase.of(LocalDate.of(2026, 1, 1), d("0.1")),
        Phase.of(LocalDate.of(2026, 1, 1), d("0.2")), null));
    assertThat(dup.getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.required /keyResult", "okr.duplicate-id /phases/1/due", "okr.required /phases/2");
    assertThat(ExpectedProgress.linear().validatePhases(KeyResultId.of("k"), null).isInvalid()).isTrue();
    assertThatThrownBy(() -> Phase.of(null, BigDecimal.ONE)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> ExpectedProgress.linear().withDayCount(null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> ExpectedProgress.linear().at(null, Q1, AFTER)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> ExpectedProgress.linear().at(kr("k", LinearMetric.count(1)), null, AFTER))
        .isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> ExpectedProgress.linear().at(kr("k", LinearMetric.count(1)), Q1, null))
        .isInstanceOf(OkrException.class);
  }

  // ---------------------------------------------------------------- status rules

  @Test
  void atLeastExpectedIsTheDefault() {
    // e = 0.5: a = 0.4 → behind, a = 0.5 → on track
    assertThat(at45("40", DEFAULTS).status()).isEqualTo(Status.BEHIND);
    assertThat(at45("50", DEFAULTS).status()).isEqualTo(Status.ON_TRACK);
    assertThat(at45("40", status(StatusPolicy.defaults().withRule(StatusRule.atLeastExpected(Status.AT_RISK)))).status())
        .isEqualTo(Status.AT_RISK);
    assertThat(at45("40", DEFAULTS).statusExplanation().render()).isEqualTo(String.join("\n",
        "status BEHIND: 0.4  [a ≥ e → ON_TRACK; else BEHIND]",
        "  actual a: 0.4  [reported progress]",
        "  expected e: 0.5 = 45 d / 90 d  [linear: (τ − S) / (E − S) over the window [2026-01-01T00:00:00Z, 2026-04-01T00:00:00Z)]"));
  }

  @Test
  void oboardRatioBands() {
    ScoringPolicy oboard = status(StatusPolicy.defaults().withRule(StatusRule.oboard()));
    // a / e: 0.8 → on track; exactly 0.7 → on track; 0.6 → behind; 0.4 → behind; 0.2 → at risk
    assertThat(at45("40", oboard).status()).isEqualTo(Status.ON_TRACK);
    assertThat(at45("35", oboard).status()).isEqualTo(Status.ON_TRACK);
    assertThat(at45("30", oboard).status()).isEqualTo(Status.BEHIND);
    assertThat(at45("20", oboard).status()).isEqualTo(Status.BEHIND);
    assertThat(at45("10", oboard).status()).isEqualTo(Status.AT_RISK);
    assertThat(at45("30", oboard).statusExplanation().equation()).isEqualTo("0.6 = 0.3 / 0.5");
    // nothing expected at the start: the first band
    KeyResultScore start = Scorer.scoreKeyResult(kr("k", LinearMetric.count(100), measure(0, "0")), Q1, oboard, day(0));
    assertThat(start.status()).isEqualTo(Status.ON_TRACK);
    assertThat(start.statusExplanation().rule()).startsWith("nothing expected yet; a / e ≥ 0.7 → ON_TRACK");
    assertThat(start.statusExplanation().render()).contains("expected e: 0  [before the window");
  }

  @Test
  void amoeboidsRatioBands() {
    ScoringPolicy amoeboids = status(StatusPolicy.defaults().withRule(StatusRule.amoeboids()));
    // 0.96 on track; 0.8 behind; exactly 0.75 behind; 0.6 at risk
    assertThat(at45("48", amoeboids).status()).isEqualTo(Status.ON_TRACK);
    assertThat(at45("40", amoeboids).status()).isEqualTo(Status.BEHIND);
    assertThat(at45("37.5", amoeboids).status()).isEqualTo(Status.BEHIND);
    assertThat(at45("30", amoeboids).status()).isEqualTo(Status.AT_RISK);
  }

  @Test
  void engagedlyGapBands() {
    ScoringPolicy engagedly = status(StatusPolicy.defaults().withRule(StatusRule.engagedly()));
    // e − a: 0.16 on track; exactly 0.165 on track; 0.3 behind; exactly 0.33 behind; 0.4 at risk
    assertThat(at45("34", engagedly).status()).isEqualTo(Status.ON_TRACK);
    assertThat(at45("33.5", engagedly).status()).isEqualTo(Status.ON_TRACK);
    assertThat(at45("20", engagedly).status()).isEqualTo(Status.BEHIND);
    assertThat(at45("17", engagedly).status()).isEqualTo(Status.BEHIND);
    assertThat(at45("10", engagedly).status()).isEqualTo(Status.AT_RISK);
    assertThat(at45("20", engagedly).statusExplanation().equation()).isEqualTo("0.3 = 0.5 − 0.2");
    assertThat(StatusRule.engagedly().describe()).isEqualTo("e − a ≤ 0.165 → ON_TRACK; ≤ 0.33 → BEHIND; else AT_RISK");
  }

  @Test
  void customRules() {
    StatusRule telescope = StatusRule.gap(List.of(new StatusRule.Step(BigDecimal.ZERO, Status.ON_TRACK),
        new StatusRule.Step(d("0.25"), Status.AT_RISK)), Status.OFF_TRACK);
    assertThat(telescope.apply(d("0.5"), d("0.5"))).isEqualTo(Status.ON_TRACK);
    assertThat(telescope.apply(d("0.3"), d("0.5"))).isEqualTo(Status.AT_RISK);
    assertThat(telescope.apply(d("0.2"), d("0.5"))).isEqualTo(Status.OFF_TRACK);
    assertThat(StatusRule.ratio(List.of(new StatusRule.Step(d("1"), Status.ON_TRACK)), Status.OFF_TRACK)
        .describe()).isEqualTo("a / e ≥ 1 → ON_TRACK; else OFF_TRACK");
    assertThat(StatusRule.atLeastExpected().describe()).isEqualTo("a ≥ e → ON_TRACK; else BEHIND");
  }

  @Test
  void ruleValidation() {
    assertThat(StatusRule.validate(StatusRule.Kind.RATIO, List.of(new StatusRule.Step(d("0.4"), Status.ON_TRACK),
        new StatusRule.Step(d("0.7"), Status.BEHIND)), Status.AT_RISK).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.out-of-range /steps/1/bound");
    assertThat(StatusRule.validate(StatusRule.Kind.GAP, List.of(new StatusRule.Step(d("0.4"), Status.ON_TRACK),
        new StatusRule.Step(d("0.2"), Status.NOT_SCORED)), Status.NOT_SCORED).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.out-of-range /otherwise", "okr.out-of-range /steps/1/status", "okr.out-of-range /steps/1/bound");
    assertThat(StatusRule.validate(StatusRule.Kind.AT_LEAST_EXPECTED, List.of(new StatusRule.Step(d("1"), Status.ON_TRACK)),
        Status.BEHIND).getError().map(OkrError::code)).containsExactly("okr.out-of-range");
    assertThat(StatusRule.validate(StatusRule.Kind.RATIO, List.empty(), Status.BEHIND).getError().map(OkrError::code))
        .containsExactly("okr.empty");
    assertThat(StatusRule.validate(null, null, null).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.required /kind", "okr.required /otherwise", "okr.required /steps");
    assertThat(StatusRule.validate(StatusRule.Kind.GAP, java.util.Arrays.asList(null, new StatusRule.Step(d("1E+40"), Status.BEHIND)),
        Status.AT_RISK).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.required /steps/0", "okr.out-of-range /steps/1/bound");
    // A step checks nothing itself; the rule built from it reports its holes.
    assertThat(StatusRule.validate(StatusRule.Kind.RATIO, List.of(new StatusRule.Step(null, Status.ON_TRACK),
        new StatusRule.Step(BigDecimal.ONE, null)), Status.AT_RISK).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.required /steps/0/bound", "okr.required /steps/1/status");
    assertThatThrownBy(() -> StatusRule.atLeastExpected(Status.NOT_SCORED)).isInstanceOf(OkrException.class);
  }

  // ---------------------------------------------------------------- achieved, control and binary statuses

  @Test
  void achievedAtOne() {
    assertThat(at45("100", DEFAULTS).status()).isEqualTo(Status.ACHIEVED);
    assertThat(at45("100", DEFAULTS).statusExplanation().rule()).isEqualTo("progress ≥ 1 → ACHIEVED");
    assertThat(at45("100", status(StatusPolicy.defaults().withAchievedAtOne(false))).status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void thresholdMetIsAchievedOnlyOnceTheWindowCloses() {
    KeyResult kr = kr("csat", ThresholdMetric.of(Unit.NUMBER, Comparison.AT_LEAST, d("9")), measure(10, "9.2"));
    assertThat(Scorer.scoreKeyResult(kr, Q1, DEFAULTS, day(45)).status()).isEqualTo(Status.ON_TRACK);
    assertThat(Scorer.scoreKeyResult(kr, Q1, DEFAULTS, AFTER).status()).isEqualTo(Status.ACHIEVED);
  }

  @Test
  void binaryStatusVariants() {
    KeyResult notDone = kr("portal", BinaryMetric.INSTANCE, done(10, false));
    assertThat(Scorer.scoreKeyResult(notDone, Q1, DEFAULTS, day(45)).status()).isEqualTo(Status.BEHIND);
    // at the very start nothing is expected: 0 ≥ 0
    assertThat(Scorer.scoreKeyResult(kr("portal", BinaryMetric.INSTANCE, done(0, false)), Q1, DEFAULTS, day(0)).status())
        .isEqualTo(Status.ON_TRACK);
    ScoringPolicy engagedly = status(StatusPolicy.defaults().withBinaryStatus(StatusPolicy.BinaryStatus.MET_OR_BEHIND));
    ScoringPolicy im = status(StatusPolicy.defaults().withBinaryStatus(StatusPolicy.BinaryStatus.MET_OR_OFF_TRACK));
    assertThat(Scorer.scoreKeyResult(notDone, Q1, engagedly, day(45)).status()).isEqualTo(Status.BEHIND);
    assertThat(Scorer.scoreKeyResult(notDone, Q1, im, day(45)).status()).isEqualTo(Status.OFF_TRACK);
    assertThat(Scorer.scoreKeyResult(notDone, Q1, im, day(45)).statusExplanation().rule())
        .isEqualTo("met → ON_TRACK, not met → OFF_TRACK");
    assertThat(Scorer.scoreKeyResult(kr("portal", BinaryMetric.INSTANCE, done(10, true)), Q1, im, day(45)).status())
        .isEqualTo(Status.ACHIEVED);
    KeyResult held = kr("csat", ThresholdMetric.of(Unit.NUMBER, Comparison.AT_LEAST, d("9")), measure(10, "9.2"));
    assertThat(Scorer.scoreKeyResult(held, Q1, engagedly, day(45)).status()).isEqualTo(Status.ON_TRACK);
    assertThat(Scorer.scoreKeyResult(held, Q1, engagedly, day(45)).statusExplanation().rule())
        .isEqualTo("met → ON_TRACK, not met → BEHIND");
    // a graded key result is not met-or-not: the rule applies
    assertThat(at45("10", im).status()).isEqualTo(Status.BEHIND);
  }

  @Test
  void rangeTolerance() {
    ScoringPolicy tolerant = status(StatusPolicy.defaults().withRangeTolerance(d("0.5")));
    RangeMetric m = RangeMetric.of(Unit.NUMBER, d("4"), d("5"));
    assertThat(Scorer.scoreKeyResult(kr("r", m, measure(10, "5.3")), Q1, tolerant, day(45)).status()).isEqualTo(Status.AT_RISK);
    assertThat(Scorer.scoreKeyResult(kr("r", m, measure(10, "3.5")), Q1, tolerant, day(45)).status()).isEqualTo(Status.AT_RISK);
    assertThat(Scorer.scoreKeyResult(kr("r", m, measure(10, "6")), Q1, tolerant, day(45)).status()).isEqualTo(Status.OFF_TRACK);
    assertThat(Scorer.scoreKeyResult(kr("r", m, measure(10, "6")), Q1, tolerant, day(45)).statusExplanation().rule())
        .isEqualTo("outside the range; within ±0.5 → AT_RISK, beyond → OFF_TRACK");
    assertThat(Scorer.scoreKeyResult(kr("r", m, measure(10, "4.5")), Q1, tolerant, day(45)).status()).isEqualTo(Status.ON_TRACK);
    assertThat(Scorer.scoreKeyResult(kr("r", m, measure(10, "6")), Q1, DEFAULTS, day(45)).status()).isEqualTo(Status.BEHIND);
    ScoringPolicy strictTolerant = tolerant.withProgress(ProgressPolicy.defaults()
        .withThresholdEquality(ProgressPolicy.ThresholdEquality.STRICT));
    assertThat(Scorer.scoreKeyResult(kr("r", m, measure(10, "5.5")), Q1, strictTolerant, day(45)).status())
        .isEqualTo(Status.OFF_TRACK);
    assertThat(tolerant.status().withoutRangeTolerance().rangeTolerance().isEmpty()).isTrue();
    assertThatThrownBy(() -> StatusPolicy.defaults().withRangeTolerance(d("-1"))).isInstanceOf(OkrException.class);
  }

  // ---------------------------------------------------------------- staleness

  @Test
  void neverUpdatedOnceHalfThePeriodHasPassed() {
    KeyResult kr = kr("k", LinearMetric.count(100));
    KeyResultScore half = Scorer.scoreKeyResult(kr, Q1, DEFAULTS, day(45));
    assertThat(half.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(half.isStale()).isTrue();
    assertThat(half.statusExplanation().rule()).isEqualTo("never updated once 0.5 of the window has passed → OFF_TRACK");
    KeyResultScore before = Scorer.scoreKeyResult(kr, Q1, DEFAULTS, day(44));
    assertThat(before.status()).isEqualTo(Status.NOT_SCORED);
    assertThat(before.isStale()).isFalse();
    assertThat(before.statusExplanation().rule()).isEqualTo("not scored: no progress");
    ScoringPolicy off = status(StatusPolicy.defaults().withoutNeverUpdatedRule());
    assertThat(Scorer.scoreKeyResult(kr, Q1, off, day(80)).status()).isEqualTo(Status.NOT_SCORED);
    ScoringPolicy quarter = status(StatusPolicy.defaults().withNeverUpdatedAfter(d("0.25")).withStaleStatus(Status.AT_RISK));
    assertThat(Scorer.scoreKeyResult(kr, Q1, quarter, day(23)).status()).isEqualTo(Status.AT_RISK);
    // counted as 0 but never updated: still stale
    ScoringPolicy zero = DEFAULTS.withProgress(ProgressPolicy.defaults().withNoCheckIn(ProgressPolicy.NoCheckIn.ZERO));
    assertThat(Scorer.scoreKeyResult(kr, Q1, zero, day(50)).status()).isEqualTo(Status.OFF_TRACK);
    assertThatThrownBy(() -> StatusPolicy.defaults().withNeverUpdatedAfter(d("1.5"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> StatusPolicy.defaults().withNeverUpdatedAfter(d("-0.5"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> StatusPolicy.defaults().withNeverUpdatedAfter(null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> StatusPolicy.defaults().withStaleStatus(Status.NOT_SCORED)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> StatusPolicy.defaults().withStaleStatus(null)).isInstanceOf(OkrException.class);
  }

  @Test
  void staleAfterDaysWithoutCheckIn() {
    ScoringPolicy fortnight = status(StatusPolicy.defaults().withStaleAfterDays(14));
    KeyResult kr = kr("k", LinearMetric.count(100), measure(10, "40"));
    // last check-in day 10: 14 days later (day 24) still fresh, day 25 stale
    assertThat(Scorer.scoreKeyResult(kr, Q1, fortnight, day(24)).isStale()).isFalse();
    assertThat(Scorer.scoreKeyResult(kr, Q1, fortnight, day(24)).status()).isEqualTo(Status.ON_TRACK);
    KeyResultScore stale = Scorer.scoreKeyResult(kr, Q1, fortnight, day(25));
    assertThat(stale.isStale()).isTrue();
    assertThat(stale.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(stale.statusExplanation().rule())
        .isEqualTo("no check-in for more than 14 days (last at 2026-01-11T00:00:00Z) → OFF_TRACK");
    // an achieved key result stays achieved
    KeyResult met = kr("k", LinearMetric.count(100), measure(10, "100"));
    assertThat(Scorer.scoreKeyResult(met, Q1, fortnight, day(60)).status()).isEqualTo(Status.ACHIEVED);
    assertThat(fortnight.status().withoutStaleAfterDays().staleAfterDays().isEmpty()).isTrue();
    assertThatThrownBy(() -> StatusPolicy.defaults().withStaleAfterDays(0)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> StatusPolicy.defaults().withStaleAfterDays(36_501)).isInstanceOf(OkrException.class);
    assertThat(StatusPolicy.defaults().withStaleAfterDays(36_500).staleAfterDays().get()).isEqualTo(36_500);
    assertThat(StatusPolicy.defaults().withStaleAfterDays(1).staleAfterDays().get()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- objective status

  private static ObjectiveScore objectiveOf(ScoringPolicy policy, String... values) {
    KeyResult[] krs = new KeyResult[values.length];
    for (int i = 0; i < values.length; i++) {
      krs[i] = values[i] == null ? kr("k" + i, LinearMetric.count(100))
          : kr("k" + i, LinearMetric.count(100), measure(10, values[i]));
    }
    return Scorer.scoreObjective(objective("o", krs), Q1, policy, day(40));
  }

  @Test
  void objectiveStatusWeakest() {
    // day 40: e = 0.4444; 50 on track, 40 behind, none not scored (not yet half-way)
    assertThat(objectiveOf(DEFAULTS, "50", "40", null).status()).isEqualTo(Status.BEHIND);
    assertThat(objectiveOf(DEFAULTS, "100", "100").status()).isEqualTo(Status.ACHIEVED);
    assertThat(objectiveOf(DEFAULTS, "100", "50").status()).isEqualTo(Status.ON_TRACK);
    assertThat(objectiveOf(DEFAULTS, null, null).status()).isEqualTo(Status.NOT_SCORED);
    assertThat(objectiveOf(DEFAULTS).status()).isEqualTo(Status.NOT_SCORED);
  }

  @Test
  void objectiveStatusMeanRank() {
    ScoringPolicy boja = status(StatusPolicy.defaults().withRule(StatusRule.oboard())
        .withObjectiveStatus(StatusPolicy.StatusRollUp.MEAN_RANK));
    // day 40, e = 0.4444: a/e for 50 → 1.125 on track (1), 20 → 0.45 behind (2), 10 → 0.225 at risk (3)
    // [1, 1, 2] → 1.33 → on track
    assertThat(objectiveOf(boja, "50", "50", "20").status()).isEqualTo(Status.ON_TRACK);
    // [1, 2] → 1.5 → rounds half up to 2: behind
    assertThat(objectiveOf(boja, "50", "20").status()).isEqualTo(Status.BEHIND);
    // [1, 3] → 2 → behind
    assertThat(objectiveOf(boja, "50", "10").status()).isEqualTo(Status.BEHIND);
    // achieved counts as on track: [1, 3, 3] → 2.33 → behind; all achieved → achieved
    assertThat(objectiveOf(boja, "100", "10", "10").status()).isEqualTo(Status.BEHIND);
    assertThat(objectiveOf(boja, "100", "100").status()).isEqualTo(Status.ACHIEVED);
    assertThat(objectiveOf(boja, "100", "10").status()).isEqualTo(Status.BEHIND);
  }

  @Test
  void statusRanks() {
    assertThat(Status.ACHIEVED.rank()).isZero();
    assertThat(Status.OFF_TRACK.rank()).isEqualTo(4);
    assertThat(Status.NOT_SCORED.rank()).isEqualTo(-1);
    assertThat(Status.ofRank(-3)).isEqualTo(Status.ACHIEVED);
    assertThat(Status.ofRank(1)).isEqualTo(Status.ON_TRACK);
    assertThat(Status.ofRank(2)).isEqualTo(Status.BEHIND);
    assertThat(Status.ofRank(3)).isEqualTo(Status.AT_RISK);
    assertThat(Status.ofRank(4)).isEqualTo(Status.OFF_TRACK);
    assertThat(Status.ofRank(9)).isEqualTo(Status.MISSED);
    assertThat(Status.MISSED.rank()).isEqualTo(5);
  }
}
