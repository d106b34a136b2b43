package org.okr4j.wire;

import static org.okr4j.wire.Field.KIND;
import static org.okr4j.wire.Field.optional;
import static org.okr4j.wire.Field.required;

/**
 * The fields of the polymorphic values ({@code docs/wire-format.md}, "Polymorphic values"):
 * visibilities, units, metrics, targets, milestones, check-in data and items. Each kind of a
 * polymorphic value has a shape of its own, {@code kind} first.
 */
final class MetricFields {

  static final Shape PUBLIC = Shape.of("visibility public", "$defs/visibility@public", KIND);
  static final Shape PRIVATE = Shape.of("visibility private", "$defs/visibility@private", KIND);
  static final Field PRINCIPALS = required("principals");
  static final Shape RESTRICTED = Shape.of("visibility restricted", "$defs/visibility@restricted", KIND, PRINCIPALS);

  static final Shape PLAIN_UNIT = Shape.of("unit", "$defs/unit@number", KIND);
  static final Field CODE = required("code");
  static final Shape CURRENCY = Shape.of("unit currency", "$defs/unit@currency", KIND, CODE);
  static final Field LABEL = required("label");
  static final Shape CUSTOM = Shape.of("unit custom", "$defs/unit@custom", KIND, LABEL);

  /** A target's kind: {@code absolute} (the default, left out of a compact document), {@code points} or {@code relative}. */
  static final Field TARGET_KIND = optional("kind");
  static final Field AMOUNT = required("amount");
  static final Shape TARGET = Shape.of("target", "$defs/target", TARGET_KIND, AMOUNT);
  /** The target kinds, in the order messages list them; the first is the default. */
  static final java.util.List<String> TARGET_KINDS = java.util.List.of("absolute", "points", "relative");

  /** A metric's kind where it may be left out: a metric without one is linear. */
  static final Field METRIC_KIND = optional("kind");

  /** A measured metric's unit; a compact document leaves out {@code {"kind": "number"}}, its default. */
  static final Field UNIT = optional("unit");
  static final Field BASELINE = required("baseline");
  static final Field LINEAR_TARGET = required("target");
  static final Field COMMIT = optional("commit");
  static final Field STRETCH = optional("stretch");
  static final Shape LINEAR = Shape.of("metric linear", "$defs/metric@linear", METRIC_KIND, UNIT, BASELINE, LINEAR_TARGET,
      COMMIT, STRETCH);

  static final Field COMPARISON = required("comparison");
  static final Field THRESHOLD_VALUE = required("threshold");
  static final Shape THRESHOLD = Shape.of("metric threshold", "$defs/metric@threshold", KIND, UNIT, COMPARISON,
      THRESHOLD_VALUE);

  static final Field LOWER = required("lower");
  static final Field UPPER = required("upper");
  static final Shape RANGE = Shape.of("metric range", "$defs/metric@range", KIND, UNIT, LOWER, UPPER);

  static final Shape BINARY = Shape.of("metric binary", "$defs/metric@binary", KIND);

  static final Field MILESTONES = required("milestones");
  static final Shape MILESTONE_METRIC = Shape.of("metric milestones", "$defs/metric@milestones", KIND, MILESTONES);
  static final Field MILESTONE_ID = required("id");
  static final Field MILESTONE_TITLE = required("title");
  static final Field MILESTONE_WEIGHT = optional("weight");
  static final Shape MILESTONE = Shape.of("milestone", "$defs/milestone", MILESTONE_ID, MILESTONE_TITLE,
      MILESTONE_WEIGHT);

  static final Field PERIOD = required("period");
  static final Field PER_PERIOD = required("perPeriod");
  static final Shape RECURRING = Shape.of("metric recurring", "$defs/metric@recurring", KIND, UNIT, PERIOD,
      PER_PERIOD);

  static final Field AGGREGATE_TARGET = required("target");
  static final Field AGGREGATE_BASELINE = optional("baseline");
  static final Shape AGGREGATE = Shape.of("metric aggregate", "$defs/metric@aggregate", KIND, UNIT, COMPARISON,
      AGGREGATE_TARGET, AGGREGATE_BASELINE);

  static final Field SCORES = optional("scores");
  static final Field DESCRIPTIONS = optional("descriptions");
  static final Shape ORDINAL = Shape.of("metric ordinal", "$defs/metric@ordinal", KIND, SCORES, DESCRIPTIONS);
  /** One field per zone, in the order of {@code Zone}: fail, commit, target, stretch. */
  static final Field[] ZONE_SCORES = {required("fail"), required("commit"), required("target"), required("stretch")};
  static final Shape SCORES_SHAPE = Shape.of("zone scores", "$defs/metric@ordinal/properties/scores", ZONE_SCORES);
  static final Field[] ZONE_DESCRIPTIONS = {optional("fail"), optional("commit"), optional("target"),
      optional("stretch")};
  static final Shape DESCRIPTIONS_SHAPE = Shape.of("zone descriptions", "$defs/metric@ordinal/properties/descriptions",
      ZONE_DESCRIPTIONS);

  /**
   * The kind of check-in data: optional, because inside a key result whose metric comes before its
   * check-ins the metric implies it (each metric kind accepts one kind of data). A check-in outside
   * a key result must name it.
   */
  static final Field DATA_KIND = optional("kind");
  static final Field VALUE = required("value");
  static final Shape MEASUREMENT = Shape.of("data measurement", "$defs/data@measurement", DATA_KIND, VALUE);
  static final Field DONE = required("done");
  static final Shape COMPLETION = Shape.of("data completion", "$defs/data@completion", DATA_KIND, DONE);
  static final Shape MILESTONES_DONE = Shape.of("data milestones", "$defs/data@milestones", DATA_KIND, DONE);
  static final Field PERIOD_DATE = required("period");
  static final Shape PERIOD_VALUE = Shape.of("data period", "$defs/data@period", DATA_KIND, PERIOD_DATE, VALUE);
  static final Field ITEMS = required("items");
  static final Shape ITEM_VALUES = Shape.of("data items", "$defs/data@items", DATA_KIND, ITEMS);
  static final Field ZONE = required("zone");
  static final Shape ZONE_REACHED = Shape.of("data zone", "$defs/data@zone", DATA_KIND, ZONE);

  static final Field KEY = required("key");
  static final Field NUMERATOR = required("numerator");
  static final Field DENOMINATOR = required("denominator");
  static final Shape ITEM = Shape.of("item", "$defs/item", KEY, NUMERATOR, DENOMINATOR);

  private MetricFields() {}
}
