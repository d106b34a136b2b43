package org.okr4j.wire;

import static org.okr4j.wire.PolicyFields.*;

import io.vavr.Tuple2;
import java.io.IOException;
import java.math.BigDecimal;
import org.okr4j.model.Confidence;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Bands;
import org.okr4j.scoring.Cap;
import org.okr4j.scoring.ConfidencePolicy;
import org.okr4j.scoring.ForecastPolicy;
import org.okr4j.scoring.GradeScale;
import org.okr4j.scoring.GradingPolicy;
import org.okr4j.scoring.Phase;
import org.okr4j.scoring.ProgressPolicy;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.StatusPolicy;
import org.okr4j.scoring.StatusRule;
import org.okr4j.scoring.StatusScale;
import org.okr4j.scoring.StretchPolicy;

/**
 * Writes a scoring policy and its parts ({@code docs/wire-format.md}, "Scoring policies") in the
 * order of {@link PolicyFields}: every option, so that reading gives back an equal policy.
 */
final class PolicyWriter {

  private PolicyWriter() {}

  static void scoringPolicyFields(Out out, ScoringPolicy policy) throws IOException {
    progress(out, policy.progress());
    RollUpPolicy rollUp = policy.rollUp();
    out.object(ROLL_UP);
    out.token(METHOD, rollUp.method());
    out.token(MISSING, rollUp.missing());
    cap(out, rollUp.cap());
    out.token(CHILDREN, rollUp.children());
    if (out.writes(rollUp.empty(), RollUpPolicy.defaults().empty())) {
      out.token(EMPTY, rollUp.empty());
    }
    out.endObject();
    grading(out, policy.grading());
    status(out, policy.status());
    ForecastPolicy forecast = policy.forecast();
    out.object(FORECAST);
    out.token(METHOD, forecast.method());
    out.decimal(WILL_MISS_BELOW, forecast.willMissBelow());
    out.endObject();
    ConfidencePolicy confidence = policy.confidence();
    out.object(CONFIDENCE);
    out.token(AGGREGATION, confidence.aggregation());
    if (confidence.initial().isDefined()) {
      out.decimal(INITIAL, confidence.initial().get().value());
    }
    out.bool(CLEAR_WHEN_DONE, confidence.clearWhenDone());
    bands(out, confidence.bands());
    if (out.writes(confidence.labels(), ConfidencePolicy.defaults().labels())) {
      out.array(LABELS);
      for (Tuple2<String, Confidence> label : confidence.labels()) {
        out.startObject();
        out.string(LABEL, label._1);
        out.decimal(LABEL_CONFIDENCE, label._2.value());
        out.endObject();
      }
      out.endArray();
    }
    out.endObject();
  }

  private static void progress(Out out, ProgressPolicy progress) throws IOException {
    out.object(PROGRESS);
    out.token(LINEAR_RULE, progress.linearRule());
    cap(out, progress.cap());
    out.token(THRESHOLD_EQUALITY, progress.thresholdEquality());
    out.token(CONTROL_METHOD, progress.controlMethod());
    out.token(CONTROL_GRADING, progress.controlGrading());
    out.token(CADENCE, progress.cadence());
    out.token(PERIOD_BASIS, progress.periodBasis());
    out.token(MILESTONE_WEIGHTING, progress.milestoneWeighting());
    out.token(RECURRING, progress.recurring());
    ProgressPolicy defaults = ProgressPolicy.defaults();
    if (out.writes(progress.periodItems(), defaults.periodItems())) {
      out.token(PERIOD_ITEMS, progress.periodItems());
    }
    out.token(AGGREGATE, progress.aggregate());
    out.token(NO_CHECK_IN, progress.noCheckIn());
    if (out.writes(progress.degenerate(), defaults.degenerate())) {
      out.token(DEGENERATE, progress.degenerate());
    }
    if (progress.stretch().isDefined()) {
      StretchPolicy stretch = progress.stretch().get();
      out.object(STRETCH);
      out.decimal(COMMIT_FRACTION, stretch.commitFraction());
      out.decimal(TARGET_FRACTION, stretch.targetFraction());
      out.token(REFERENCE, stretch.reference());
      out.token(BELOW_BASELINE, stretch.belowBaseline());
      out.endObject();
    }
    out.endObject();
  }

  private static void grading(Out out, GradingPolicy grading) throws IOException {
    out.object(GRADING);
    out.object(SCALE);
    out.token(Field.KIND, grading.scale().kind());
    if (grading.scale().kind() == GradeScale.Kind.LEVELS) {
      out.array(LEVELS);
      for (BigDecimal level : grading.scale().levels()) {
        out.decimal(level);
      }
      out.endArray();
    }
    out.endObject();
    bands(out, grading.bands());
    out.decimal(COMMITTED_TARGET, grading.committedTarget());
    out.decimal(SWEET_SPOT_LOW, grading.sweetSpotLow());
    out.decimal(SWEET_SPOT_HIGH, grading.sweetSpotHigh());
    out.endObject();
  }

  private static void status(Out out, StatusPolicy status) throws IOException {
    out.object(STATUS);
    out.object(EXPECTED);
    out.token(DAY_COUNT, status.expected().dayCount());
    out.array(PHASES);
    for (var entry : status.expected().phases().toSortedMap(
        (a, b) -> a.value().compareTo(b.value()), t -> t._1, t -> t._2)) {
      out.startObject();
      out.string(KEY_RESULT, entry._1.value());
      out.array(PHASES);
      for (Phase phase : entry._2) {
        out.startObject();
        out.string(DUE, phase.due().toString());
        out.decimal(PHASE_EXPECTED, phase.expected());
        out.endObject();
      }
      out.endArray();
      out.endObject();
    }
    out.endArray();
    out.endObject();
    out.object(RULE);
    out.token(RULE_KIND, status.rule().kind());
    out.array(STEPS);
    for (StatusRule.Step step : status.rule().steps()) {
      out.startObject();
      out.decimal(BOUND, step.bound());
      out.token(STEP_STATUS, step.status());
      out.endObject();
    }
    out.endArray();
    out.token(OTHERWISE, status.rule().otherwise());
    out.endObject();
    out.bool(ACHIEVED_AT_ONE, status.achievedAtOne());
    out.token(BINARY_STATUS, status.binaryStatus());
    out.decimal(RANGE_TOLERANCE, status.rangeTolerance());
    if (status.staleAfterDays().isDefined()) {
      out.integer(STALE_AFTER_DAYS, status.staleAfterDays().get());
    }
    out.decimal(NEVER_UPDATED_AFTER, status.neverUpdatedAfter());
    out.token(STALE_STATUS, status.staleStatus());
    out.token(OBJECTIVE_STATUS, status.objectiveStatus());
    StatusPolicy defaults = StatusPolicy.defaults();
    if (out.writes(status.missedStatus(), defaults.missedStatus())) {
      out.string(MISSED_STATUS, status.missedStatus().map(Tokens::token).getOrElse(Tokens.NO_MISSED_STATUS));
    }
    if (out.writes(status.source(), defaults.source())) {
      out.token(SOURCE, status.source());
    }
    if (out.writes(status.statusScale(), defaults.statusScale())) {
      StatusScale scale = status.statusScale();
      out.object(STATUS_SCALE);
      out.object(SCORES);
      for (Field f : STATUS_SCORES.fields()) {
        out.decimal(f, scale.score(Tokens.SCORED_STATUSES.get(f.name())));
      }
      out.endObject();
      if (scale.rounding().isDefined()) {
        out.token(ROUNDING, scale.rounding().get());
      }
      out.endObject();
    }
    out.endObject();
  }

  private static void cap(Out out, Cap cap) throws IOException {
    out.object(CAP);
    out.decimal(FLOOR, cap.floor());
    out.decimal(CEILING, cap.ceiling());
    out.endObject();
  }

  private static void bands(Out out, Bands bands) throws IOException {
    out.array(BANDS);
    for (Band band : bands.bands()) {
      band(out, band);
    }
    out.endArray();
  }

  /** Writes a band object: in a policy's bands, and as a score's band. */
  static void band(Out out, Band band) throws IOException {
    out.startObject();
    out.string(LABEL, band.label());
    out.token(COLOUR, band.colour());
    out.decimal(LOWER_BOUND, band.lowerBound());
    out.bool(INCLUSIVE, band.inclusive());
    out.endObject();
  }
}
