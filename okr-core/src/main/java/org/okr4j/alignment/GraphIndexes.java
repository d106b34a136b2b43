package org.okr4j.alignment;

import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The indexes an {@link AlignmentGraph} derives from its nodes and links: each node's parents and
 * children (key-result edges and links together), a topological order and the reach of the top
 * level. The order comes with the graph when it was built, otherwise both are computed on first use
 * and cached; every cache is written once with an array that is never changed after, so sharing one
 * between threads is safe.
 *
 * <p>A graph after a check-in has the same structure, so it shares this object's caches
 * ({@link #afterCheckIn}).
 */
final class GraphIndexes {

  /** A topological order of the nodes, children before parents, and each node's position in it. */
  record Order(int[] nodes, int[] position) {

    /** Returns the order of {@code sorted} with its positions. */
    static Order of(int[] sorted) {
      int[] position = new int[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        position[sorted[i]] = i;
      }
      return new Order(sorted, position);
    }
  }

  /** Which nodes reach a top-level objective; which nodes are top-level objectives. */
  record Reach(boolean[] reaches, boolean[] top) {}

  private static final int[] NONE = new int[0];

  private final NodeIndex index;
  private final LinkTable table;
  private final Seq<Link> links;
  private volatile @Nullable Order order;
  private volatile @Nullable Reach reach;

  GraphIndexes(NodeIndex index, LinkTable table, Seq<Link> links, @Nullable Order order, @Nullable Reach reach) {
    this.index = index;
    this.table = table;
    this.links = links;
    this.order = order;
    this.reach = reach;
  }

  /** Returns the indexes of the same structure over {@code after}, sharing every cache computed so far. */
  GraphIndexes afterCheckIn(NodeIndex after) {
    return new GraphIndexes(after, table, links, order, reach);
  }

  /** Returns the order if it is known, without computing it. */
  @Nullable Order knownOrder() {
    return order;
  }

  /** Returns the topological order, children before parents. */
  Order order() {
    Order known = order;
    if (known == null) {
      known = Order.of(TopologicalSort.sort(index, table, new int[table.count()], new ArrayList<>()));
      order = known;
    }
    return known;
  }

  /** Returns which nodes reach the top level and which are on it. */
  Reach reach() {
    Reach known = reach;
    if (known == null) {
      int n = index.nodeCount;
      boolean[] top = new boolean[n];
      for (int v = 0; v < index.objectiveCount; v++) {
        top[v] = table.upCount(v) == 0 && index.level(v).rank() == index.minRank;
      }
      boolean[] reaches = new boolean[n];
      int[] sorted = order().nodes();
      for (int i = n - 1; i >= 0; i--) {
        int v = sorted[i];
        boolean r = top[v];
        if (!r && !index.isObjective(v)) {
          r = reaches[index.objectiveNodeOf(v)];
        }
        if (!r) {
          for (int l : table.up(v)) {
            if (reaches[table.parentOf(l)]) {
              r = true;
              break;
            }
          }
        }
        reaches[v] = r;
      }
      known = new Reach(reaches, top);
      reach = known;
    }
    return known;
  }

  /** Returns the parents of {@code v}: its objective first if it is a key result, then its links' parents. */
  int[] parentsOf(int v) {
    int[] ups = table.up(v);
    boolean kr = !index.isObjective(v);
    int[] out = new int[ups.length + (kr ? 1 : 0)];
    int i = 0;
    if (kr) {
      out[i++] = index.objectiveNodeOf(v);
    }
    for (int l : ups) {
      out[i++] = table.parentOf(l);
    }
    return out;
  }

  /** Returns the children of {@code v}: its key results first if it is an objective, then its links' children. */
  int[] childrenOf(int v) {
    int[] downs = table.down(v);
    int first = index.isObjective(v) ? index.firstKeyResult(v) : 0;
    int krs = index.isObjective(v) ? index.endKeyResult(v) - first : 0;
    if (krs + downs.length == 0) {
      return NONE;
    }
    int[] out = new int[krs + downs.length];
    for (int i = 0; i < krs; i++) {
      out[i] = first + i;
    }
    for (int i = 0; i < downs.length; i++) {
      out[krs + i] = table.childOf(downs[i]);
    }
    return out;
  }

  /** Returns the parents {@code v} moves: its objective, if it is a key result, then its contributing links' parents. */
  int[] contributingParentsOf(int v) {
    int[] ups = table.up(v);
    int[] out = new int[ups.length + 1];
    int i = 0;
    if (!index.isObjective(v)) {
      out[i++] = index.objectiveNodeOf(v);
    }
    for (int l : ups) {
      if (links.get(l).isContributing()) {
        out[i++] = table.parentOf(l);
      }
    }
    return Arrays.copyOf(out, i);
  }

  /**
   * Returns the nodes whose scores may move when {@code start} moves: {@code start} and its
   * contributing ancestors (key results through cascades, objectives), children before parents.
   * Visits only those ancestors.
   */
  int[] impactedNodes(int start) {
    int[] position = order().position();
    java.util.HashSet<Integer> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
    java.util.ArrayList<Integer> found = new java.util.ArrayList<>();
    seen.add(start);
    stack.push(start);
    while (!stack.isEmpty()) {
      int v = stack.pop();
      found.add(v);
      for (int w : contributingParentsOf(v)) {
        if (seen.add(w)) {
          stack.push(w);
        }
      }
    }
    found.sort(java.util.Comparator.comparingInt(v -> position[v]));
    return found.stream().mapToInt(Integer::intValue).toArray();
  }
}
