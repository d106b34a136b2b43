package org.okr4j.alignment;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.Cycle;
import org.okr4j.model.Level;
import org.okr4j.validation.AlignmentError;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * Builds alignment graphs: judges links against the set and the {@link AlignmentPolicy}, turns the
 * accepted ones into an edge list and then CSR adjacency ({@link LinkTable}), and orders the nodes
 * with Kahn's algorithm ({@link TopologicalSort}), which also finds and breaks loops.
 *
 * <p><b>Many links at once</b> ({@link #build}). One pass over the input judges each link as if the
 * links were added one by one: missing, unknown ends, link to itself, repeated edge (a primitive
 * hash set of child-parent pairs), then the policy, whose parent rule counts only the links accepted
 * so far (per-node counters in {@code int} arrays). The accepted links form the edge list; a loop
 * among them is found by the sort, not per link, and reported at its latest link in input order. No
 * map of boxed ids is touched: ids are resolved through the {@link NodeIndex}'s primitive id table.
 *
 * <p><b>One link</b> ({@link #link}). The same checks in the same order, then a search upward from
 * the new parent for the new child (breadth-first, visiting only ancestors), skipped when the known
 * topological order already proves the link safe.
 *
 * <p>Stateless.
 */
final class GraphBuilder {

  /** Where links are reported: {@code /links/i}. */
  static final OkrPath LINKS = OkrPath.of("links");

  private GraphBuilder() {}

  /** Judges {@code input} in order and builds the graph, or returns every problem sorted by path. */
  static Validation<Seq<OkrError>, AlignmentGraph> build(NodeIndex index, AlignmentPolicy policy,
      ArrayList<@Nullable Link> input) {
    int n = index.nodeCount;
    int m = input.size();
    ArrayList<OkrError> errors = new ArrayList<>();
    int[] child = new int[m];
    int[] parent = new int[m];
    int[] source = new int[m];
    int accepted = 0;
    int[] upCount = new int[n];
    int[] contributingCount = new int[n];
    int[] firstParent = new int[n];
    int[] firstContributing = new int[n];
    // The child-parent pairs of children with two accepted links or more; a child's first accepted
    // parent is in firstParent, so most children (one parent) never touch the set.
    @Nullable PairSet pairs = null;
    Rules rules = new Rules(index, policy);
    for (int i = 0; i < m; i++) {
      Link link = input.get(i);
      if (link == null) {
        errors.add(new AlignmentError.MissingLink(LINKS.index(i)));
        continue;
      }
      int c = index.indexOf(link.child());
      int p = index.indexOf(link.parent());
      if (c < 0) {
        errors.add(new AlignmentError.UnknownNode(LINKS.index(i).key("child"), link.child().toString()));
      }
      if (p < 0) {
        errors.add(new AlignmentError.UnknownNode(LINKS.index(i).key("parent"), link.parent().toString()));
      }
      if (c < 0 || p < 0) {
        continue;
      }
      if (c == p) {
        errors.add(selfLoop(index, LINKS.index(i), c));
        continue;
      }
      int ups = upCount[c];
      if (isStructural(index, c, p) || ups == 1 && firstParent[c] == p || ups > 1 && pairs.contains(pair(c, p))) {
        errors.add(duplicate(index, LINKS.index(i), c, p));
        continue;
      }
      if (!rules.allow(c, p, link.kind(), upCount[c], contributingCount[c])) {
        errors.addAll(rules.errors(c, p, link.kind(), upCount[c], contributingCount[c],
            upCount[c] == 0 ? -1 : firstParent[c], contributingCount[c] == 0 ? -1 : firstContributing[c], i));
        continue;
      }
      if (ups > 0) {
        if (pairs == null) {
          pairs = new PairSet(m);
        }
        if (ups == 1) {
          pairs.add(pair(c, firstParent[c]));
        }
        pairs.add(pair(c, p));
      }
      if (upCount[c] == 0) {
        firstParent[c] = p;
      }
      upCount[c]++;
      if (link.isContributing()) {
        if (contributingCount[c] == 0) {
          firstContributing[c] = p;
        }
        contributingCount[c]++;
      }
      child[accepted] = c;
      parent[accepted] = p;
      source[accepted] = i;
      accepted++;
    }
    LinkTable table = LinkTable.of(n, child, parent, accepted);
    int[] sorted = TopologicalSort.sort(index, table, source, errors);
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(OkrError::path));
      return Validation.invalid(List.ofAll(errors));
    }
    return Validation.valid(new AlignmentGraph(index, policy, Vector.ofAll(input), table,
        GraphIndexes.Order.of(sorted)));
  }

  /** Returns {@code graph} with one more link, or the first reason it is refused. */
  static Either<AlignmentError, AlignmentGraph> link(AlignmentGraph graph, @Nullable Link link) {
    NodeIndex index = graph.index();
    LinkTable table = graph.table();
    Seq<Link> links = graph.links();
    OkrPath at = LINKS.index(links.size());
    if (link == null) {
      return Either.left(new AlignmentError.MissingLink(at));
    }
    int c = index.indexOf(link.child());
    if (c < 0) {
      return Either.left(new AlignmentError.UnknownNode(at.key("child"), link.child().toString()));
    }
    int p = index.indexOf(link.parent());
    if (p < 0) {
      return Either.left(new AlignmentError.UnknownNode(at.key("parent"), link.parent().toString()));
    }
    if (c == p) {
      return Either.left(selfLoop(index, at, c));
    }
    if (isEdge(index, table, c, p)) {
      return Either.left(duplicate(index, at, c, p));
    }
    int[] ups = table.up(c);
    int contributing = 0;
    int firstContributing = -1;
    for (int l : ups) {
      if (links.get(l).isContributing()) {
        contributing++;
        firstContributing = firstContributing < 0 ? table.parentOf(l) : firstContributing;
      }
    }
    Rules rules = new Rules(index, graph.policy());
    if (!rules.allow(c, p, link.kind(), ups.length, contributing)) {
      return Either.left(rules.errors(c, p, link.kind(), ups.length, contributing,
          ups.length == 0 ? -1 : table.parentOf(ups[0]), firstContributing, links.size()).get(0));
    }
    GraphIndexes.@Nullable Order known = graph.indexes().knownOrder();
    int[] path = known != null && known.position()[c] < known.position()[p] ? null
        : upwardPath(graph.indexes(), p, c);
    if (path != null) {
      Vector<String> loop = Vector.of(index.ref(c).toString());
      for (int v : path) {
        loop = loop.append(index.ref(v).toString());
      }
      return Either.left(new AlignmentError.CyclicLink(at, loop));
    }
    GraphIndexes.Order kept = known != null && known.position()[c] < known.position()[p] ? known : null;
    return Either.right(new AlignmentGraph(index, graph.policy(), graph.linkVector().append(link),
        table.with(c, p), kept));
  }

  /** Returns a path {@code from → … → to} along parent edges, or {@code null} if there is none. */
  private static int @Nullable [] upwardPath(GraphIndexes indexes, int from, int to) {
    HashMap<Integer, Integer> previous = new HashMap<>();
    previous.put(from, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    while (!queue.isEmpty()) {
      int v = queue.poll();
      if (v == to) {
        ArrayList<Integer> path = new ArrayList<>();
        for (int at = v; at >= 0; at = previous.get(at)) {
          path.add(at);
        }
        int[] out = new int[path.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = path.get(out.length - 1 - i);
        }
        return out;
      }
      for (int p : indexes.parentsOf(v)) {
        if (!previous.containsKey(p)) {
          previous.put(p, v);
          queue.add(p);
        }
      }
    }
    return null;
  }

  private static long pair(int child, int parent) {
    return ((long) child << 32) | (parent & 0xffffffffL);
  }

  /** Tells whether {@code c → p} is a key result's edge to its own objective. */
  private static boolean isStructural(NodeIndex index, int c, int p) {
    return !index.isObjective(c) && index.objectiveNodeOf(c) == p;
  }

  private static boolean isEdge(NodeIndex index, LinkTable table, int c, int p) {
    if (isStructural(index, c, p)) {
      return true;
    }
    if (table.upCount(c) <= table.downCount(p)) {
      for (int l : table.up(c)) {
        if (table.parentOf(l) == p) {
          return true;
        }
      }
      return false;
    }
    for (int l : table.down(p)) {
      if (table.childOf(l) == c) {
        return true;
      }
    }
    return false;
  }

  private static AlignmentError selfLoop(NodeIndex index, OkrPath at, int node) {
    String ref = index.ref(node).toString();
    return new AlignmentError.CyclicLink(at, List.of(ref, ref));
  }

  private static AlignmentError duplicate(NodeIndex index, OkrPath at, int c, int p) {
    return new AlignmentError.DuplicateLink(at, index.ref(c).toString(), index.ref(p).toString());
  }

  /**
   * The policy's three rules for one graph's nodes. {@link #allow} is the fast test; it remembers
   * the cycle rule's verdict for the last pair of cycles asked about, as most links join objectives
   * of one cycle and the rule compares ids and dates. {@link #errors} spells out the reasons.
   * Confined to one build.
   */
  private static final class Rules {
    private final NodeIndex index;
    private final AlignmentPolicy policy;
    private int lastChildCycle = -1;
    private int lastParentCycle = -1;
    private boolean lastVerdict;

    Rules(NodeIndex index, AlignmentPolicy policy) {
      this.index = index;
      this.policy = policy;
    }

    /** Tells whether the policy allows {@code c → p} given the links {@code c} already has. */
    boolean allow(int c, int p, LinkKind kind, int links, int contributing) {
      return policy.parents().allows(links, contributing, kind)
          && policy.levels().allows(index.level(c), index.level(p)) && cyclesAllow(c, p);
    }

    private boolean cyclesAllow(int c, int p) {
      int cc = index.cycleNumber(c);
      int pc = index.cycleNumber(p);
      if (cc != lastChildCycle || pc != lastParentCycle) {
        lastChildCycle = cc;
        lastParentCycle = pc;
        lastVerdict = cyclesAllowNow(c, p);
      }
      return lastVerdict;
    }

    private boolean cyclesAllowNow(int c, int p) {
      return policy.cycles().allows(index.cycle(c), index.cycle(p), index.cycleAncestors(index.cycleNumber(c)));
    }

    /** Returns every rule {@code c → p} breaks, in the order parents, levels, cycles. */
    ArrayList<AlignmentError> errors(int c, int p, LinkKind kind, int links, int contributing, int firstParent,
        int firstContributing, int at) {
      ArrayList<AlignmentError> errors = new ArrayList<>(3);
      if (!policy.parents().allows(links, contributing, kind)) {
        // SINGLE: the first parent of any kind; SINGLE_CONTRIBUTING: the contributing one.
        int existing = policy.parents() == AlignmentPolicy.ParentRule.SINGLE ? firstParent : firstContributing;
        errors.add(new AlignmentError.TooManyParents(LINKS.index(at), index.ref(c).toString(),
            index.ref(existing).toString()));
      }
      Level cl = index.level(c);
      Level pl = index.level(p);
      if (!policy.levels().allows(cl, pl)) {
        errors.add(new AlignmentError.LevelStep(LINKS.index(at), cl.name() + " (" + cl.rank() + ")", pl.name() + " ("
            + pl.rank() + ")", policy.levels().name()));
      }
      if (!cyclesAllowNow(c, p)) {
        Cycle cc = index.cycle(c);
        Cycle pc = index.cycle(p);
        errors.add(new AlignmentError.CrossCycle(LINKS.index(at), cc.id().value(), pc.id().value(),
            policy.cycles().name()));
      }
      return errors;
    }
  }

  /**
   * A set of at most {@code capacity} child-parent pairs packed in {@code long}s: open addressing
   * with linear probing over a power-of-two array at most half full, 0 marking an empty slot (no
   * pair packs to 0, as a link's ends differ). Confined to one build.
   */
  private static final class PairSet {
    private final long[] slots;

    PairSet(int capacity) {
      slots = new long[Integer.highestOneBit(Math.max(8, capacity * 2 - 1)) * 2];
    }

    private int slot(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & (slots.length - 1);
    }

    boolean contains(long key) {
      for (int at = slot(key); slots[at] != 0; at = (at + 1) & (slots.length - 1)) {
        if (slots[at] == key) {
          return true;
        }
      }
      return false;
    }

    /** Adds {@code key}, which is not in the set. */
    void add(long key) {
      int at = slot(key);
      while (slots[at] != 0) {
        at = (at + 1) & (slots.length - 1);
      }
      slots[at] = key;
    }
  }
}
