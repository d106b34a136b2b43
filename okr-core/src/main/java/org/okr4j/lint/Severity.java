package org.okr4j.lint;

/**
 * How much a {@link Finding} matters, from {@link #INFO} to {@link #ERROR}; the declaration order
 * is the order of gravity, so {@code a.compareTo(b) > 0} means {@code a} is graver. A host decides
 * what each severity does, such as failing a CI job on {@link #ERROR} or showing a hint for
 * {@link #INFO}. Every rule has a default severity; a {@link LintRuleSet} can override it per rule
 * code. Immutable and thread-safe.
 */
public enum Severity {
  /** A remark worth knowing; nothing needs to change. */
  INFO,
  /** Advice: the OKR works, but good practice suggests a change. */
  WARNING,
  /** The OKR is inconsistent and some computation on it will mislead. */
  ERROR
}
