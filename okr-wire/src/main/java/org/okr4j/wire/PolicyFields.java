package org.okr4j.wire;

import static org.okr4j.wire.Field.KIND;
import static org.okr4j.wire.Field.optional;
import static org.okr4j.wire.Field.required;

/** The fields of a scoring policy and its parts ({@code docs/wire-format.md}, "Scoring policies"). */
final class PolicyFields {

  private static final String POLICY = "$defs/scoringPolicy/properties/";

  static final Field PROGRESS = required("progress");
  static final Field ROLL_UP = required("rollUp");
  static final Field GRADING = required("grading");
  static final Field STATUS = required("status");
  static final Field FORECAST = required("forecast");
  static final Field CONFIDENCE = required("confidence");
  static final Shape SCORING_POLICY = Shape.of("scoring-policy", "$defs/scoringPolicy", PROGRESS, ROLL_UP, GRADING,
      STATUS, FORECAST, CONFIDENCE);

  static final Field CAP = required("cap");
  static final Field LINEAR_RULE = required("linearRule");
  static final Field THRESHOLD_EQUALITY = required("thresholdEquality");
  static final Field CONTROL_METHOD = required("controlMethod");
  static final Field CONTROL_GRADING = required("controlGrading");
  static final Field CADENCE = required("cadence");
  static final Field PERIOD_BASIS = required("periodBasis");
  static final Field MILESTONE_WEIGHTING = required("milestoneWeighting");
  static final Field RECURRING = required("recurring");
  static final Field AGGREGATE = required("aggregate");
  static final Field NO_CHECK_IN = required("noCheckIn");
  static final Field PERIOD_ITEMS = optional("periodItems");
  static final Field DEGENERATE = optional("degenerate");
  static final Field STRETCH = optional("stretch");
  static final Shape PROGRESS_POLICY = Shape.of("progress policy", POLICY + "progress", LINEAR_RULE, CAP,
      THRESHOLD_EQUALITY, CONTROL_METHOD, CONTROL_GRADING, CADENCE, PERIOD_BASIS, MILESTONE_WEIGHTING, RECURRING,
      PERIOD_ITEMS, AGGREGATE, NO_CHECK_IN, DEGENERATE, STRETCH);

  static final Field COMMIT_FRACTION = required("commitFraction");
  static final Field TARGET_FRACTION = required("targetFraction");
  static final Field REFERENCE = required("reference");
  static final Field BELOW_BASELINE = required("belowBaseline");
  static final Shape STRETCH_POLICY = Shape.of("stretch policy", POLICY + "progress/properties/stretch",
      COMMIT_FRACTION, TARGET_FRACTION, REFERENCE, BELOW_BASELINE);

  static final Field FLOOR = optional("floor");
  static final Field CEILING = optional("ceiling");
  static final Shape CAP_SHAPE = Shape.of("cap", "$defs/cap", FLOOR, CEILING);

  static final Field METHOD = required("method");
  static final Field MISSING = required("missing");
  static final Field CHILDREN = required("children");
  static final Field EMPTY = optional("empty");
  static final Shape ROLL_UP_POLICY = Shape.of("roll-up policy", POLICY + "rollUp", METHOD, MISSING, CAP, CHILDREN,
      EMPTY);

  static final Field SCALE = required("scale");
  static final Field BANDS = required("bands");
  static final Field COMMITTED_TARGET = required("committedTarget");
  static final Field SWEET_SPOT_LOW = required("sweetSpotLow");
  static final Field SWEET_SPOT_HIGH = required("sweetSpotHigh");
  static final Shape GRADING_POLICY = Shape.of("grading policy", POLICY + "grading", SCALE, BANDS, COMMITTED_TARGET,
      SWEET_SPOT_LOW, SWEET_SPOT_HIGH);

  static final Shape CONTINUOUS = Shape.of("grade scale continuous", POLICY + "grading/properties/scale@continuous",
      KIND);
  static final Shape TENTHS = Shape.of("grade scale tenths", POLICY + "grading/properties/scale@tenths", KIND);
  static final Field LEVELS = required("levels");
  static final Shape LEVELS_SCALE = Shape.of("grade scale levels", POLICY + "grading/properties/scale@levels", KIND,
      LEVELS);

  static final Field LABEL = required("label");
  static final Field COLOUR = required("colour");
  static final Field LOWER_BOUND = optional("lowerBound");
  static final Field INCLUSIVE = required("inclusive");
  static final Shape BAND = Shape.of("band", "$defs/band", LABEL, COLOUR, LOWER_BOUND, INCLUSIVE);

  static final Field EXPECTED = required("expected");
  static final Field RULE = required("rule");
  static final Field ACHIEVED_AT_ONE = required("achievedAtOne");
  static final Field BINARY_STATUS = required("binaryStatus");
  static final Field RANGE_TOLERANCE = optional("rangeTolerance");
  static final Field STALE_AFTER_DAYS = optional("staleAfterDays");
  static final Field NEVER_UPDATED_AFTER = optional("neverUpdatedAfter");
  static final Field STALE_STATUS = required("staleStatus");
  static final Field OBJECTIVE_STATUS = required("objectiveStatus");
  static final Field MISSED_STATUS = optional("missedStatus");
  static final Field SOURCE = optional("source");
  static final Field STATUS_SCALE = optional("statusScale");
  static final Shape STATUS_POLICY = Shape.of("status policy", POLICY + "status", EXPECTED, RULE, ACHIEVED_AT_ONE,
      BINARY_STATUS, RANGE_TOLERANCE, STALE_AFTER_DAYS, NEVER_UPDATED_AFTER, STALE_STATUS, OBJECTIVE_STATUS,
      MISSED_STATUS, SOURCE, STATUS_SCALE);

  static final Field SCORES = required("scores");
  static final Field ROUNDING = optional("rounding");
  static final Shape STATUS_SCALE_SHAPE = Shape.of("status scale", POLICY + "status/properties/statusScale", SCORES,
      ROUNDING);
  /** A status scale's scores: one required field per scored status, named by its token. */
  static final Shape STATUS_SCORES = Shape.of("status scores",
      POLICY + "status/properties/statusScale/properties/scores", scoreFields());

  static final Field DAY_COUNT = required("dayCount");
  static final Field PHASES = required("phases");
  static final Shape EXPECTED_PROGRESS = Shape.of("expected progress", POLICY + "status/properties/expected",
      DAY_COUNT, PHASES);
  static final Field KEY_RESULT = required("keyResult");
  static final Shape PHASED = Shape.of("phases of a key result",
      POLICY + "status/properties/expected/properties/phases/items", KEY_RESULT, PHASES);
  static final Field DUE = required("due");
  static final Field PHASE_EXPECTED = required("expected");
  static final Shape PHASE = Shape.of("phase",
      POLICY + "status/properties/expected/properties/phases/items/properties/phases/items", DUE, PHASE_EXPECTED);

  static final Field RULE_KIND = required("kind");
  static final Field STEPS = required("steps");
  static final Field OTHERWISE = required("otherwise");
  static final Shape STATUS_RULE = Shape.of("status rule", POLICY + "status/properties/rule", RULE_KIND, STEPS,
      OTHERWISE);
  static final Field BOUND = required("bound");
  static final Field STEP_STATUS = required("status");
  static final Shape STEP = Shape.of("status step", POLICY + "status/properties/rule/properties/steps/items", BOUND,
      STEP_STATUS);

  static final Field WILL_MISS_BELOW = required("willMissBelow");
  static final Shape FORECAST_POLICY = Shape.of("forecast policy", POLICY + "forecast", METHOD, WILL_MISS_BELOW);

  static final Field AGGREGATION = required("aggregation");
  static final Field INITIAL = optional("initial");
  static final Field CLEAR_WHEN_DONE = required("clearWhenDone");
  static final Field LABELS = optional("labels");
  static final Shape CONFIDENCE_POLICY = Shape.of("confidence policy", POLICY + "confidence", AGGREGATION, INITIAL,
      CLEAR_WHEN_DONE, BANDS, LABELS);
  static final Field LABEL_CONFIDENCE = required("confidence");
  static final Shape CONFIDENCE_LABEL = Shape.of("confidence label", POLICY + "confidence/properties/labels/items",
      LABEL, LABEL_CONFIDENCE);

  private PolicyFields() {}

  /** The fields of {@link #STATUS_SCORES}, in the order of {@link Tokens#SCORED_STATUSES}. */
  private static Field[] scoreFields() {
    return Tokens.SCORED_STATUSES.keySet().stream().map(Field::required).toArray(Field[]::new);
  }
}
