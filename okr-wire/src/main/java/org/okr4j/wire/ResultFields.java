package org.okr4j.wire;

import static org.okr4j.wire.Field.optional;
import static org.okr4j.wire.Field.required;
import static org.okr4j.wire.ScorecardFields.CODE;
import static org.okr4j.wire.ScorecardFields.MESSAGE;
import static org.okr4j.wire.ScorecardFields.PATH;

/**
 * The fields of the results a host may hold in its own JSON ({@code docs/wire-format.md}, "Results
 * in a host's JSON") that no document has: a reader's input problems and the linter's findings. An
 * {@code OkrError} is written as a scorecard's problem ({@link ScorecardFields#PROBLEM}), scores,
 * explanations, forecasts and bands as in a scorecard.
 */
final class ResultFields {

  static final Field LINE = optional("line");
  static final Field COLUMN = optional("column");
  static final Shape INPUT_PROBLEM = Shape.of("input problem", "$defs/inputProblem", CODE, PATH, MESSAGE, LINE, COLUMN);

  static final Field SEVERITY = required("severity");
  static final Field FIX = optional("fix");
  static final Shape FINDING = Shape.of("finding", "$defs/finding", CODE, SEVERITY, PATH, MESSAGE, FIX);

  private ResultFields() {}
}
