package org.okr4j.alignment;

/**
 * The kind of an edge drawn in a view or an export: a key result {@link #KEY_RESULT_OF held by} its
 * objective (from the model), or an alignment link that {@link #CONTRIBUTES contributes} or only
 * {@link #SUPPORTS supports}.
 *
 * <p>Immutable and thread-safe.
 */
public enum EdgeKind {
  /** A key result and the objective that holds it; it always counts toward that objective. */
  KEY_RESULT_OF,
  /** An alignment link that counts toward the parent's progress. */
  CONTRIBUTES,
  /** An alignment link that is shown but not counted. */
  SUPPORTS;

  static EdgeKind of(LinkKind kind) {
    return kind == LinkKind.CONTRIBUTES ? CONTRIBUTES : SUPPORTS;
  }
}
