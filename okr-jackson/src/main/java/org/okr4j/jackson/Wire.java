package org.okr4j.jackson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.LinkKind;
import org.okr4j.model.Comparison;
import org.okr4j.model.ObjectiveType;
import org.okr4j.model.Period;
import org.okr4j.model.UnitKind;
import org.okr4j.model.Zone;
import org.okr4j.scoring.Colour;
import org.okr4j.scoring.ConfidencePolicy;
import org.okr4j.scoring.ExpectedProgress;
import org.okr4j.scoring.ForecastPolicy;
import org.okr4j.scoring.ProgressPolicy;
import org.okr4j.scoring.StretchPolicy;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.Status;
import org.okr4j.scoring.StatusPolicy;
import org.okr4j.scoring.StatusRule;

/**
 * The names of {@code okr4j/1}: the format string, the module's own error codes and the wire
 * tokens of the model's enums (lower case, words joined by {@code -}). Field names are public API:
 * see {@code docs/wire-format.md}.
 */
final class Wire {

  /** The format of every document this module reads and writes. */
  static final String FORMAT = "okr4j/1";

  /** A document's {@code format} is not one this reader supports. */
  static final String UNSUPPORTED_FORMAT = "okr.json.unsupported-format";
  /** A {@code kind} discriminator names no kind allowed at its place. */
  static final String UNKNOWN_KIND = "okr.json.unknown-kind";
  /** An enumerated value (comparison, period, type...) is not one of the allowed tokens. */
  static final String UNKNOWN_VALUE = "okr.json.unknown-value";
  /** An object has a field its kind of value does not have. */
  static final String UNKNOWN_FIELD = "okr.json.unknown-field";
  /** An object has the same field more than once. */
  static final String DUPLICATE_FIELD = "okr.json.duplicate-field";
  /** A value has the wrong JSON type. */
  static final String WRONG_TYPE = "okr.json.wrong-type";
  /** An array is longer than the module allows. */
  static final String TOO_MANY = "okr.json.too-many";
  /** A value nests deeper than the format allows: an explanation tree over {@link #MAX_EXPLANATION_DEPTH}. */
  static final String TOO_DEEP = "okr.json.too-deep";
  /**
   * A {@code scorecard} document's scores differ from those okr4j computes for the document's set,
   * alignment and policy at its {@code asOf}; reported at the first difference.
   */
  static final String SCORECARD_MISMATCH = "okr.json.scorecard-mismatch";
  /** Prefix of the codes for text that is not a date, instant, zone, decimal or integer. */
  static final String MALFORMED = "okr.json.malformed.";

  /** The longest text of a decimal accepted; any number in okr4j's domain is far shorter. */
  static final int MAX_DECIMAL_LENGTH = 100;

  /**
   * The deepest explanation tree written: the explanation at the top is level 1. Real explanations
   * are a few levels deep plus two per level of an alignment roll-up; a tree of this depth takes
   * about twice as many JSON nesting levels, under the parser's default of 1,000.
   */
  static final int MAX_EXPLANATION_DEPTH = 200;

  /** The longest date, instant or zone text accepted. */
  static final int MAX_TEMPORAL_LENGTH = 64;

  static final Map<String, Comparison> COMPARISONS = tokens(Comparison.values());
  static final Map<String, Period> PERIODS = tokens(Period.values());
  static final Map<String, Zone> ZONES = tokens(Zone.values());
  static final Map<String, ObjectiveType> OBJECTIVE_TYPES = tokens(ObjectiveType.values());
  static final Map<String, UnitKind> UNIT_KINDS = tokens(UnitKind.values());
  static final Map<String, ProgressPolicy.LinearRule> LINEAR_RULES = tokens(ProgressPolicy.LinearRule.values());
  static final Map<String, ProgressPolicy.ThresholdEquality> THRESHOLD_EQUALITIES =
      tokens(ProgressPolicy.ThresholdEquality.values());
  static final Map<String, ProgressPolicy.ControlMethod> CONTROL_METHODS = tokens(ProgressPolicy.ControlMethod.values());
  static final Map<String, ProgressPolicy.ControlGrading> CONTROL_GRADINGS =
      tokens(ProgressPolicy.ControlGrading.values());
  static final Map<String, ProgressPolicy.PeriodBasis> PERIOD_BASES = tokens(ProgressPolicy.PeriodBasis.values());
  static final Map<String, ProgressPolicy.MilestoneWeighting> MILESTONE_WEIGHTINGS =
      tokens(ProgressPolicy.MilestoneWeighting.values());
  static final Map<String, ProgressPolicy.RecurringAggregation> RECURRING_AGGREGATIONS =
      tokens(ProgressPolicy.RecurringAggregation.values());
  static final Map<String, ProgressPolicy.AggregateMethod> AGGREGATE_METHODS =
      tokens(ProgressPolicy.AggregateMethod.values());
  static final Map<String, ProgressPolicy.NoCheckIn> NO_CHECK_INS = tokens(ProgressPolicy.NoCheckIn.values());
  static final Map<String, StretchPolicy.Reference> REFERENCES = tokens(StretchPolicy.Reference.values());
  static final Map<String, StretchPolicy.BelowBaseline> BELOW_BASELINES = tokens(StretchPolicy.BelowBaseline.values());
  static final Map<String, RollUpPolicy.Method> ROLL_UP_METHODS = tokens(RollUpPolicy.Method.values());
  static final Map<String, RollUpPolicy.Missing> MISSING = tokens(RollUpPolicy.Missing.values());
  static final Map<String, RollUpPolicy.Children> CHILDREN = tokens(RollUpPolicy.Children.values());
  static final Map<String, AlignmentPolicy.ParentRule> PARENT_RULES = tokens(AlignmentPolicy.ParentRule.values());
  static final Map<String, AlignmentPolicy.LevelRule> LEVEL_RULES = tokens(AlignmentPolicy.LevelRule.values());
  static final Map<String, AlignmentPolicy.CycleRule> CYCLE_RULES = tokens(AlignmentPolicy.CycleRule.values());
  static final Map<String, LinkKind> LINK_KINDS = tokens(LinkKind.values());
  static final Map<String, String> NODE_KINDS = Map.of("objective", "objective", "key-result", "key-result");
  static final Map<String, Colour> COLOURS = tokens(Colour.values());
  static final Map<String, Status> STATUSES = tokens(Status.values());
  static final Map<String, StatusRule.Kind> STATUS_RULE_KINDS = tokens(StatusRule.Kind.values());
  static final Map<String, ExpectedProgress.DayCount> DAY_COUNTS = tokens(ExpectedProgress.DayCount.values());
  static final Map<String, StatusPolicy.BinaryStatus> BINARY_STATUSES = tokens(StatusPolicy.BinaryStatus.values());
  static final Map<String, StatusPolicy.StatusRollUp> STATUS_ROLL_UPS = tokens(StatusPolicy.StatusRollUp.values());
  static final Map<String, ForecastPolicy.Method> FORECAST_METHODS = tokens(ForecastPolicy.Method.values());
  static final Map<String, ConfidencePolicy.Aggregation> CONFIDENCE_AGGREGATIONS =
      tokens(ConfidencePolicy.Aggregation.values());

  private Wire() {}

  /** The wire token of an enum constant: {@code AT_LEAST} is {@code at-least}. */
  static String token(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> Map<String, E> tokens(E[] constants) {
    Map<String, E> map = new LinkedHashMap<>();
    for (E e : constants) {
      map.put(token(e), e);
    }
    return Collections.unmodifiableMap(map);
  }
}
