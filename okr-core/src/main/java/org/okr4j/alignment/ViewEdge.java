package org.okr4j.alignment;

import io.vavr.control.Option;
import java.math.BigDecimal;

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

  /** Returns {@code child → parent (kind)}. */
  @Override
  public String toString() {
    return child.key() + " → " + parent.key() + " (" + kind + weight.map(w -> " " + w.toPlainString()).getOrElse("")
        + ")";
  }
}
