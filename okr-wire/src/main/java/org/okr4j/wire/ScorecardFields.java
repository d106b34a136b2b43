package org.okr4j.wire;

import static org.okr4j.wire.Field.KIND;
import static org.okr4j.wire.Field.optional;
import static org.okr4j.wire.Field.required;

/** The fields of scorecards and their scores ({@code docs/wire-format.md}, "Scorecards"). */
final class ScorecardFields {

  static final Field AS_OF = required("asOf");
  static final Field POLICY = required("policy");
  static final Field SET = optional("set");
  static final Field ALIGNMENT = optional("alignment");
  static final Field OBJECTIVES = required("objectives");
  static final Shape SCORECARD = Shape.of("scorecard", "@scorecard", AS_OF, POLICY, SET, ALIGNMENT, OBJECTIVES);

  static final Field ALIGNMENT_POLICY = required("policy");
  static final Field LINKS = required("links");
  static final Field CASCADE = optional("cascade");
  static final Shape ALIGNMENT_SHAPE = Shape.of("alignment", "@scorecard/properties/alignment", ALIGNMENT_POLICY, LINKS,
      CASCADE);

  static final Field ID = required("id");
  static final Field SCORE_AS_OF = optional("asOf");
  static final Field RAW = optional("raw");
  static final Field PROGRESS = optional("progress");
  static final Field GRADE = optional("grade");
  static final Field BAND = optional("band");
  static final Field VERDICT = required("verdict");
  static final Field STATUS = required("status");
  static final Field CONFIDENCE = optional("confidence");
  static final Field CONFIDENCE_BAND = optional("confidenceBand");
  static final Field MEAN_RANK = optional("meanRank");
  static final Field FORECAST = required("forecast");
  static final Field KEY_RESULTS = required("keyResults");
  static final Field CHILDREN = required("children");
  static final Field PROBLEMS = required("problems");
  static final Field EXPLANATION = required("explanation");
  static final Shape OBJECTIVE_SCORE = Shape.of("objective score", "$defs/objectiveScore", ID, SCORE_AS_OF, RAW,
      PROGRESS, GRADE, BAND, VERDICT, STATUS, MEAN_RANK, CONFIDENCE, CONFIDENCE_BAND, FORECAST, KEY_RESULTS, CHILDREN, PROBLEMS,
      EXPLANATION);

  static final Field WEIGHT = required("weight");
  static final Field ZONE = optional("zone");
  static final Field EXPECTED = required("expected");
  static final Field STALE = required("stale");
  static final Field LAST_CHECK_IN = optional("lastCheckIn");
  static final Field STATUS_EXPLANATION = required("statusExplanation");
  static final Field FORECAST_EXPLANATION = required("forecastExplanation");
  static final Field CURRENT = optional("current");
  static final Field TARGET = optional("target");
  static final Field AGGREGATE_VALUE = optional("aggregate");
  static final Field AMOUNTS = optional("amounts");
  static final Field LEVELS = optional("levels");
  static final Field SEGMENTS = optional("segments");
  static final Field RANGE_DISTANCE = optional("rangeDistance");
  static final Shape KEY_RESULT_SCORE = Shape.of("key-result score", "$defs/keyResultScore", ID, SCORE_AS_OF, WEIGHT,
      RAW, PROGRESS, GRADE, BAND, ZONE, CURRENT, TARGET, AGGREGATE_VALUE, AMOUNTS, LEVELS, SEGMENTS, RANGE_DISTANCE,
      EXPECTED, STATUS, STALE, LAST_CHECK_IN, CONFIDENCE, CONFIDENCE_BAND, FORECAST, PROBLEMS, EXPLANATION,
      STATUS_EXPLANATION, FORECAST_EXPLANATION);

  static final Field AMOUNT_CURRENT = required("current");
  static final Field AMOUNT_TARGET = required("target");
  static final Field DONE = required("done");
  static final Field REMAINING = required("remaining");
  static final Field TOTAL = required("total");
  static final Shape AMOUNTS_SHAPE = Shape.of("amounts", "$defs/amounts", AMOUNT_CURRENT, AMOUNT_TARGET, DONE,
      REMAINING, TOTAL);

  static final Field BASELINE = required("baseline");
  static final Field COMMIT = required("commit");
  static final Field STRETCH = required("stretch");
  static final Shape LEVELS_SHAPE = Shape.of("stretch levels", "$defs/stretchLevels", BASELINE, COMMIT,
      AMOUNT_TARGET, STRETCH);

  static final Field FAIL = required("fail");
  static final Shape SEGMENTS_SHAPE = Shape.of("segments", "$defs/segments", FAIL, COMMIT, AMOUNT_TARGET, STRETCH);

  static final Field CHILD_LABEL = required("label");
  static final Shape CHILD = Shape.of("contribution", "$defs/objectiveScore/properties/children/items", KIND, ID,
      CHILD_LABEL, PROGRESS, WEIGHT);

  static final Field METHOD = required("method");
  static final Field FORECAST_VALUE = optional("value");
  static final Field FINAL = required("final");
  static final Field WILL_MISS = required("willMiss");
  static final Shape FORECAST_SHAPE = Shape.of("forecast", "$defs/forecast", METHOD, PROGRESS, FORECAST_VALUE, FINAL,
      WILL_MISS);

  static final Field CODE = required("code");
  static final Field PATH = required("path");
  static final Field MESSAGE = required("message");
  static final Shape PROBLEM = Shape.of("problem", "$defs/problem", CODE, PATH, MESSAGE);

  static final Field LABEL = required("label");
  static final Field VALUE = optional("value");
  static final Field FORMULA = optional("formula");
  static final Field RULE = optional("rule");
  static final Field INPUTS = optional("inputs");
  static final Shape EXPLANATION_SHAPE = Shape.of("explanation", "$defs/explanation", LABEL, VALUE, FORMULA, RULE,
      INPUTS);

  private ScorecardFields() {}
}
