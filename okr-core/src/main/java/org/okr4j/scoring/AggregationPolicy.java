package org.okr4j.scoring;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * How a team, department or company aggregates the progress of its key results over a cycle
 * (SCORING.md §3): the structure (flat or hierarchical), what a not-scored entry counts as, what an
 * empty group scores. Weights of 0 exclude an entry; when every weight is 0 the group is not scored.
 *
 * <pre>{@code
 * ScoreNode team = ScoreNode.group(List.of(
 *     ScoreNode.group(List.of(ScoreNode.leaf(Option.some(ONE)), ScoreNode.leaf(Option.some(ZERO)))),
 *     ScoreNode.group(List.of(ScoreNode.leaf(Option.some(ONE))))));
 * AggregationPolicy.defaults().aggregate(team);                                  // (0.5 + 1) / 2 = 0.75
 * AggregationPolicy.defaults().withStructure(Structure.FLAT).aggregate(team);   // 2 / 3
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = true, prehash = false)
public abstract class AggregationPolicy {

  private static final AggregationPolicy DEFAULTS =
      ImmutableAggregationPolicy.of(Structure.HIERARCHICAL, NotScored.SKIP, EmptyGroup.NOT_SCORED);

  /** How the tree is averaged. */
  public enum Structure {
    /** The weighted mean of every leaf, whatever group it is in (group weights ignored). */
    FLAT,
    /** The weighted mean of each group's result, level by level (mean of objective means, then of team means). */
    HIERARCHICAL
  }

  /** What a not-scored entry counts as. */
  public enum NotScored {
    /** Left out of the mean. */
    SKIP,
    /** Counted as 0. */
    ZERO
  }

  /** What a group without entries scores. */
  public enum EmptyGroup {
    /** Not scored (then subject to {@link NotScored} in its parent). */
    NOT_SCORED,
    /** 0. */
    ZERO
  }

  AggregationPolicy() {}

  /**
   * Returns how the tree is averaged.
   *
   * @return the structure; {@link Structure#HIERARCHICAL} by default
   */
  @Value.Parameter
  public abstract Structure structure();

  /**
   * Returns what a not-scored entry counts as.
   *
   * @return the rule; {@link NotScored#SKIP} by default
   */
  @Value.Parameter
  public abstract NotScored notScored();

  /**
   * Returns what a group without entries scores.
   *
   * @return the rule; {@link EmptyGroup#NOT_SCORED} by default
   */
  @Value.Parameter
  public abstract EmptyGroup emptyGroup();

  /**
   * Returns the defaults: hierarchical, not-scored entries skipped, empty groups not scored.
   *
   * @return the defaults
   */
  public static AggregationPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another {@link #structure()}.
   *
   * @param structure the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if missing
   */
  public AggregationPolicy withStructure(Structure structure) {
    return ImmutableAggregationPolicy.copyOf(this).copyWithStructure(Args.require(structure, "structure"));
  }

  /**
   * Returns a copy with another {@link #notScored()}.
   *
   * @param notScored the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if missing
   */
  public AggregationPolicy withNotScored(NotScored notScored) {
    return ImmutableAggregationPolicy.copyOf(this).copyWithNotScored(Args.require(notScored, "notScored"));
  }

  /**
   * Returns a copy with another {@link #emptyGroup()}.
   *
   * @param emptyGroup the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if missing
   */
  public AggregationPolicy withEmptyGroup(EmptyGroup emptyGroup) {
    return ImmutableAggregationPolicy.copyOf(this).copyWithEmptyGroup(Args.require(emptyGroup, "emptyGroup"));
  }

  /**
   * Aggregates a tree. A leaf scores its progress. Hierarchical: a group scores
   * {@code Σwᵢ·pᵢ / Σwᵢ} over its entries of weight &gt; 0, a not-scored entry skipped or counted as
   * 0; a group with no entries scores by {@link #emptyGroup()}; a group whose entries are all
   * skipped, or whose weights are all 0, is not scored. Flat: the same mean over every leaf of the
   * tree with the leaves' own weights; a tree without leaves scores by {@link #emptyGroup()}.
   *
   * @param root the tree
   * @return the progress, none if not scored
   * @throws org.okr4j.validation.OkrException if {@code root} is missing
   */
  public Option<BigDecimal> aggregate(ScoreNode root) {
    Args.require(root, "root");
    if (structure() == Structure.HIERARCHICAL) {
      return hierarchical(root);
    }
    Seq<ScoreNode.Leaf> leaves = leaves(root);
    if (leaves.isEmpty()) {
      return emptyGroup() == EmptyGroup.ZERO ? Option.some(BigDecimal.ZERO) : Option.none();
    }
    return mean(leaves.map(l -> Tuple.of(l.progress(), l.weight())));
  }

  private Option<BigDecimal> hierarchical(ScoreNode node) {
    if (node instanceof ScoreNode.Leaf leaf) {
      return leaf.progress();
    }
    Seq<ScoreNode> children = ((ScoreNode.Group) node).children();
    if (children.isEmpty()) {
      return emptyGroup() == EmptyGroup.ZERO ? Option.some(BigDecimal.ZERO) : Option.none();
    }
    return mean(children.map(c -> Tuple.of(hierarchical(c), c.weight())));
  }

  private Option<BigDecimal> mean(Seq<Tuple2<Option<BigDecimal>, BigDecimal>> entries) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Tuple2<Option<BigDecimal>, BigDecimal> e : entries) {
      Option<BigDecimal> p = e._1;
      BigDecimal w = e._2;
      if (w.signum() == 0 || (p.isEmpty() && notScored() == NotScored.SKIP)) {
        continue;
      }
      sum = sum.add(w.multiply(p.getOrElse(BigDecimal.ZERO)));
      weights = weights.add(w);
    }
    return weights.signum() == 0 ? Option.none() : Option.some(Decimals.div(sum, weights));
  }

  private static Seq<ScoreNode.Leaf> leaves(ScoreNode node) {
    if (node instanceof ScoreNode.Leaf leaf) {
      return List.of(leaf);
    }
    return ((ScoreNode.Group) node).children().flatMap(AggregationPolicy::leaves);
  }
}
