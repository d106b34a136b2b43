package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
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
 * One entry of an aggregation tree ({@link AggregationPolicy#aggregate}): a scored item (a
 * {@link Leaf}, such as an objective's progress) or a {@link Group} of entries (a team, a
 * department). Every entry has a weight in its parent, 0 or more; 0 leaves it out.
 *
 * <pre>{@code
 * ScoreNode team = ScoreNode.group(List.of(
 *     ScoreNode.leaf(Option.some(new BigDecimal("0.5"))),
 *     ScoreNode.leaf(Option.none(), new BigDecimal("2"))));   // not scored, weight 2
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface ScoreNode permits ScoreNode.Leaf, ScoreNode.Group {

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
   * @throws OkrException if {@code progress} is missing
   */
  static ScoreNode leaf(Option<BigDecimal> progress) {
    return leaf(progress, BigDecimal.ONE);
  }

  /**
   * Returns a leaf.
   *
   * @param progress the progress, none if not scored
   * @param weight the weight in its parent, ≥ 0
   * @return the leaf
   * @throws OkrException with the problems of {@link Leaf#validate}
   */
  static ScoreNode leaf(Option<BigDecimal> progress, BigDecimal weight) {
    return OkrException.getOrThrow(Leaf.validate(progress, weight));
  }

  /**
   * Returns a group of weight 1.
   *
   * @param children the entries
   * @return the group
   * @throws OkrException if {@code children} or an entry is missing
   */
  static ScoreNode group(Seq<ScoreNode> children) {
    return group(children, BigDecimal.ONE);
  }

  /**
   * Returns a group.
   *
   * @param children the entries
   * @param weight the weight in its own parent, ≥ 0
   * @return the group
   * @throws OkrException with the problems of {@link Group#validate}
   */
  static ScoreNode group(Seq<ScoreNode> children, BigDecimal weight) {
    return OkrException.getOrThrow(Group.validate(children, weight));
  }

  /** A scored item, such as an objective or a key result. Immutable and thread-safe. */
  @Value.Immutable(builder = false, copy = false, prehash = false)
  non-sealed abstract class Leaf implements ScoreNode {

    Leaf() {}

    /**
     * Returns the item's progress.
     *
     * @return the progress, none if not scored
     */
    public abstract Option<BigDecimal> progress();

    @Override
    public abstract BigDecimal weight();

    /**
     * Validates a leaf.
     *
     * @param progress the progress, none if not scored; may be {@code null}
     * @param weight the weight, ≥ 0; may be {@code null}
     * @return the leaf, or every problem ({@code /progress}: missing, holding {@code null}, or with
     *     1,000 or more integer digits or more than 1,000 decimals; {@code /weight}: missing,
     *     negative or outside the number domain, |w| &lt; 10³⁰ with at most 30 decimals). The
     *     progress is taken as computed: a roll-up's quotient may carry more decimals than a weight
     *     may.
     */
    public static Validation<Seq<OkrError>, Leaf> validate(@Nullable Option<BigDecimal> progress,
        @Nullable BigDecimal weight) {
      Problems problems = new Problems();
      Option<BigDecimal> p = null;
      if (problems.present(progress, OkrPath.of("progress"))) {
        p = progress.map(value -> problems.computed(value, OkrPath.of("progress")));
      }
      BigDecimal w = problems.nonNegative(weight, OkrPath.of("weight"));
      Option<BigDecimal> checked = p;
      return problems.result(() -> ImmutableLeaf.of(checked, w));
    }

    /**
     * Returns {@code Leaf[progress=p, weight=w]}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return "Leaf[progress=" + progress().map(Numbers::show) + ", weight=" + Numbers.show(weight()) + "]";
    }
  }

  /** A group of entries, such as a team or a department. Immutable and thread-safe. */
  @Value.Immutable(builder = false, copy = false, prehash = false)
  non-sealed abstract class Group implements ScoreNode {

    Group() {}

    /**
     * Returns the group's entries.
     *
     * @return the entries, in order
     */
    public abstract Seq<ScoreNode> children();

    @Override
    public abstract BigDecimal weight();

    /**
     * Validates a group.
     *
     * @param children the entries; may be {@code null}
     * @param weight the weight in its own parent, ≥ 0; may be {@code null}
     * @return the group, or every problem ({@code /children} or {@code /children/i}: missing;
     *     {@code /weight}: missing, negative or outside the number domain)
     */
    public static Validation<Seq<OkrError>, Group> validate(@Nullable Seq<ScoreNode> children,
        @Nullable BigDecimal weight) {
      Problems problems = new Problems();
      OkrPath path = OkrPath.of("children");
      if (problems.present(children, path)) {
        int i = 0;
        for (ScoreNode child : children) {
          problems.present(child, path.index(i++));
        }
      }
      BigDecimal w = problems.nonNegative(weight, OkrPath.of("weight"));
      return problems.result(() -> ImmutableGroup.of(List.ofAll(children), w));
    }

    /**
     * Tells whether {@code other} is a group with equal weight and equal entries, compared with a
     * loop rather than recursion, so that a tree of any depth works.
     *
     * @param other the object to compare with
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
      if (!(other instanceof Group)) {
        return false;
      }
      java.util.ArrayDeque<ScoreNode[]> pairs = new java.util.ArrayDeque<>();
      pairs.push(new ScoreNode[] {this, (Group) other});
      while (!pairs.isEmpty()) {
        ScoreNode[] pair = pairs.pop();
        if (pair[0] == pair[1]) {
          continue;
        }
        if (pair[0] instanceof Group a && pair[1] instanceof Group b) {
          if (!a.weight().equals(b.weight()) || a.children().size() != b.children().size()) {
            return false;
          }
          io.vavr.collection.Iterator<ScoreNode> ib = b.children().iterator();
          a.children().forEach(c -> pairs.push(new ScoreNode[] {c, ib.next()}));
        } else if (!pair[0].equals(pair[1])) {
          return false;
        }
      }
      return true;
    }

    /**
     * Returns a hash of the whole tree, computed with a loop rather than recursion.
     *
     * @return the hash code, consistent with {@link #equals}
     */
    @Override
    public int hashCode() {
      java.util.IdentityHashMap<ScoreNode, Integer> hashes = new java.util.IdentityHashMap<>();
      java.util.ArrayDeque<Group> groups = new java.util.ArrayDeque<>();
      java.util.ArrayDeque<io.vavr.collection.Iterator<ScoreNode>> next = new java.util.ArrayDeque<>();
      groups.push(this);
      next.push(children().iterator());
      while (!groups.isEmpty()) {
        io.vavr.collection.Iterator<ScoreNode> it = next.peek();
        if (it.hasNext()) {
          ScoreNode child = it.next();
          if (child instanceof Group g && !hashes.containsKey(g)) {
            groups.push(g);
            next.push(g.children().iterator());
          }
          continue;
        }
        Group g = groups.pop();
        next.pop();
        int h = g.weight().hashCode();
        for (ScoreNode child : g.children()) {
          h = 31 * h + (child instanceof Group ? hashes.get(child) : child.hashCode());
        }
        hashes.put(g, h);
      }
      return hashes.get(this);
    }

    /**
     * Returns {@code Group[children=[...], weight=w]}, written with a loop rather than recursion.
     *
     * @return the text
     */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>();
      todo.push(this);
      while (!todo.isEmpty()) {
        Object x = todo.pop();
        if (x instanceof Group g) {
          sb.append("Group[children=[");
          todo.push("], weight=" + Numbers.show(g.weight()) + "]");
          boolean last = true;
          for (ScoreNode child : g.children().reverse()) {
            if (!last) {
              todo.push(", ");
            }
            todo.push(child);
            last = false;
          }
        } else {
          sb.append(x);
        }
      }
      return sb.toString();
    }
  }
}
