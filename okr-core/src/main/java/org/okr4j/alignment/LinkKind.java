package org.okr4j.alignment;

/**
 * What an alignment link means for its parent: its child {@link #CONTRIBUTES contributes} to the
 * parent's progress, or only {@link #SUPPORTS supports} it (shown, not counted).
 *
 * <p>Immutable and thread-safe.
 */
public enum LinkKind {
  /** The child counts toward the parent's progress, with the link's weight. */
  CONTRIBUTES,
  /** The child is shown as supporting the parent but does not count toward its progress. */
  SUPPORTS
}
