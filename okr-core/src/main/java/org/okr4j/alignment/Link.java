package org.okr4j.alignment;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Numbers;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * An alignment link from a child (the contributor) to the parent it aligns to: objective to
 * objective, objective or key result to key result, key result to objective. A link
 * {@link LinkKind#CONTRIBUTES contributes} to the parent's progress with a weight ≥ 0 (1 by
 * default), or only {@link LinkKind#SUPPORTS supports} it, with weight 0.
 *
 * <p>A key result always counts toward the objective that holds it; that relation comes from the
 * model and is not a link. Whether a link fits a graph (both ends exist, no loop, the policy allows
 * it) is checked by {@link AlignmentGraph#link(Link)}.
 *
 * <pre>{@code
 * Link leads = Link.contributes(NodeRef.keyResult("kr-leads"), NodeRef.objective("o-conversion"));
 * Link blog = Link.supports(NodeRef.objective("o-blog"), NodeRef.objective("o-brand"));
 * }</pre>
 *
 * <p>Equal when child, parent, kind and weight are equal ({@code 1} and {@code 1.0} differ, as
 * everywhere in okr4j). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Link {

  Link() {}

  /**
   * Returns the node that contributes to, or supports, its parent.
   *
   * @return the child node
   */
  public abstract NodeRef child();

  /**
   * Returns the node the child aligns to.
   *
   * @return the parent node
   */
  public abstract NodeRef parent();

  /**
   * Returns whether the link counts toward the parent's progress.
   *
   * @return the kind
   */
  public abstract LinkKind kind();

  /**
   * Returns the weight of the child in the parent's roll-up.
   *
   * @return a weight ≥ 0 for a contributing link (1 by default); 0 for a supporting link
   */
  public abstract BigDecimal weight();

  /**
   * Tells whether the link counts toward the parent's progress.
   *
   * @return {@code true} if {@link #kind()} is {@link LinkKind#CONTRIBUTES}
   */
  public boolean isContributing() {
    return kind() == LinkKind.CONTRIBUTES;
  }

  /**
   * Validates and builds a link.
   *
   * @param child the contributor, may be {@code null}
   * @param parent the node it aligns to, may be {@code null}
   * @param kind contributes or supports, may be {@code null}
   * @param weight the weight, or {@code null} for the default: 1 when contributing, 0 when
   *     supporting; a supporting link's weight must be 0
   * @return the link, or every problem (paths {@code /child}, {@code /parent}, {@code /kind},
   *     {@code /weight})
   */
  public static Validation<Seq<OkrError>, Link> validate(
      @Nullable NodeRef child, @Nullable NodeRef parent, @Nullable LinkKind kind, @Nullable BigDecimal weight) {
    Problems problems = new Problems();
    problems.present(child, OkrPath.of("child"));
    problems.present(parent, OkrPath.of("parent"));
    boolean kindPresent = problems.present(kind, OkrPath.of("kind"));
    BigDecimal checked = weight == null ? null : problems.nonNegative(weight, OkrPath.of("weight"));
    if (weight == null) {
      checked = kind == LinkKind.SUPPORTS ? BigDecimal.ZERO : BigDecimal.ONE;
    } else if (checked != null && kindPresent && kind == LinkKind.SUPPORTS && checked.signum() != 0) {
      problems.add(new OkrError.OutOfRange(OkrPath.of("weight"), Numbers.show(checked), "0 for a supporting link"));
    }
    BigDecimal finalWeight = checked;
    return problems.result(() -> ImmutableLink.of(child, parent, kind, finalWeight));
  }

  /**
   * Returns a contributing link with weight 1.
   *
   * @param child the contributor
   * @param parent the node it contributes to
   * @return the link
   * @throws OkrException if an argument is {@code null}
   */
  public static Link contributes(NodeRef child, NodeRef parent) {
    return OkrException.getOrThrow(validate(child, parent, LinkKind.CONTRIBUTES, null));
  }

  /**
   * Returns a contributing link with a weight.
   *
   * @param child the contributor
   * @param parent the node it contributes to
   * @param weight the weight, ≥ 0
   * @return the link
   * @throws OkrException if an argument is {@code null} or the weight is negative or out of range
   */
  public static Link contributes(NodeRef child, NodeRef parent, BigDecimal weight) {
    if (weight == null) {
      throw new OkrException(io.vavr.collection.List.of(new OkrError.Required(OkrPath.of("weight"))));
    }
    return OkrException.getOrThrow(validate(child, parent, LinkKind.CONTRIBUTES, weight));
  }

  /**
   * Returns a supporting link (shown, not counted).
   *
   * @param child the supporter
   * @param parent the node it supports
   * @return the link
   * @throws OkrException if an argument is {@code null}
   */
  public static Link supports(NodeRef child, NodeRef parent) {
    return OkrException.getOrThrow(validate(child, parent, LinkKind.SUPPORTS, null));
  }

  /** Returns {@code child → parent (kind, weight)}, such as {@code key-result:kr-1 → objective:o-1 (contributes 1)}. */
  @Override
  public String toString() {
    return child() + " → " + parent() + " (" + (isContributing() ? "contributes " + weight().toPlainString()
        : "supports") + ")";
  }
}
