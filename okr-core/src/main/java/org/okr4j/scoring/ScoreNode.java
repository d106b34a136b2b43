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

    /**
     * Tells whether {@code other} is a group with equal weight and equal entries, compared with a
     * loop rather than recursion, so that a tree of any depth works.
     *
     * @param other the object to compare with
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object other) {
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
          if (!a.weight.equals(b.weight) || a.children.size() != b.children.size()) {
            return false;
          }
          io.vavr.collection.Iterator<ScoreNode> ib = b.children.iterator();
          a.children.forEach(c -> pairs.push(new ScoreNode[] {c, ib.next()}));
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
      next.push(children.iterator());
      while (!groups.isEmpty()) {
        io.vavr.collection.Iterator<ScoreNode> it = next.peek();
        if (it.hasNext()) {
          ScoreNode child = it.next();
          if (child instanceof Group g && !hashes.containsKey(g)) {
            groups.push(g);
            next.push(g.children.iterator());
          }
          continue;
        }
        Group g = groups.pop();
        next.pop();
        int h = g.weight.hashCode();
        for (ScoreNode child : g.children) {
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
          todo.push("], weight=" + Numbers.show(g.weight) + "]");
          boolean last = true;
          for (ScoreNode child : g.children.reverse()) {
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
