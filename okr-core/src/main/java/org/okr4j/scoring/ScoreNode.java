package org.okr4j.scoring;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.okr4j.internal.Numbers;

/**
 * One entry of an aggregation tree ({@link AggregationPolicy#aggregate}): a scored item (a key
 * result) or a group of entries (an objective, a team, a department). Immutable and thread-safe.
 */
public sealed interface ScoreNode {

  /**
   * Returns the entry's weight in its parent group.
   *
   * @return a weight ≥ 0
   */
  BigDecimal weight();

  /**
   * Returns a leaf of weight 1.
   *
   * @param progress the progress, none if not scored
   * @return the leaf
   */
  static ScoreNode leaf(Option<BigDecimal> progress) {
    return new Leaf(progress, BigDecimal.ONE);
  }

  /**
   * Returns a group of weight 1.
   *
   * @param children the entries
   * @return the group
   */
  static ScoreNode group(Seq<ScoreNode> children) {
    return new Group(children, BigDecimal.ONE);
  }

  /**
   * A scored item, such as a key result. Immutable and thread-safe.
   *
   * @param progress the progress, none if not scored
   * @param weight the weight, ≥ 0
   */
  record Leaf(Option<BigDecimal> progress, BigDecimal weight) implements ScoreNode {
    /**
     * Checks the parts.
     *
     * @param progress the progress, none if not scored; fewer than 1,000 integer digits and at most
     *     1,000 decimals (any progress okr4j computes)
     * @param weight the weight, ≥ 0, fewer than 30 integer digits and at most 30 decimals
     * @throws org.okr4j.validation.OkrException if a part is missing or out of range, or the weight is
     *     negative
     */
    public Leaf {
      progress = Args.require(progress, "progress").map(p -> Numbers.argument(p, "progress"));
      weight = checkWeight(weight);
    }
  }

  /**
   * A group of entries, such as an objective or a team. Immutable and thread-safe.
   *
   * @param children the entries
   * @param weight the weight in its own parent, ≥ 0
   */
  record Group(Seq<ScoreNode> children, BigDecimal weight) implements ScoreNode {
    /**
     * Checks the parts.
     *
     * @param children the entries
     * @param weight the weight, ≥ 0, fewer than 30 integer digits and at most 30 decimals
     * @throws org.okr4j.validation.OkrException if a part is missing or out of range, or the weight is
     *     negative
     */
    public Group {
      Args.require(children, "children").forEach(c -> Args.require(c, "children"));
      weight = checkWeight(weight);
    }
  }

  private static BigDecimal checkWeight(BigDecimal weight) {
    BigDecimal checked = Numbers.input(weight, "weight");
    if (checked.signum() < 0) {
      throw new org.okr4j.validation.OkrException(io.vavr.collection.List.of(
          new org.okr4j.validation.OkrError.OutOfRange(org.okr4j.validation.OkrPath.of("weight"),
              Numbers.show(checked), "≥ 0")));
    }
    return checked;
  }
}
