package org.okr4j.alignment;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveId;

/**
 * The queries and analytics of an {@link AlignmentGraph}, each documented on the graph's public
 * method that delegates here: reachability (ancestors, descendants, impact sets), line of sight,
 * orphans, coverage, bottlenecks and cross-team links. Every walk keeps its own stack or queue in
 * arrays, so nothing recurses, and reads the graph's {@link GraphIndexes}. Stateless.
 */
final class GraphQueries {

  private GraphQueries() {}

  /** Returns the refs of {@code nodes}, in order. */
  static Seq<NodeRef> refs(NodeIndex index, int[] nodes) {
    NodeRef[] out = new NodeRef[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      out[i] = index.ref(nodes[i]);
    }
    return Vector.of(out);
  }

  /** Returns every node, in {@link NodeRef} order. */
  static Seq<NodeRef> nodes(NodeIndex index) {
    int[] rank = index.sortRank();
    NodeRef[] out = new NodeRef[index.nodeCount];
    for (int v = 0; v < index.nodeCount; v++) {
      out[rank[v]] = index.ref(v);
    }
    return Vector.of(out);
  }

  /** Returns the links whose ids are {@code ids}, in order. */
  static Seq<Link> links(Seq<Link> links, int[] ids) {
    return Vector.ofAll(Arrays.stream(ids).mapToObj(links::get));
  }

  /** Returns the nodes reachable from {@code start} (excluded), upward or downward, contributing edges only if asked. */
  static SortedSet<NodeRef> reachable(AlignmentGraph graph, int start, boolean upward, boolean contributingOnly) {
    if (start < 0) {
      return TreeSet.empty();
    }
    NodeIndex index = graph.index();
    GraphIndexes indexes = graph.indexes();
    boolean[] seen = new boolean[index.nodeCount];
    int[] stack = new int[16];
    int top = 0;
    stack[top++] = start;
    seen[start] = true;
    ArrayList<NodeRef> found = new ArrayList<>();
    while (top > 0) {
      int v = stack[--top];
      int[] next;
      if (!upward) {
        next = indexes.childrenOf(v);
      } else if (!contributingOnly) {
        next = indexes.parentsOf(v);
      } else {
        next = indexes.contributingParentsOf(v);
      }
      for (int w : next) {
        if (!seen[w]) {
          seen[w] = true;
          found.add(index.ref(w));
          if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
          }
          stack[top++] = w;
        }
      }
    }
    return TreeSet.ofAll(found);
  }

  /** Returns the top-level objectives, sorted. */
  static SortedSet<ObjectiveId> topLevelObjectives(AlignmentGraph graph) {
    NodeIndex index = graph.index();
    boolean[] top = graph.indexes().reach().top();
    ArrayList<ObjectiveId> out = new ArrayList<>();
    for (int v = 0; v < index.objectiveCount; v++) {
      if (top[v]) {
        out.add(index.objective(v).id());
      }
    }
    return TreeSet.ofAll(out);
  }

  /** Returns at most {@code maxPaths} paths from {@code start} to a top-level objective, depth first. */
  static Seq<Seq<NodeRef>> lineOfSight(AlignmentGraph graph, int start, int maxPaths) {
    if (start < 0 || maxPaths <= 0) {
      return Vector.empty();
    }
    NodeIndex index = graph.index();
    GraphIndexes indexes = graph.indexes();
    GraphIndexes.Reach r = indexes.reach();
    if (!r.reaches()[start]) {
      return Vector.empty();
    }
    ArrayList<Seq<NodeRef>> paths = new ArrayList<>();
    ArrayList<int[]> choices = new ArrayList<>();
    int[] path = new int[16];
    int[] next = new int[16];
    int size = 0;
    path[size] = start;
    next[size] = 0;
    size++;
    choices.add(indexes.parentsOf(start));
    while (size > 0 && paths.size() < maxPaths) {
      int depth = size - 1;
      int v = path[depth];
      if (r.top()[v]) {
        // A top-level objective has no parents: the path ends here and is popped next.
        NodeRef[] refs = new NodeRef[size];
        for (int i = 0; i < size; i++) {
          refs[i] = index.ref(path[i]);
        }
        paths.add(Vector.of(refs));
      }
      int[] options = choices.get(depth);
      int i = next[depth];
      while (i < options.length && !r.reaches()[options[i]]) {
        i++;
      }
      if (i == options.length) {
        size--;
        choices.remove(depth);
        continue;
      }
      next[depth] = i + 1;
      int w = options[i];
      if (size == path.length) {
        path = Arrays.copyOf(path, size * 2);
        next = Arrays.copyOf(next, size * 2);
      }
      path[size] = w;
      next[size] = 0;
      size++;
      choices.add(indexes.parentsOf(w));
    }
    return Vector.ofAll(paths);
  }

  /** Returns the objectives below the top level with no link of their own or of a key result, sorted. */
  static SortedSet<ObjectiveId> orphans(AlignmentGraph graph) {
    NodeIndex index = graph.index();
    LinkTable table = graph.table();
    boolean[] top = graph.indexes().reach().top();
    ArrayList<ObjectiveId> out = new ArrayList<>();
    for (int o = 0; o < index.objectiveCount; o++) {
      if (top[o] || table.upCount(o) > 0) {
        continue;
      }
      boolean linked = false;
      for (int k = index.firstKeyResult(o); k < index.endKeyResult(o) && !linked; k++) {
        linked = table.upCount(k) > 0;
      }
      if (!linked) {
        out.add(index.objective(o).id());
      }
    }
    return TreeSet.ofAll(out);
  }

  /** Returns how the graph covers its top level and how much of the rest is aligned. */
  static Coverage coverage(AlignmentGraph graph) {
    NodeIndex index = graph.index();
    LinkTable table = graph.table();
    GraphIndexes.Reach r = graph.indexes().reach();
    ArrayList<ObjectiveId> top = new ArrayList<>();
    ArrayList<ObjectiveId> uncovered = new ArrayList<>();
    ArrayList<KeyResultId> uncoveredKrs = new ArrayList<>();
    ArrayList<ObjectiveId> unaligned = new ArrayList<>();
    int alignable = 0;
    int aligned = 0;
    for (int o = 0; o < index.objectiveCount; o++) {
      Objective objective = index.objective(o);
      if (r.top()[o]) {
        top.add(objective.id());
        boolean covered = hasContribution(graph, o);
        for (int k = index.firstKeyResult(o); k < index.endKeyResult(o); k++) {
          if (!hasContribution(graph, k)) {
            uncoveredKrs.add(index.keyResult(k).id());
          } else {
            covered = true;
          }
        }
        if (!covered) {
          uncovered.add(objective.id());
        }
        continue;
      }
      alignable++;
      boolean sees = r.reaches()[o];
      for (int k = index.firstKeyResult(o); k < index.endKeyResult(o) && !sees; k++) {
        for (int l : table.up(k)) {
          sees = sees || r.reaches()[table.parentOf(l)];
        }
      }
      if (sees) {
        aligned++;
      } else {
        unaligned.add(objective.id());
      }
    }
    return ImmutableCoverage.of(TreeSet.ofAll(top), TreeSet.ofAll(uncovered), TreeSet.ofAll(uncoveredKrs),
        TreeSet.ofAll(unaligned), alignable, aligned);
  }

  private static boolean hasContribution(AlignmentGraph graph, int v) {
    for (int l : graph.table().down(v)) {
      if (graph.links().get(l).isContributing()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the {@code limit} nodes with the most dependants. Candidates are taken in order of an
   * upper bound (the number of paths into a node), and the search stops once no bound left can beat
   * the results.
   */
  static Seq<Bottleneck> bottlenecks(AlignmentGraph graph, int limit) {
    if (limit <= 0) {
      return Vector.empty();
    }
    NodeIndex index = graph.index();
    GraphIndexes indexes = graph.indexes();
    int n = index.nodeCount;
    int[] sorted = indexes.order().nodes();
    long[] bound = new long[n];
    for (int v : sorted) {
      for (int p : indexes.parentsOf(v)) {
        bound[p] = Math.min(n, bound[p] + 1 + bound[v]);
      }
    }
    int[] rank = index.sortRank();
    int candidates = 0;
    long[] keys = new long[n];
    for (int v = 0; v < n; v++) {
      if (bound[v] > 0) {
        keys[candidates++] = ((n - bound[v]) << 32) | rank[v];
      }
    }
    Arrays.sort(keys, 0, candidates);
    int[] byRank = new int[n];
    for (int v = 0; v < n; v++) {
      byRank[rank[v]] = v;
    }
    // Worst result first: fewest dependants, then latest in NodeRef order.
    Comparator<int[]> worstFirst = Comparator.<int[]>comparingInt(a -> a[1]).thenComparingInt(a -> -rank[a[0]]);
    PriorityQueue<int[]> best = new PriorityQueue<>(worstFirst);
    int[] stamp = new int[n];
    int[] stack = new int[16];
    for (int c = 0; c < candidates; c++) {
      long upper = n - (keys[c] >>> 32);
      if (best.size() == limit && upper < best.peek()[1]) {
        break;
      }
      int v = byRank[(int) keys[c]];
      int count = 0;
      int top = 0;
      stack[top++] = v;
      stamp[v] = c + 1;
      while (top > 0) {
        int x = stack[--top];
        for (int w : indexes.childrenOf(x)) {
          if (stamp[w] != c + 1) {
            stamp[w] = c + 1;
            count++;
            if (top == stack.length) {
              stack = Arrays.copyOf(stack, top * 2);
            }
            stack[top++] = w;
          }
        }
      }
      best.add(new int[] {v, count});
      if (best.size() > limit) {
        best.poll();
      }
    }
    ArrayList<int[]> out = new ArrayList<>(best);
    out.sort(worstFirst.reversed());
    return Vector.ofAll(out).map(a -> (Bottleneck) ImmutableBottleneck.of(index.ref(a[0]), a[1]));
  }

  /** Returns the links whose two ends have different owners, in link order. */
  static Seq<Link> crossTeamLinks(AlignmentGraph graph) {
    NodeIndex index = graph.index();
    LinkTable table = graph.table();
    ArrayList<Link> out = new ArrayList<>();
    for (int l = 0; l < table.count(); l++) {
      if (!index.owner(table.childOf(l)).equals(index.owner(table.parentOf(l)))) {
        out.add(graph.links().get(l));
      }
    }
    return Vector.ofAll(out);
  }
}
