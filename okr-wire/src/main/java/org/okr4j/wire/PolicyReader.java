package org.okr4j.wire;

import static org.okr4j.wire.PolicyFields.*;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.Confidence;
import org.okr4j.model.KeyResultId;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Bands;
import org.okr4j.scoring.Cap;
import org.okr4j.scoring.ConfidencePolicy;
import org.okr4j.scoring.ExpectedProgress;
import org.okr4j.scoring.ForecastPolicy;
import org.okr4j.scoring.GradeScale;
import org.okr4j.scoring.GradingPolicy;
import org.okr4j.scoring.Phase;
import org.okr4j.scoring.ProgressPolicy;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.StatusPolicy;
import org.okr4j.scoring.Status;
import org.okr4j.scoring.StatusRule;
import org.okr4j.scoring.StatusScale;
import org.okr4j.scoring.StretchPolicy;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * Reads a scoring policy ({@code docs/wire-format.md}, "Scoring policies"), each part through the
 * core's checking factories and {@code with...} copies, so that its errors come back at JSON Pointers.
 */
final class PolicyReader {

  private PolicyReader() {}

  /** Reads a list of objects of one kind, limited by the module's array limit. */
  static <E> Element<List<@Nullable E>> listOf(Function<Cursor, ? extends Reading<E>> element) {
    return c -> c.objects(element);
  }

  /** The elements of a list that had no problem, which {@link Fields} guarantees before it builds. */
  static <E> List<E> present(List<@Nullable E> list) {
    List<E> out = new ArrayList<>(list.size());
    for (E e : list) {
      out.add(Objects.requireNonNull(e));
    }
    return out;
  }

  private static final Function<Cursor, Fields<Cap>> CAP_READING = Fields.<Cap>of(CAP_SHAPE)
      .read(FLOOR, Cursor::decimal)
      .read(CEILING, Cursor::decimal)
      .build(f -> f.take(Cap.validate(f.get(FLOOR), f.get(CEILING))));

  private static final Function<Cursor, Fields<StretchPolicy>> STRETCH_READING = Fields.<StretchPolicy>of(
      STRETCH_POLICY)
      .read(COMMIT_FRACTION, Cursor::decimal)
      .read(TARGET_FRACTION, Cursor::decimal)
      .read(REFERENCE, c -> c.token(Tokens.REFERENCES))
      .read(BELOW_BASELINE, c -> c.token(Tokens.BELOW_BASELINES))
      .build(f -> f.take(StretchPolicy.validate(f.get(COMMIT_FRACTION), f.get(TARGET_FRACTION), f.get(REFERENCE),
          f.get(BELOW_BASELINE))));

  private static final Function<Cursor, Fields<ProgressPolicy>> PROGRESS_READING = Fields.<ProgressPolicy>of(
      PROGRESS_POLICY)
      .read(LINEAR_RULE, c -> c.token(Tokens.LINEAR_RULES))
      .read(CAP, c -> c.object(CAP_READING))
      .read(THRESHOLD_EQUALITY, c -> c.token(Tokens.THRESHOLD_EQUALITIES))
      .read(CONTROL_METHOD, c -> c.token(Tokens.CONTROL_METHODS))
      .read(CONTROL_GRADING, c -> c.token(Tokens.CONTROL_GRADINGS))
      .read(CADENCE, c -> c.token(Tokens.PERIODS))
      .read(PERIOD_BASIS, c -> c.token(Tokens.PERIOD_BASES))
      .read(MILESTONE_WEIGHTING, c -> c.token(Tokens.MILESTONE_WEIGHTINGS))
      .read(RECURRING, c -> c.token(Tokens.RECURRING_AGGREGATIONS))
      .read(AGGREGATE, c -> c.token(Tokens.AGGREGATE_METHODS))
      .read(NO_CHECK_IN, c -> c.token(Tokens.NO_CHECK_INS))
      .read(PERIOD_ITEMS, c -> c.token(Tokens.PERIOD_ITEMS))
      .read(DEGENERATE, c -> c.token(Tokens.DEGENERATES))
      .read(STRETCH, c -> c.object(STRETCH_READING))
      .build(f -> ProgressPolicy.defaults()
          .withPeriodItems(f.or(PERIOD_ITEMS, ProgressPolicy.defaults().periodItems()))
          .withDegenerate(f.or(DEGENERATE, ProgressPolicy.defaults().degenerate()))
          .withStretch(Option.of(f.<StretchPolicy>get(STRETCH)))
          .withLinearRule(f.get(LINEAR_RULE))
          .withCap(f.get(CAP))
          .withThresholdEquality(f.get(THRESHOLD_EQUALITY))
          .withControlMethod(f.get(CONTROL_METHOD))
          .withControlGrading(f.get(CONTROL_GRADING))
          .withCadence(f.get(CADENCE))
          .withPeriodBasis(f.get(PERIOD_BASIS))
          .withMilestoneWeighting(f.get(MILESTONE_WEIGHTING))
          .withRecurring(f.get(RECURRING))
          .withAggregate(f.get(AGGREGATE))
          .withNoCheckIn(f.get(NO_CHECK_IN)));

  private static final Function<Cursor, Fields<RollUpPolicy>> ROLL_UP_READING = Fields.<RollUpPolicy>of(
      ROLL_UP_POLICY)
      .read(METHOD, c -> c.token(Tokens.ROLL_UP_METHODS))
      .read(MISSING, c -> c.token(Tokens.MISSING))
      .read(CAP, c -> c.object(CAP_READING))
      .read(CHILDREN, c -> c.token(Tokens.CHILDREN))
      .read(EMPTY, c -> c.token(Tokens.EMPTIES))
      .build(f -> RollUpPolicy.defaults()
          .withEmpty(f.or(EMPTY, RollUpPolicy.defaults().empty()))
          .withMethod(f.get(METHOD))
          .withMissing(f.get(MISSING))
          .withCap(f.get(CAP))
          .withChildren(f.get(CHILDREN)));

  static final Function<Cursor, Fields<Band>> BAND_READING = Fields.<Band>of(BAND)
      .read(LABEL, Cursor::string)
      .read(COLOUR, c -> c.token(Tokens.COLOURS))
      .read(LOWER_BOUND, Cursor::decimal)
      .read(INCLUSIVE, Cursor::bool)
      .build(f -> f.take(Band.validate(f.get(LABEL), f.get(COLOUR), f.get(LOWER_BOUND), f.<Boolean>get(INCLUSIVE))));

  private static final Kinds<GradeScale> SCALES = new Kinds<GradeScale>()
      .constant("continuous", CONTINUOUS, GradeScale.continuous())
      .constant("tenths", TENTHS, GradeScale.tenths())
      .with("levels", Fields.<GradeScale>of(LEVELS_SCALE)
          .read(LEVELS, c -> c.array(Cursor::decimal))
          .build(f -> f.take(GradeScale.validateLevels(present(f.get(LEVELS))))));

  private static final Function<Cursor, Fields<GradingPolicy>> GRADING_READING = Fields.<GradingPolicy>of(
      GRADING_POLICY)
      .read(SCALE, c -> c.polymorphic(SCALES))
      .read(BANDS, listOf(BAND_READING))
      .read(COMMITTED_TARGET, Cursor::decimal)
      .read(SWEET_SPOT_LOW, Cursor::decimal)
      .read(SWEET_SPOT_HIGH, Cursor::decimal)
      .build(f -> {
        Bands bands = f.take(Bands.validate(present(f.get(BANDS))));
        if (bands == null) {
          return null;
        }
        GradingPolicy base = GradingPolicy.defaults().withScale(f.get(SCALE)).withBands(bands)
            .withCommittedTarget(f.get(COMMITTED_TARGET));
        return f.take(base.validateSweetSpot(f.get(SWEET_SPOT_LOW), f.get(SWEET_SPOT_HIGH)));
      });

  private static final Function<Cursor, Fields<Phase>> PHASE_READING = Fields.<Phase>of(PHASE)
      .read(DUE, Cursor::date)
      .read(PHASE_EXPECTED, Cursor::decimal)
      .build(f -> f.take(Phase.validate(f.get(DUE), f.get(PHASE_EXPECTED))));

  /** One key result's phases, checked by the core on their own. */
  record Phased(KeyResultId keyResult, List<Phase> phases) {}

  private static final Function<Cursor, Fields<Phased>> PHASED_READING = Fields.<Phased>of(PHASED)
      .read(KEY_RESULT, Cursor::string)
      .read(PHASES, listOf(PHASE_READING))
      .build(f -> {
        Either<OkrError, KeyResultId> parsed = KeyResultId.parse(f.get(KEY_RESULT));
        if (parsed.isLeft()) {
          f.c.add(parsed.getLeft().under(f.c.here().key(KEY_RESULT.name())));
          return null;
        }
        KeyResultId id = parsed.get();
        List<Phase> phases = present(f.get(PHASES));
        return f.take(ExpectedProgress.linear().validatePhases(id, phases)) == null ? null : new Phased(id, phases);
      });

  private static final Function<Cursor, Fields<ExpectedProgress>> EXPECTED_READING = Fields.<ExpectedProgress>of(
      EXPECTED_PROGRESS)
      .read(DAY_COUNT, c -> c.token(Tokens.DAY_COUNTS))
      .read(PHASES, c -> {
        List<@Nullable Phased> list = c.objects(PHASED_READING);
        if (list != null) {
          List<@Nullable KeyResultId> ids = new ArrayList<>();
          for (Phased phased : list) {
            ids.add(phased == null ? null : phased.keyResult());
          }
          int before = c.count();
          c.unique(ids, c.here());
          if (c.count() > before) {
            return null;
          }
        }
        return list;
      })
      .build(f -> {
        ExpectedProgress expected = ExpectedProgress.linear().withDayCount(f.get(DAY_COUNT));
        for (Phased phased : present(f.<List<@Nullable Phased>>get(PHASES))) {
          expected = expected.withPhases(phased.keyResult(), phased.phases());
        }
        return expected;
      });

  private static final Function<Cursor, Fields<StatusRule.Step>> STEP_READING = Fields.<StatusRule.Step>of(STEP)
      .read(BOUND, Cursor::decimal)
      .read(STEP_STATUS, c -> c.token(Tokens.STATUSES))
      .build(f -> new StatusRule.Step(f.get(BOUND), f.get(STEP_STATUS)));

  private static final Function<Cursor, Fields<StatusRule>> RULE_READING = Fields.<StatusRule>of(STATUS_RULE)
      .read(RULE_KIND, c -> c.token(Tokens.STATUS_RULE_KINDS))
      .read(STEPS, listOf(STEP_READING))
      .read(OTHERWISE, c -> c.token(Tokens.STATUSES))
      .build(f -> f.take(StatusRule.validate(f.get(RULE_KIND), present(f.get(STEPS)), f.get(OTHERWISE))));

  /** A status scale's scores by status; every status is required, so the map is complete. */
  private static final Function<Cursor, Fields<Map<Status, BigDecimal>>> SCORES_READING = scoresReading();

  private static Function<Cursor, Fields<Map<Status, BigDecimal>>> scoresReading() {
    Fields.Spec<Map<Status, BigDecimal>> spec = Fields.of(STATUS_SCORES);
    for (Field f : STATUS_SCORES.fields()) {
      spec.read(f, Cursor::decimal);
    }
    return spec.build(f -> {
      Map<Status, BigDecimal> scores = LinkedHashMap.empty();
      for (Field field : STATUS_SCORES.fields()) {
        scores = scores.put(Tokens.SCORED_STATUSES.get(field.name()), f.<BigDecimal>get(field));
      }
      return scores;
    });
  }

  /**
   * Reads a status scale through {@link StatusScale#validate}; a problem with a status's score is
   * reported at its wire name ({@code /scores/on-track}), not at the Java constant's.
   */
  private static final Function<Cursor, Fields<StatusScale>> STATUS_SCALE_READING = Fields.<StatusScale>of(
      STATUS_SCALE_SHAPE)
      .read(SCORES, c -> c.object(SCORES_READING))
      .read(ROUNDING, c -> c.token(Tokens.ROUNDING_MODES))
      .build(f -> f.take(StatusScale.validate(f.get(SCORES), f.get(ROUNDING)).mapError(errors -> errors.map(e -> {
        Vector<String> at = e.path().segments();
        return at.size() == 2 && at.head().equals(SCORES.name())
            ? e.withPath(OkrPath.of(SCORES.name(), Tokens.token(Status.valueOf(at.get(1))))) : e;
      }))));

  private static final Function<Cursor, Fields<StatusPolicy>> STATUS_READING = Fields.<StatusPolicy>of(STATUS_POLICY)
      .read(EXPECTED, c -> c.object(EXPECTED_READING))
      .read(RULE, c -> c.object(RULE_READING))
      .read(ACHIEVED_AT_ONE, Cursor::bool)
      .read(BINARY_STATUS, c -> c.token(Tokens.BINARY_STATUSES))
      .read(RANGE_TOLERANCE, Cursor::decimal)
      .read(STALE_AFTER_DAYS, c -> c.integer("an int"))
      .read(NEVER_UPDATED_AFTER, Cursor::decimal)
      .read(STALE_STATUS, c -> c.token(Tokens.STATUSES))
      .read(OBJECTIVE_STATUS, c -> c.token(Tokens.STATUS_ROLL_UPS))
      .read(MISSED_STATUS, c -> c.token(Tokens.MISSED_STATUSES))
      .read(SOURCE, c -> c.token(Tokens.STATUS_SOURCES))
      .read(STATUS_SCALE, c -> c.object(STATUS_SCALE_READING))
      .build(f -> {
        StatusPolicy s = StatusPolicy.defaults()
            .withSource(f.or(SOURCE, StatusPolicy.defaults().source()))
            .withStatusScale(f.or(STATUS_SCALE, StatusPolicy.defaults().statusScale()))
            .withExpected(f.get(EXPECTED))
            .withRule(f.get(RULE))
            .withAchievedAtOne(f.<Boolean>get(ACHIEVED_AT_ONE))
            .withBinaryStatus(f.get(BINARY_STATUS))
            .withStaleStatus(f.get(STALE_STATUS))
            .withObjectiveStatus(f.get(OBJECTIVE_STATUS));
        Option<Status> missed = f.or(MISSED_STATUS, StatusPolicy.defaults().missedStatus());
        s = missed.isDefined() ? s.withMissedStatus(missed.get()) : s.withoutMissedStatus();
        s = f.present(RANGE_TOLERANCE) ? s.withRangeTolerance(f.get(RANGE_TOLERANCE)) : s.withoutRangeTolerance();
        s = f.present(STALE_AFTER_DAYS) ? s.withStaleAfterDays(f.<Integer>get(STALE_AFTER_DAYS))
            : s.withoutStaleAfterDays();
        return f.present(NEVER_UPDATED_AFTER) ? s.withNeverUpdatedAfter(f.get(NEVER_UPDATED_AFTER))
            : s.withoutNeverUpdatedRule();
      });

  private static final Function<Cursor, Fields<ForecastPolicy>> FORECAST_READING = Fields.<ForecastPolicy>of(
      FORECAST_POLICY)
      .read(METHOD, c -> c.token(Tokens.FORECAST_METHODS))
      .read(WILL_MISS_BELOW, Cursor::decimal)
      .build(f -> ForecastPolicy.defaults().withMethod(f.get(METHOD)).withWillMissBelow(f.get(WILL_MISS_BELOW)));

  private static final Function<Cursor, Fields<Tuple2<String, Confidence>>> LABEL_READING =
      Fields.<Tuple2<String, Confidence>>of(CONFIDENCE_LABEL)
      .read(LABEL, Cursor::string)
      .read(LABEL_CONFIDENCE, Cursor::decimal)
      .build(f -> {
        Validation<Seq<OkrError>, Confidence> checked = Confidence.validate(f.get(LABEL_CONFIDENCE));
        if (checked.isInvalid()) {
          f.c.core(f.c.here(), checked.getError().map(e -> e.under(OkrPath.of(LABEL_CONFIDENCE.name()))), null, 0);
          return null;
        }
        return Tuple.of(f.get(LABEL), checked.get());
      });

  /** Reads a confidence policy's labels: a label given twice is {@code okr.duplicate-id} at its second entry. */
  private static @Nullable List<@Nullable Tuple2<String, Confidence>> labels(Cursor c) throws java.io.IOException {
    List<@Nullable Tuple2<String, Confidence>> list = c.objects(LABEL_READING);
    if (list != null) {
      List<@Nullable String> names = new ArrayList<>();
      for (Tuple2<String, Confidence> label : list) {
        names.add(label == null ? null : label._1);
      }
      int before = c.count();
      c.unique(names, c.here());
      if (c.count() > before) {
        return null;
      }
    }
    return list;
  }

  /**
   * Gives the policy {@code labels} through {@link ConfidencePolicy#withLabels}, whose problems name a
   * label by its text ({@code /labels/high}); they are reported at its entry's {@code label}
   * ({@code /labels/2/label}).
   */
  private static @Nullable ConfidencePolicy withLabels(Fields<?> f, ConfidencePolicy policy,
      List<Tuple2<String, Confidence>> labels) {
    try {
      return policy.withLabels(LinkedHashMap.ofEntries(labels));
    } catch (OkrException e) {
      f.c.core(f.c.here(), e.errors().map(error -> {
        Vector<String> at = error.path().segments();
        for (int i = 0; at.size() == 2 && i < labels.size(); i++) {
          if (labels.get(i)._1.equals(at.get(1))) {
            return error.withPath(OkrPath.of(LABELS.name()).index(i).key(LABEL.name()));
          }
        }
        return error;
      }), null, 0);
      return null;
    }
  }

  private static final Function<Cursor, Fields<ConfidencePolicy>> CONFIDENCE_READING = Fields.<ConfidencePolicy>of(
      CONFIDENCE_POLICY)
      .read(AGGREGATION, c -> c.token(Tokens.CONFIDENCE_AGGREGATIONS))
      .read(INITIAL, Cursor::decimal)
      .read(CLEAR_WHEN_DONE, Cursor::bool)
      .read(BANDS, listOf(BAND_READING))
      .read(LABELS, PolicyReader::labels)
      .build(f -> {
        Bands bands = f.take(Bands.validate(present(f.get(BANDS))));
        Confidence initial = null;
        if (f.present(INITIAL)) {
          Validation<Seq<OkrError>, Confidence> checked = Confidence.validate(f.get(INITIAL));
          if (checked.isInvalid()) {
            f.c.core(f.c.here(), checked.getError().map(e -> e.under(OkrPath.of(INITIAL.name()))), null, 0);
            return null;
          }
          initial = checked.get();
        }
        if (bands == null) {
          return null;
        }
        ConfidencePolicy c = ConfidencePolicy.defaults().withAggregation(f.get(AGGREGATION))
            .withClearWhenDone(f.<Boolean>get(CLEAR_WHEN_DONE)).withBands(bands);
        c = initial == null ? c.withoutInitial() : c.withInitial(initial);
        return f.present(LABELS) ? withLabels(f, c, present(f.get(LABELS))) : c;
      });

  /** Reads a scoring policy's fields: in a {@code scoring-policy} document and a scorecard's {@code policy}. */
  static final Function<Cursor, Fields<ScoringPolicy>> SCORING_POLICY_READING = Fields.<ScoringPolicy>of(
      SCORING_POLICY)
      .read(PROGRESS, c -> c.object(PROGRESS_READING))
      .read(ROLL_UP, c -> c.object(ROLL_UP_READING))
      .read(GRADING, c -> c.object(GRADING_READING))
      .read(STATUS, c -> c.object(STATUS_READING))
      .read(FORECAST, c -> c.object(FORECAST_READING))
      .read(CONFIDENCE, c -> c.object(CONFIDENCE_READING))
      .build(f -> ScoringPolicy.defaults()
          .withProgress(f.get(PROGRESS))
          .withRollUp(f.get(ROLL_UP))
          .withGrading(f.get(GRADING))
          .withStatus(f.get(STATUS))
          .withForecast(f.get(FORECAST))
          .withConfidence(f.get(CONFIDENCE)));
}
