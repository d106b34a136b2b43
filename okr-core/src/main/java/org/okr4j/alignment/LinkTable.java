package org.okr4j.alignment;

import io.vavr.collection.HashMap;
import io.vavr.collection.Vector;
import org.jspecify.annotations.Nullable;

/**
 * The explicit links of a graph as integer adjacency, persistent: a compact base (CSR arrays over
 * the links {@code [0, baseCount)}: the links from node {@code v} are
 * {@code up[upStart[v] .. upStart[v+1])}, those to it {@code down[downStart[v] .. downStart[v+1])},
 * each list in link order) plus a small persistent overlay of links added one at a time.
 * When the overlay grows past a share of the base it is folded into a new base, so adding a link
 * costs amortized O(1) and queries stay array-fast. Whole-graph passes read the base arrays of a
 * {@link #flat()} table directly. Never mutated after construction.
 */
final class LinkTable {

  private static final int[] NONE = new int[0];

  final int nodeCount;
  final int baseCount;
  /** The child of base link {@code l}. */
  final int[] child;
  /** The parent of base link {@code l}. */
  final int[] parent;
  final int[] upStart;
  final int[] up;
  final int[] downStart;
  final int[] down;
  private final Vector<Integer> extraChild;
  private final Vector<Integer> extraParent;
  private final HashMap<Integer, Vector<Integer>> extraUp;
  private final HashMap<Integer, Vector<Integer>> extraDown;

  private LinkTable(int nodeCount, int[] child, int[] parent, int count, Vector<Integer> extraChild,
      Vector<Integer> extraParent, HashMap<Integer, Vector<Integer>> extraUp,
      HashMap<Integer, Vector<Integer>> extraDown, int[] upStart, int[] up, int[] downStart, int[] down) {
    this.nodeCount = nodeCount;
    this.baseCount = count;
    this.child = child;
    this.parent = parent;
    this.extraChild = extraChild;
    this.extraParent = extraParent;
    this.extraUp = extraUp;
    this.extraDown = extraDown;
    this.upStart = upStart;
    this.up = up;
    this.downStart = downStart;
    this.down = down;
  }

  /** Builds a table over {@code count} links; {@code child} and {@code parent} are taken, not copied. */
  static LinkTable of(int nodeCount, int[] child, int[] parent, int count) {
    int[] upStart = new int[nodeCount + 1];
    int[] downStart = new int[nodeCount + 1];
    for (int l = 0; l < count; l++) {
      upStart[child[l] + 1]++;
      downStart[parent[l] + 1]++;
    }
    for (int v = 0; v < nodeCount; v++) {
      upStart[v + 1] += upStart[v];
      downStart[v + 1] += downStart[v];
    }
    int[] up = new int[count];
    int[] down = new int[count];
    int[] upFill = upStart.clone();
    int[] downFill = downStart.clone();
    for (int l = 0; l < count; l++) {
      up[upFill[child[l]]++] = l;
      down[downFill[parent[l]]++] = l;
    }
    return new LinkTable(nodeCount, child, parent, count, Vector.empty(), Vector.empty(), HashMap.empty(),
        HashMap.empty(), upStart, up, downStart, down);
  }

  int count() {
    return baseCount + extraChild.size();
  }

  int childOf(int link) {
    return link < baseCount ? child[link] : extraChild.get(link - baseCount);
  }

  int parentOf(int link) {
    return link < baseCount ? parent[link] : extraParent.get(link - baseCount);
  }

  /** Returns the ids of the links from {@code node} (it is their child), oldest first. */
  int[] up(int node) {
    return slice(up, upStart[node], upStart[node + 1], extraUp.isEmpty() ? null : extraUp.get(node).getOrNull());
  }

  /** Returns the ids of the links to {@code node} (it is their parent), oldest first. */
  int[] down(int node) {
    return slice(down, downStart[node], downStart[node + 1],
        extraDown.isEmpty() ? null : extraDown.get(node).getOrNull());
  }

  int upCount(int node) {
    return upStart[node + 1] - upStart[node]
        + (extraUp.isEmpty() ? 0 : extraUp.get(node).map(Vector::size).getOrElse(0));
  }

  int downCount(int node) {
    return downStart[node + 1] - downStart[node]
        + (extraDown.isEmpty() ? 0 : extraDown.get(node).map(Vector::size).getOrElse(0));
  }

  private static int[] slice(int[] base, int from, int to, @Nullable Vector<Integer> extra) {
    int extraSize = extra == null ? 0 : extra.size();
    if (from == to && extraSize == 0) {
      return NONE;
    }
    int[] out = new int[to - from + extraSize];
    System.arraycopy(base, from, out, 0, to - from);
    for (int i = 0; i < extraSize; i++) {
      out[to - from + i] = extra.get(i);
    }
    return out;
  }

  /** Returns the same links with no overlay (this table if it has none), so that every link is in the base arrays. */
  LinkTable flat() {
    return extraChild.isEmpty() ? this : folded(extraChild, extraParent);
  }

  private LinkTable folded(Vector<Integer> ec, Vector<Integer> ep) {
    int total = baseCount + ec.size();
    int[] c = new int[total];
    int[] p = new int[total];
    System.arraycopy(child, 0, c, 0, baseCount);
    System.arraycopy(parent, 0, p, 0, baseCount);
    for (int i = 0; i < ec.size(); i++) {
      c[baseCount + i] = ec.get(i);
      p[baseCount + i] = ep.get(i);
    }
    return of(nodeCount, c, p, total);
  }

  /** Returns the table with one more link, folding the overlay into the base when it grows large. */
  LinkTable with(int childNode, int parentNode) {
    int link = count();
    Vector<Integer> ec = extraChild.append(childNode);
    Vector<Integer> ep = extraParent.append(parentNode);
    if (ec.size() > 64 + (nodeCount + baseCount) / 8) {
      return folded(ec, ep);
    }
    HashMap<Integer, Vector<Integer>> eu = extraUp.put(childNode, extraUp.get(childNode).getOrElse(Vector.empty()).append(link));
    HashMap<Integer, Vector<Integer>> ed =
        extraDown.put(parentNode, extraDown.get(parentNode).getOrElse(Vector.empty()).append(link));
    return new LinkTable(nodeCount, child, parent, baseCount, ec, ep, eu, ed, upStart, up, downStart, down);
  }
}
