package org.okr4j.alignment;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.okr4j.internal.Numbers;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

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
   * Checks the components.
   *
   * @param child the child
   * @param parent the parent
   * @param kind the kind
   * @param weight the weight, if shown
   * @throws OkrException if a component is {@code null}
   */
  public ViewEdge {
    if (child == null || parent == null || kind == null || weight == null || weight.contains(null)) {
      throw new OkrException(List.of(new OkrError.Required(OkrPath.root())));
    }
    weight = weight.map(Numbers::plain);
  }

  /** Returns {@code child → parent (kind)}. */
  @Override
  public String toString() {
    return child.key() + " → " + parent.key() + " (" + kind + weight.map(w -> " " + Numbers.show(w)).getOrElse("")
        + ")";
  }
}
