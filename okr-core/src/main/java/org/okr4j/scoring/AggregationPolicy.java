package org.okr4j.scoring;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;

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
 *
 * @param structure flat or hierarchical; {@link Structure#HIERARCHICAL}
 * @param notScored what a not-scored entry counts as; {@link NotScored#SKIP}
 * @param emptyGroup what a group without entries scores; {@link EmptyGroup#NOT_SCORED}
 */
public record AggregationPolicy(Structure structure, NotScored notScored, EmptyGroup emptyGroup) {

  private static final AggregationPolicy DEFAULTS =
      new AggregationPolicy(Structure.HIERARCHICAL, NotScored.SKIP, EmptyGroup.NOT_SCORED);

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

  /**
   * Checks the options.
   *
   * @param structure flat or hierarchical
   * @param notScored what a not-scored entry counts as
   * @param emptyGroup what an empty group scores
   * @throws org.okr4j.validation.OkrException if an option is missing
   */
  public AggregationPolicy {
    Args.require(structure, "structure");
    Args.require(notScored, "notScored");
    Args.require(emptyGroup, "emptyGroup");
  }

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
    return new AggregationPolicy(structure, notScored, emptyGroup);
  }

  /**
   * Returns a copy with another {@link #notScored()}.
   *
   * @param notScored the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if missing
   */
  public AggregationPolicy withNotScored(NotScored notScored) {
    return new AggregationPolicy(structure, notScored, emptyGroup);
  }

  /**
   * Returns a copy with another {@link #emptyGroup()}.
   *
   * @param emptyGroup the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if missing
   */
  public AggregationPolicy withEmptyGroup(EmptyGroup emptyGroup) {
    return new AggregationPolicy(structure, notScored, emptyGroup);
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
    if (structure == Structure.HIERARCHICAL) {
      return hierarchical(root);
    }
    Seq<ScoreNode.Leaf> leaves = leaves(root);
    if (leaves.isEmpty()) {
      return emptyGroup == EmptyGroup.ZERO ? Option.some(BigDecimal.ZERO) : Option.none();
    }
    return mean(leaves.map(l -> Tuple.of(l.progress(), l.weight())));
  }

  /** Scores each group from its children's results, children first, with a loop: any depth works. */
  private Option<BigDecimal> hierarchical(ScoreNode root) {
    if (root instanceof ScoreNode.Leaf leaf) {
      return leaf.progress();
    }
    java.util.ArrayDeque<ScoreNode.Group> groups = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<java.util.Iterator<ScoreNode>> next = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<java.util.ArrayList<Tuple2<Option<BigDecimal>, BigDecimal>>> entries = new java.util.ArrayDeque<>();
    groups.push((ScoreNode.Group) root);
    next.push(((ScoreNode.Group) root).children().iterator());
    entries.push(new java.util.ArrayList<>());
    while (true) {
      java.util.Iterator<ScoreNode> children = next.peek();
      if (children.hasNext()) {
        ScoreNode child = children.next();
        if (child instanceof ScoreNode.Leaf leaf) {
          entries.peek().add(Tuple.of(leaf.progress(), leaf.weight()));
        } else {
          groups.push((ScoreNode.Group) child);
          next.push(((ScoreNode.Group) child).children().iterator());
          entries.push(new java.util.ArrayList<>());
        }
        continue;
      }
      ScoreNode.Group group = groups.pop();
      next.pop();
      java.util.ArrayList<Tuple2<Option<BigDecimal>, BigDecimal>> own = entries.pop();
      Option<BigDecimal> result = group.children().isEmpty()
          ? (emptyGroup == EmptyGroup.ZERO ? Option.some(BigDecimal.ZERO) : Option.none())
          : mean(List.ofAll(own));
      if (groups.isEmpty()) {
        return result;
      }
      entries.peek().add(Tuple.of(result, group.weight()));
    }
  }

  private Option<BigDecimal> mean(Seq<Tuple2<Option<BigDecimal>, BigDecimal>> entries) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Tuple2<Option<BigDecimal>, BigDecimal> e : entries) {
      Option<BigDecimal> p = e._1;
      BigDecimal w = e._2;
      if (w.signum() == 0 || (p.isEmpty() && notScored == NotScored.SKIP)) {
        continue;
      }
      sum = sum.add(w.multiply(p.getOrElse(BigDecimal.ZERO)));
      weights = weights.add(w);
    }
    return weights.signum() == 0 ? Option.none() : Option.some(Decimals.div(sum, weights));
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
