package org.okr4j.wire;

import static org.okr4j.wire.Field.optional;
import static org.okr4j.wire.Field.required;

/**
 * The fields of the model's values ({@code docs/wire-format.md}, "Values"): OKR sets, cycles,
 * objectives, key results, check-ins, owners and levels.
 */
final class ModelFields {

  static final Field CYCLES = optional("cycles");
  static final Field OBJECTIVES = optional("objectives");
  static final Shape OKR_SET = Shape.of("okr-set", "@alignment-graph/properties/set", CYCLES, OBJECTIVES);

  static final Field CYCLE_ID = required("id");
  static final Field CYCLE_NAME = required("name");
  static final Field START = required("start");
  static final Field END = required("end");
  static final Field PARENT = optional("parent");
  static final Field ZONE = optional("zone");
  static final Shape CYCLE = Shape.of("cycle", "$defs/cycle", CYCLE_ID, CYCLE_NAME, START, END, PARENT, ZONE);

  static final Field OBJECTIVE_ID = required("id");
  static final Field OBJECTIVE_TITLE = required("title");
  static final Field DESCRIPTION = optional("description");
  static final Field OBJECTIVE_OWNER = required("owner");
  static final Field OBJECTIVE_CYCLE = required("cycle");
  static final Field LEVEL = required("level");
  static final Field TYPE = optional("type");
  static final Field VISIBILITY = optional("visibility");
  static final Field KEY_RESULTS = optional("keyResults");
  static final Field TAGS = optional("tags");
  static final Shape OBJECTIVE = Shape.of("objective", "$defs/objective", OBJECTIVE_ID, OBJECTIVE_TITLE, DESCRIPTION,
      OBJECTIVE_OWNER, OBJECTIVE_CYCLE, LEVEL, TYPE, VISIBILITY, KEY_RESULTS, TAGS);

  static final Field KEY_RESULT_ID = required("id");
  static final Field KEY_RESULT_TITLE = required("title");
  static final Field KEY_RESULT_OWNER = optional("owner");
  static final Field WEIGHT = optional("weight");
  static final Field DUE_DATE = optional("dueDate");
  static final Field METRIC = required("metric");
  static final Field CHECK_INS = optional("checkIns");
  static final Shape KEY_RESULT = Shape.of("key-result", "$defs/keyResult", KEY_RESULT_ID, KEY_RESULT_TITLE,
      KEY_RESULT_OWNER, WEIGHT, DUE_DATE, METRIC, CHECK_INS);

  static final Field INSTANT = required("instant");
  static final Field DATA = required("data");
  static final Field CONFIDENCE = optional("confidence");
  static final Field CONFIDENCE_LABEL = optional("confidenceLabel");
  static final Field CHECK_IN_STATUS = optional("status");
  static final Field NOTE = optional("note");
  static final Field AUTHOR = optional("author");
  static final Shape CHECK_IN = Shape.of("check-in", "$defs/checkIn", INSTANT, DATA, CONFIDENCE, CONFIDENCE_LABEL,
      CHECK_IN_STATUS, NOTE, AUTHOR);

  static final Field OWNER_ID = required("id");
  static final Shape OWNER = Shape.of("owner", "$defs/owner", Field.KIND, OWNER_ID);

  static final Field LEVEL_NAME = required("name");
  static final Field RANK = required("rank");
  static final Shape LEVEL_SHAPE = Shape.of("level", "$defs/level", LEVEL_NAME, RANK);

  private ModelFields() {}
}
