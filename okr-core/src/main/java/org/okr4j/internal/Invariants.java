package org.okr4j.internal;

/**
 * Guards for {@code @Value.Check} methods: invariants that every built value satisfies. The
 * validating factories check the same conditions first and report them as errors, so a failed
 * guard means a bug inside okr4j, never bad input.
 */
public final class Invariants {

  private Invariants() {}

  /**
   * Fails if an invariant does not hold.
   *
   * @param holds whether the invariant holds
   * @param what the invariant, for the message
   * @throws IllegalStateException if {@code holds} is false
   */
  public static void require(boolean holds, String what) {
    if (!holds) {
      throw new IllegalStateException("okr4j invariant violated: " + what);
    }
  }
}
