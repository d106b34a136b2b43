package org.okr4j.model;

/**
 * Whether an objective is a commitment or an aspiration (Google's OKR playbook). Scoring expects
 * a committed objective to reach 1.0 and an aspirational one to average about 0.7.
 */
public enum ObjectiveType {
  /** Expected to be met in full (grade 1.0); a miss calls for a post-mortem. */
  COMMITTED,
  /** A stretch goal; a grade around 0.6–0.7 is the sweet spot. */
  ASPIRATIONAL
}
