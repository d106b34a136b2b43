package org.okr4j.alignment;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.AlignmentError;
import org.okr4j.validation.OkrError;

/**
 * Kahn's algorithm over a graph's nodes, children before parents, with loop breaking: the one pass
 * that both orders the nodes and proves the links acyclic.
 *
 * <p>The edges are those of a {@link LinkTable#flat() flat} link table (CSR arrays) plus each key
 * result's edge to its objective, which the {@link NodeIndex} gives by position. A node enters the
 * queue once all its children have left it; the queue starts with the childless nodes in node order
 * and is first-in first-out, so the order is a function of the graph alone.
 *
 * <p><b>Loops.</b> When the queue runs dry before every node has left it, every node left has a
 * child left. The walk starts at the first such node in node order and steps to its first child
 * left (for an objective its first key result left, else the child of its first link left, in link
 * order) until a node repeats: the nodes from that repeat on form a loop. The loop's latest link in
 * input order ({@code source}) is broken, reported as {@code okr.alignment.cycle} at its input
 * position with the loop named from its child, and the sort goes on. A loop is made of links only,
 * since a key result's edge to its objective closes none.
 *
 * <p>Stateless; every array it allocates is its own. Nothing recurses.
 */
final class TopologicalSort {

  private TopologicalSort() {}

  /**
   * Returns the nodes in a topological order, children before parents, breaking loops as described
   * above and adding one error per broken link to {@code errors}.
   *
   * @param table the links; its overlay, if any, is folded first
   * @param source for each link, its position in the caller's input (orders the links of a loop)
   */
  static int[] sort(NodeIndex index, LinkTable table, int[] source, ArrayList<OkrError> errors) {
    LinkTable t = table.flat();
    int n = index.nodeCount;
    int objectives = index.objectiveCount;
    int[] upStart = t.upStart;
    int[] up = t.up;
    int[] downStart = t.downStart;
    int[] parentOf = t.parent;
    int[] pending = new int[n];
    for (int v = 0; v < n; v++) {
      pending[v] = (v < objectives ? index.endKeyResult(v) - index.firstKeyResult(v) : 0)
          + downStart[v + 1] - downStart[v];
    }
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if (pending[v] == 0) {
        queue[tail++] = v;
      }
    }
    boolean[] done = new boolean[n];
    boolean @Nullable [] removed = null;
    Walk walk = null;
    int scan = 0;
    while (true) {
      while (head < tail) {
        int v = queue[head++];
        done[v] = true;
        if (v >= objectives) {
          int o = index.objectiveNodeOf(v);
          if (--pending[o] == 0) {
            queue[tail++] = o;
          }
        }
        for (int i = upStart[v], end = upStart[v + 1]; i < end; i++) {
          int l = up[i];
          if (removed == null || !removed[l]) {
            int p = parentOf[l];
            if (--pending[p] == 0) {
              queue[tail++] = p;
            }
          }
        }
      }
      if (tail == n) {
        return queue;
      }
      while (done[scan]) {
        scan++;
      }
      if (walk == null) {
        removed = new boolean[t.count()];
        walk = new Walk(n);
      }
      int link = walk.breakLoop(index, t, scan, done, removed, source, errors);
      int p = parentOf[link];
      if (--pending[p] == 0) {
        queue[tail++] = p;
      }
    }
  }

  /** The scratch of the loop walk, allocated only when a loop exists. */
  private static final class Walk {
    private final int[] mark;
    private final int[] position;
    private int[] nodes = new int[16];
    private int[] edges = new int[16];
    private int round;

    Walk(int n) {
      mark = new int[n];
      position = new int[n];
    }

    /** Walks down from {@code start} to a loop, marks its latest link removed, reports it, and returns it. */
    int breakLoop(NodeIndex index, LinkTable t, int start, boolean[] done, boolean[] removed, int[] source,
        ArrayList<OkrError> errors) {
      round++;
      int size = 0;
      int x = start;
      while (mark[x] != round) {
        mark[x] = round;
        position[x] = size;
        int next = -1;
        int via = -1;
        if (index.isObjective(x)) {
          for (int k = index.firstKeyResult(x); k < index.endKeyResult(x) && next < 0; k++) {
            if (!done[k]) {
              next = k;
            }
          }
        }
        if (next < 0) {
          for (int i = t.downStart[x], end = t.downStart[x + 1]; i < end; i++) {
            int l = t.down[i];
            if (!removed[l] && !done[t.child[l]]) {
              next = t.child[l];
              via = l;
              break;
            }
          }
        }
        if (size == nodes.length) {
          nodes = Arrays.copyOf(nodes, size * 2);
          edges = Arrays.copyOf(edges, size * 2);
        }
        nodes[size] = x;
        edges[size] = via;
        size++;
        x = next;
      }
      int first = position[x];
      int best = -1;
      for (int i = first; i < size; i++) {
        int l = edges[i];
        if (l >= 0 && (best < 0 || source[l] > source[edges[best]])) {
          best = i;
        }
      }
      int link = edges[best];
      removed[link] = true;
      // The loop upward from the link's child: child, parent (= nodes[best]), then up the walk.
      int length = size - first;
      int b = best - first;
      String[] loop = new String[length + 1];
      for (int j = 0; j <= length; j++) {
        loop[j] = index.ref(nodes[first + Math.floorMod(b + 1 - j, length)]).toString();
      }
      errors.add(new AlignmentError.CyclicLink(GraphBuilder.LINKS.index(source[link]), Vector.of(loop)));
      return link;
    }
  }
}
