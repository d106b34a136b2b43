package org.okr4j.alignment;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.okr4j.internal.Numbers;

/**
 * An edge of an {@link AlignmentView}, from a child to its parent. The weight is shown only when
 * both ends are visible: a key result's weight in its objective, or a contributing link's weight.
 *
 * <p>Immutable and thread-safe.
 *
 * @param child the child (contributor)
 * @param parent the parent
 * @param kind key result of its objective, contributing or supporting link
 * @param weight the weight, if both ends are visible and the edge counts toward the parent
 */
public record ViewEdge(ViewNode child, ViewNode parent, EdgeKind kind, Option<BigDecimal> weight) {

  /**
   * Keeps a plain {@link BigDecimal} weight: an instance of a subclass is copied.
   *
   * @param child the child
   * @param parent the parent
   * @param kind the kind
   * @param weight the weight, if shown
   */
  public ViewEdge {
    weight = weight == null ? null : weight.map(Numbers::plainIfPresent);
  }

  /** Returns {@code child → parent (kind)}. */
  @Override
  public String toString() {
    return key(child) + " → " + key(parent) + " (" + kind
        + (weight == null ? "" : weight.map(w -> w == null ? " ?" : " " + Numbers.show(w)).getOrElse("")) + ")";
  }

  private static String key(ViewNode node) {
    return node == null ? "?" : node.key();
  }
}
