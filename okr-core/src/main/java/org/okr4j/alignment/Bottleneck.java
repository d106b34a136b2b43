package org.okr4j.alignment;

import org.immutables.value.Value;

/**
 * A node and the number of its dependants: the objectives and key results that contribute to or
 * support it, directly or indirectly, and so see the top only through it. Returned by
 * {@link AlignmentGraph#bottlenecks(int)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Bottleneck {

  Bottleneck() {}

  /**
   * Returns the node through which many others reach the top.
   *
   * @return the node
   */
  public abstract NodeRef node();

  /**
   * Returns the number of its descendants, each counted once.
   *
   * @return the count, at least 1
   */
  public abstract int dependants();

  /** Returns {@code node (n dependants)}. */
  @Override
  public String toString() {
    return node() + " (" + dependants() + " dependants)";
  }
}
