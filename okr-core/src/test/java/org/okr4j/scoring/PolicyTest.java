package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.okr4j.model.Comparison;
import org.okr4j.model.Period;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

/** Policy values: documented defaults, presets and {@code with*} copies. */
class PolicyTest {

  private static final Object[] POLICIES = {
    ScoringPolicy.defaults(), ProgressPolicy.defaults(), RollUpPolicy.defaults(), GradingPolicy.defaults(),
    StatusPolicy.defaults(), ForecastPolicy.defaults(), ConfidencePolicy.defaults(), ExpectedProgress.linear(),
    StretchPolicy.defaults(), AggregationPolicy.defaults(),
  };

  @Test
  void documentedDefaults() {
    ProgressPolicy p = ProgressPolicy.defaults();
    assertThat(p.linearRule()).isEqualTo(ProgressPolicy.LinearRule.FROM_BASELINE);
    assertThat(p.cap()).isEqualTo(Cap.none());
    assertThat(p.thresholdEquality()).isEqualTo(ProgressPolicy.ThresholdEquality.AS_DECLARED);
    assertThat(p.controlMethod()).isEqualTo(ProgressPolicy.ControlMethod.LATEST);
    assertThat(p.controlGrading()).isEqualTo(ProgressPolicy.ControlGrading.MET_OR_NOT);
    assertThat(p.cadence()).isEqualTo(Period.WEEK);
    assertThat(p.periodBasis()).isEqualTo(ProgressPolicy.PeriodBasis.PLANNED);
    assertThat(p.milestoneWeighting()).isEqualTo(ProgressPolicy.MilestoneWeighting.WEIGHTED);
    assertThat(p.recurring()).isEqualTo(ProgressPolicy.RecurringAggregation.SHARE_OF_PERIODS_MET);
    assertThat(p.aggregate()).isEqualTo(ProgressPolicy.AggregateMethod.MEAN_OF_RATES);
    assertThat(p.noCheckIn()).isEqualTo(ProgressPolicy.NoCheckIn.NOT_SCORED);
    assertThat(p.periodItems()).isEqualTo(ProgressPolicy.PeriodItems.LAST);
    assertThat(p.degenerate()).isEqualTo(ProgressPolicy.Degenerate.REJECT);
    assertThat(p.stretch()).isEmpty();
    RollUpPolicy r = RollUpPolicy.defaults();
    assertThat(r.method()).isEqualTo(RollUpPolicy.Method.WEIGHTED_MEAN);
    assertThat(r.missing()).isEqualTo(RollUpPolicy.Missing.COUNT_AS_ZERO);
    assertThat(r.cap()).isEqualTo(Cap.clamp01());
    assertThat(r.children()).isEqualTo(RollUpPolicy.Children.KEY_RESULTS_ONLY);
    assertThat(r.empty()).isEqualTo(RollUpPolicy.Empty.NOT_SCORED);
    AggregationPolicy a = AggregationPolicy.defaults();
    assertThat(a.structure()).isEqualTo(AggregationPolicy.Structure.HIERARCHICAL);
    assertThat(a.missing()).isEqualTo(RollUpPolicy.Missing.COUNT_AS_ZERO);
    assertThat(a.empty()).isEqualTo(RollUpPolicy.Empty.NOT_SCORED);
    assertThat(AggregationPolicy.of(RollUpPolicy.defaults())).isEqualTo(a);
    StretchPolicy st = StretchPolicy.defaults();
    assertThat(st.commitFraction()).isEqualByComparingTo("0.3");
    assertThat(st.targetFraction()).isEqualByComparingTo("0.7");
    assertThat(st.reference()).isEqualTo(StretchPolicy.Reference.TARGET);
    assertThat(st.belowBaseline()).isEqualTo(StretchPolicy.BelowBaseline.KEEP_NEGATIVE);
    GradingPolicy g = GradingPolicy.defaults();
    assertThat(g.scale()).isEqualTo(GradeScale.continuous());
    assertThat(g.bands()).isEqualTo(Bands.google());
    assertThat(g.committedTarget()).isEqualByComparingTo("1");
    assertThat(g.sweetSpotLow()).isEqualByComparingTo("0.6");
    assertThat(g.sweetSpotHigh()).isEqualByComparingTo("0.7");
    StatusPolicy s = StatusPolicy.defaults();
    assertThat(s.expected()).isEqualTo(ExpectedProgress.linear());
    assertThat(s.expected().dayCount()).isEqualTo(ExpectedProgress.DayCount.INSTANT);
    assertThat(s.expected().phases()).isEmpty();
    assertThat(s.rule()).isEqualTo(StatusRule.atLeastExpected());
    assertThat(s.achievedAtOne()).isTrue();
    assertThat(s.binaryStatus()).isEqualTo(StatusPolicy.BinaryStatus.BY_EXPECTED_PROGRESS);
    assertThat(s.rangeTolerance().isEmpty()).isTrue();
    assertThat(s.staleAfterDays().isEmpty()).isTrue();
    assertThat(s.neverUpdatedAfter().get()).isEqualByComparingTo("0.5");
    assertThat(s.staleStatus()).isEqualTo(Status.OFF_TRACK);
    assertThat(s.objectiveStatus()).isEqualTo(StatusPolicy.StatusRollUp.WEAKEST);
    assertThat(s.missedStatus()).contains(Status.MISSED);
    assertThat(s.source()).isEqualTo(StatusPolicy.StatusSource.COMPUTED);
    assertThat(s.statusScale()).isEqualTo(StatusScale.ranks());
    assertThat(ForecastPolicy.defaults().method()).isEqualTo(ForecastPolicy.Method.PACE);
    assertThat(ForecastPolicy.defaults().willMissBelow()).isEqualByComparingTo("1");
    ConfidencePolicy c = ConfidencePolicy.defaults();
    assertThat(c.aggregation()).isEqualTo(ConfidencePolicy.Aggregation.WEIGHTED_MEAN);
    assertThat(c.initial().isEmpty()).isTrue();
    assertThat(c.clearWhenDone()).isFalse();
    assertThat(c.bands()).isEqualTo(Bands.confidence());
    assertThat(c.labels().mapValues(x -> x.value().toPlainString()).toJavaMap())
        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("low", "0.2", "medium", "0.55", "high", "0.85"));
    ScoringPolicy all = ScoringPolicy.defaults();
    assertThat(all.progress()).isEqualTo(p);
    assertThat(all.rollUp()).isEqualTo(r);
    assertThat(all.grading()).isEqualTo(g);
    assertThat(all.status()).isEqualTo(s);
    assertThat(all.forecast()).isEqualTo(ForecastPolicy.defaults());
    assertThat(all.confidence()).isEqualTo(c);
  }

  @Test
  void presets() {
    ScoringPolicy google = ScoringPolicy.google();
    assertThat(google.progress().cap()).isEqualTo(Cap.clamp01());
    assertThat(google.grading().scale()).isEqualTo(GradeScale.tenths());
    assertThat(google.grading().bands()).isEqualTo(Bands.google());
    ScoringPolicy quantive = ScoringPolicy.quantive();
    assertThat(quantive.progress().cap()).isEqualTo(Cap.none());
    assertThat(quantive.progress().thresholdEquality()).isEqualTo(ProgressPolicy.ThresholdEquality.STRICT);
    assertThat(quantive.rollUp().method()).isEqualTo(RollUpPolicy.Method.MEAN);
    assertThat(quantive.rollUp().cap()).isEqualTo(Cap.none());
    assertThat(quantive.grading().bands()).isEqualTo(Bands.none());
    ScoringPolicy perdoo = ScoringPolicy.perdoo();
    assertThat(perdoo.progress().cap()).isEqualTo(Cap.none());
    assertThat(perdoo.rollUp().method()).isEqualTo(RollUpPolicy.Method.MEAN);
    assertThat(perdoo.rollUp().cap()).isEqualTo(Cap.clamp01());
    assertThat(perdoo.rollUp().missing()).isEqualTo(RollUpPolicy.Missing.COUNT_AS_ZERO);
    assertThat(perdoo.status().objectiveStatus()).isEqualTo(StatusPolicy.StatusRollUp.WEAKEST);
    assertThat(perdoo.confidence().clearWhenDone()).isTrue();
    ScoringPolicy oslo = ScoringPolicy.oslo();
    assertThat(oslo.progress().cap()).isEqualTo(Cap.clamp01());
    assertThat(oslo.progress().noCheckIn()).isEqualTo(ProgressPolicy.NoCheckIn.ZERO);
    assertThat(oslo.rollUp().method()).isEqualTo(RollUpPolicy.Method.WEIGHTED_MEAN);
    assertThat(java.util.Set.of(ScoringPolicy.defaults(), google, quantive, perdoo, oslo)).hasSize(5);
  }

  @Test
  void copiesChangeOneOption() {
    ProgressPolicy p = ProgressPolicy.defaults().withCadence(Period.MONTH);
    assertThat(p.cadence()).isEqualTo(Period.MONTH);
    assertThat(p.withCadence(Period.WEEK)).isEqualTo(ProgressPolicy.defaults());
    assertThat(RollUpPolicy.defaults().withMissing(RollUpPolicy.Missing.SKIP).missing()).isEqualTo(RollUpPolicy.Missing.SKIP);
    assertThat(StatusPolicy.defaults().withAchievedAtOne(false).achievedAtOne()).isFalse();
    assertThat(ConfidencePolicy.defaults().withClearWhenDone(true).clearWhenDone()).isTrue();
    assertThat(ScoringPolicy.defaults().withForecast(ForecastPolicy.defaults().withMethod(ForecastPolicy.Method.NONE))
        .forecast().method()).isEqualTo(ForecastPolicy.Method.NONE);
    assertThat(GradingPolicy.defaults().withCommittedTarget(java.math.BigDecimal.ONE)).isEqualTo(GradingPolicy.defaults());
    assertThat(ForecastPolicy.defaults().withWillMissBelow(java.math.BigDecimal.ONE)).isEqualTo(ForecastPolicy.defaults());
    StatusPolicy s = StatusPolicy.defaults().withStaleAfterDays(7).withRangeTolerance(java.math.BigDecimal.ONE)
        .withStaleStatus(Status.AT_RISK).withNeverUpdatedAfter(java.math.BigDecimal.ONE);
    assertThat(s.staleAfterDays().get()).isEqualTo(7);
    assertThat(s.rangeTolerance().get()).isEqualByComparingTo("1");
    assertThat(s.staleStatus()).isEqualTo(Status.AT_RISK);
    assertThat(s.neverUpdatedAfter().get()).isEqualByComparingTo("1");
    assertThat(s.rule()).isEqualTo(StatusRule.atLeastExpected());
    StatusPolicy missed = StatusPolicy.defaults().withMissedStatus(Status.OFF_TRACK);
    assertThat(missed.missedStatus()).contains(Status.OFF_TRACK);
    assertThat(missed.withMissedStatus(Status.MISSED)).isEqualTo(StatusPolicy.defaults());
    assertThat(StatusPolicy.defaults().withoutMissedStatus().missedStatus()).isEmpty();
    assertThat(StatusPolicy.defaults().withMissedStatus(Status.AT_RISK).missedStatus()).contains(Status.AT_RISK);
    assertThatThrownBy(() -> StatusPolicy.defaults().withMissedStatus(Status.ACHIEVED)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> StatusPolicy.defaults().withMissedStatus(Status.NOT_SCORED)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> StatusPolicy.defaults().withMissedStatus(null)).isInstanceOf(OkrException.class);
  }

  @Test
  void everyCopyWithItsOwnValueIsEqualAndNullIsRejected() throws Exception {
    int checked = 0;
    for (Object policy : POLICIES) {
      for (Method with : policy.getClass().getSuperclass().getDeclaredMethods()) {
        if (!Modifier.isPublic(with.getModifiers()) || Modifier.isStatic(with.getModifiers())
            || !with.getName().startsWith("with") || with.getParameterCount() != 1) {
          continue;
        }
        String name = Character.toLowerCase(with.getName().charAt(4)) + with.getName().substring(5);
        Method accessor;
        try {
          accessor = policy.getClass().getSuperclass().getDeclaredMethod(name);
        } catch (NoSuchMethodException e) {
          continue;
        }
        Object own = accessor.invoke(policy);
        if (own instanceof io.vavr.control.Option<?> option) {
          continue;
        }
        assertThat(with.invoke(policy, own)).as(with.toString()).isEqualTo(policy);
        if (!with.getParameterTypes()[0].isPrimitive()) {
          try {
            with.invoke(policy, new Object[] {null});
            throw new AssertionError(with + " accepted null");
          } catch (InvocationTargetException e) {
            assertThat(e.getCause()).as(with.toString()).isInstanceOf(OkrException.class);
            assertThat(((OkrException) e.getCause()).errors().map(OkrError::code)).containsExactly("okr.required");
          }
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void thresholdEquality() {
    ProgressPolicy p = ProgressPolicy.defaults();
    assertThat(p.effective(Comparison.ABOVE)).isEqualTo(Comparison.ABOVE);
    assertThat(p.effective(Comparison.AT_MOST)).isEqualTo(Comparison.AT_MOST);
    assertThat(p.inclusiveRanges()).isTrue();
    ProgressPolicy inclusive = p.withThresholdEquality(ProgressPolicy.ThresholdEquality.INCLUSIVE);
    assertThat(inclusive.effective(Comparison.ABOVE)).isEqualTo(Comparison.AT_LEAST);
    assertThat(inclusive.effective(Comparison.BELOW)).isEqualTo(Comparison.AT_MOST);
    assertThat(inclusive.inclusiveRanges()).isTrue();
    ProgressPolicy strict = p.withThresholdEquality(ProgressPolicy.ThresholdEquality.STRICT);
    assertThat(strict.effective(Comparison.AT_LEAST)).isEqualTo(Comparison.ABOVE);
    assertThat(strict.effective(Comparison.AT_MOST)).isEqualTo(Comparison.BELOW);
    assertThat(strict.inclusiveRanges()).isFalse();
  }

  @Test
  void policiesAreValuesWithReadableText() {
    assertThat(ScoringPolicy.defaults().withGrading(GradingPolicy.defaults())).isEqualTo(ScoringPolicy.defaults());
    assertThat(ScoringPolicy.defaults().hashCode()).isEqualTo(ScoringPolicy.perdoo().withRollUp(RollUpPolicy.defaults())
        .withStatus(StatusPolicy.defaults()).withConfidence(ConfidencePolicy.defaults()).hashCode());
    assertThat(ScoringPolicy.defaults().toString()).contains("ProgressPolicy", "FROM_BASELINE");
    assertThatThrownBy(() -> ScoringPolicy.defaults().withProgress(null)).isInstanceOf(OkrException.class);
  }
}
