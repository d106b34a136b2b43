package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * How a team, department or company aggregates the progress of its objectives (or any scored
 * items) over a tree of {@link ScoreNode}s: the structure (flat or hierarchical), what a not-scored
 * entry counts as and what a group with no entries scores. It speaks the vocabulary of
 * {@link RollUpPolicy} and defaults like it: a not-scored entry counts as 0 while another entry of
 * its group is scored ({@link RollUpPolicy.Missing#COUNT_AS_ZERO}), a group whose entries are all
 * not scored is not scored, and a group with no entries is not scored
 * ({@link RollUpPolicy.Empty#NOT_SCORED}). Weights of 0 exclude an entry; when every weight is 0
 * the group is not scored. Each group is the weighted mean {@code Σwᵢ·pᵢ / Σwᵢ} of its entries,
 * computed by the same arithmetic as an objective's roll-up.
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

  private static final AggregationPolicy DEFAULTS = ImmutableAggregationPolicy.of(Structure.HIERARCHICAL,
      RollUpPolicy.Missing.COUNT_AS_ZERO, RollUpPolicy.Empty.NOT_SCORED);

  /** How the tree is averaged. */
  public enum Structure {
    /** The weighted mean of every leaf, whatever group it is in (group weights ignored). */
    FLAT,
    /** The weighted mean of each group's result, level by level (mean of objective means, then of team means). */
    HIERARCHICAL
  }

  AggregationPolicy() {}

  /**
   * Returns how the tree is averaged.
   *
   * @return the structure; {@link Structure#HIERARCHICAL} by default
   */
  public abstract Structure structure();

  /**
   * Returns what a not-scored entry counts as: 0 while another entry of its group is scored
   * (default, as in a roll-up), or nothing (skipped).
   *
   * @return the rule; {@link RollUpPolicy.Missing#COUNT_AS_ZERO} by default
   */
  public abstract RollUpPolicy.Missing missing();

  /**
   * Returns what a group without entries scores: not scored (default, then subject to
   * {@link #missing()} in its parent) or 0.
   *
   * @return the rule; {@link RollUpPolicy.Empty#NOT_SCORED} by default
   */
  public abstract RollUpPolicy.Empty empty();

  /**
   * Returns the defaults: hierarchical, a not-scored entry counted as 0 (as in a roll-up), an empty
   * group not scored.
   *
   * @return the defaults
   */
  public static AggregationPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the aggregation that matches a roll-up policy's handling of not-scored entries and
   * empty groups, hierarchical.
   *
   * @param rollUp the roll-up policy
   * @return the aggregation
   * @throws org.okr4j.validation.OkrException if {@code rollUp} is missing
   */
  public static AggregationPolicy of(RollUpPolicy rollUp) {
    Args.require(rollUp, "rollUp");
    return ImmutableAggregationPolicy.of(Structure.HIERARCHICAL, rollUp.missing(), rollUp.empty());
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
   * Returns a copy with another {@link #missing()}.
   *
   * @param missing the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if missing
   */
  public AggregationPolicy withMissing(RollUpPolicy.Missing missing) {
    return ImmutableAggregationPolicy.copyOf(this).copyWithMissing(Args.require(missing, "missing"));
  }

  /**
   * Returns a copy with another {@link #empty()}.
   *
   * @param empty the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if missing
   */
  public AggregationPolicy withEmpty(RollUpPolicy.Empty empty) {
    return ImmutableAggregationPolicy.copyOf(this).copyWithEmpty(Args.require(empty, "empty"));
  }

  /**
   * Aggregates a tree. A leaf scores its progress. Hierarchical: a group scores
   * {@code Σwᵢ·pᵢ / Σwᵢ} over its entries of weight &gt; 0, a not-scored entry counted as 0 or
   * skipped; a group with no entries scores by {@link #empty()}; a group whose entries are all not
   * scored, or whose weights are all 0, is not scored. Flat: the same mean over every leaf of the
   * tree with the leaves' own weights; a tree without leaves scores by {@link #empty()}.
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
    return mean(leaves(root));
  }

  /** Scores each group from its children's results, children first, with a loop: any depth works. */
  private Option<BigDecimal> hierarchical(ScoreNode root) {
    if (root instanceof ScoreNode.Leaf leaf) {
      return leaf.progress();
    }
    java.util.ArrayDeque<java.util.Iterator<ScoreNode>> next = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<ScoreNode.Group> groups = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<RollUpMath.Sum> sums = new java.util.ArrayDeque<>();
    groups.push((ScoreNode.Group) root);
    next.push(((ScoreNode.Group) root).children().iterator());
    sums.push(sum());
    while (true) {
      java.util.Iterator<ScoreNode> children = next.peek();
      if (children.hasNext()) {
        ScoreNode child = children.next();
        if (child instanceof ScoreNode.Leaf leaf) {
          sums.peek().add(leaf.progress().getOrNull(), leaf.weight());
        } else {
          groups.push((ScoreNode.Group) child);
          next.push(((ScoreNode.Group) child).children().iterator());
          sums.push(sum());
        }
        continue;
      }
      ScoreNode.Group group = groups.pop();
      next.pop();
      Option<BigDecimal> result = result(sums.pop());
      if (groups.isEmpty()) {
        return result;
      }
      sums.peek().add(result.getOrNull(), group.weight());
    }
  }

  private Option<BigDecimal> mean(Seq<ScoreNode.Leaf> leaves) {
    RollUpMath.Sum sum = sum();
    for (ScoreNode.Leaf leaf : leaves) {
      sum.add(leaf.progress().getOrNull(), leaf.weight());
    }
    return result(sum);
  }

  private RollUpMath.Sum sum() {
    return new RollUpMath.Sum(RollUpPolicy.Method.WEIGHTED_MEAN, missing(), false, Cap.none());
  }

  private Option<BigDecimal> result(RollUpMath.Sum sum) {
    if (sum.contributions() == 0) {
      return empty() == RollUpPolicy.Empty.ZERO ? Option.some(BigDecimal.ZERO) : Option.none();
    }
    return Option.of(sum.progress());
  }

  /** The leaves of a tree in order, found with a loop: any depth works. */
  private static Seq<ScoreNode.Leaf> leaves(ScoreNode root) {
    java.util.ArrayList<ScoreNode.Leaf> leaves = new java.util.ArrayList<>();
    java.util.ArrayDeque<ScoreNode> pending = new java.util.ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      ScoreNode node = pending.pop();
      if (node instanceof ScoreNode.Leaf leaf) {
        leaves.add(leaf);
      } else {
        ((ScoreNode.Group) node).children().reverse().forEach(pending::push);
      }
    }
    return List.ofAll(leaves);
  }
}
