package org.okr4j.scoring;

/**
 * What an objective's grade means against its type's expectation (Google's OKR playbook):
 * a committed objective is met or missed; an aspirational one lands below, in or above the sweet
 * spot. See {@link GradingPolicy#verdict}.
 */
public enum Verdict {
  /** The objective has no grade. */
  NOT_SCORED,
  /** A committed objective reached its target. */
  COMMITMENT_MET,
  /** A committed objective missed its target; Google asks for a postmortem. */
  COMMITMENT_MISSED,
  /** An aspirational objective graded below the sweet spot. */
  BELOW_SWEET_SPOT,
  /** An aspirational objective graded within the sweet spot. */
  IN_SWEET_SPOT,
  /** An aspirational objective graded above the sweet spot: perhaps not ambitious enough (Ally.io shows 1.0 in orange). */
  ABOVE_SWEET_SPOT
}
