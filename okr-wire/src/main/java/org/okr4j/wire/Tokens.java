package org.okr4j.wire;

import io.vavr.control.Option;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.LinkKind;
import org.okr4j.model.Comparison;
import org.okr4j.model.ManualStatus;
import org.okr4j.model.ObjectiveType;
import org.okr4j.model.Period;
import org.okr4j.model.UnitKind;
import org.okr4j.model.Zone;
import org.okr4j.scoring.Colour;
import org.okr4j.scoring.ConfidencePolicy;
import org.okr4j.scoring.ExpectedProgress;
import org.okr4j.scoring.ForecastPolicy;
import org.okr4j.scoring.ProgressPolicy;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.StretchPolicy;
import org.okr4j.scoring.Status;
import org.okr4j.scoring.StatusPolicy;
import org.okr4j.scoring.StatusRule;

/**
 * The wire tokens of the model's enums: the constant's name in lower case with {@code -} for
 * {@code _} ({@code AT_LEAST} is {@code at-least}), one allow-list per enum, in declaration order.
 */
final class Tokens {

  static final Map<String, Comparison> COMPARISONS = tokens(Comparison.values());
  static final Map<String, Period> PERIODS = tokens(Period.values());
  static final Map<String, Zone> ZONES = tokens(Zone.values());
  static final Map<String, ManualStatus> MANUAL_STATUSES = tokens(ManualStatus.values());
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
  static final Map<String, GraphScorecard.Cascade> CASCADES = tokens(GraphScorecard.Cascade.values());
  static final Map<String, Colour> COLOURS = tokens(Colour.values());
  static final Map<String, Status> STATUSES = tokens(Status.values());
  /** The statuses a status scale scores: every status but {@code not-scored}. */
  static final Map<String, Status> SCORED_STATUSES = without(STATUSES, Status.NOT_SCORED);
  /** The token of a status policy's {@code missedStatus} for no final status. */
  static final String NO_MISSED_STATUS = "none";
  /** The values of a status policy's {@code missedStatus}: a final status, or none. */
  static final Map<String, Option<Status>> MISSED_STATUSES = missedStatuses();
  /** The rounding modes of a status scale: every mode but {@code unnecessary}. */
  static final Map<String, RoundingMode> ROUNDING_MODES = without(tokens(RoundingMode.values()), RoundingMode.UNNECESSARY);
  static final Map<String, ProgressPolicy.PeriodItems> PERIOD_ITEMS = tokens(ProgressPolicy.PeriodItems.values());
  static final Map<String, ProgressPolicy.Degenerate> DEGENERATES = tokens(ProgressPolicy.Degenerate.values());
  static final Map<String, RollUpPolicy.Empty> EMPTIES = tokens(RollUpPolicy.Empty.values());
  static final Map<String, StatusPolicy.StatusSource> STATUS_SOURCES = tokens(StatusPolicy.StatusSource.values());
  static final Map<String, StatusRule.Kind> STATUS_RULE_KINDS = tokens(StatusRule.Kind.values());
  static final Map<String, ExpectedProgress.DayCount> DAY_COUNTS = tokens(ExpectedProgress.DayCount.values());
  static final Map<String, StatusPolicy.BinaryStatus> BINARY_STATUSES = tokens(StatusPolicy.BinaryStatus.values());
  static final Map<String, StatusPolicy.StatusRollUp> STATUS_ROLL_UPS = tokens(StatusPolicy.StatusRollUp.values());
  static final Map<String, ForecastPolicy.Method> FORECAST_METHODS = tokens(ForecastPolicy.Method.values());
  static final Map<String, ConfidencePolicy.Aggregation> CONFIDENCE_AGGREGATIONS =
      tokens(ConfidencePolicy.Aggregation.values());

  private Tokens() {}

  /** Each enum's tokens by ordinal, computed once per enum: writers ask for a token per field. */
  private static final ClassValue<String[]> BY_ORDINAL = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] tokens = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        tokens[i] = spell((Enum<?>) constants[i]);
      }
      return tokens;
    }
  };

  /** The wire token of an enum constant: {@code AT_LEAST} is {@code at-least}. */
  static String token(Enum<?> constant) {
    return BY_ORDINAL.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  private static Map<String, Option<Status>> missedStatuses() {
    Map<String, Option<Status>> map = new LinkedHashMap<>();
    for (Status s : new Status[] {Status.MISSED, Status.AT_RISK, Status.OFF_TRACK}) {
      map.put(spell(s), Option.some(s));
    }
    map.put(NO_MISSED_STATUS, Option.none());
    return Collections.unmodifiableMap(map);
  }

  /** An allow-list without one of its constants. */
  private static <E extends Enum<E>> Map<String, E> without(Map<String, E> tokens, E left) {
    Map<String, E> map = new LinkedHashMap<>(tokens);
    map.remove(spell(left));
    return Collections.unmodifiableMap(map);
  }

  private static String spell(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The allow-list of an enum’s tokens, in declaration order. */
  static <E extends Enum<E>> Map<String, E> tokens(E[] constants) {
    Map<String, E> map = new LinkedHashMap<>();
    for (E e : constants) {
      map.put(spell(e), e);
    }
    return Collections.unmodifiableMap(map);
  }
}
