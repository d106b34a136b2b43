package org.okr4j.model;

/** The kinds of {@link Unit} a measured value can have. */
public enum UnitKind {
  /** A plain number. */
  NUMBER,
  /** A percentage written in percent: {@code 12.5} means 12.5 %. */
  PERCENT,
  /** A difference between two percentages, in percentage points. */
  PERCENTAGE_POINTS,
  /** Money in an ISO 4217 currency. */
  CURRENCY,
  /** A count of things (leads, talks, partners). */
  COUNT,
  /** A host-defined label, such as {@code articles} or {@code ms}. */
  CUSTOM
}
