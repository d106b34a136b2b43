package org.okr4j.alignment;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Level;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.validation.AlignmentError;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * The alignment of an {@link OkrSet}: a directed acyclic graph whose nodes are its objectives and
 * key results and whose edges go from a child (the contributor) to the parent it aligns to.
 *
 * <p>Two kinds of edge make up the graph:
 * <ul>
 *   <li>every key result is a child of the objective that holds it (from the model; it always counts
 *       toward it, with the key result's weight), and</li>
 *   <li>{@link Link alignment links}: objective → objective, objective → key result, key result →
 *       key result (cascade) and key result → another objective. A link
 *       {@link LinkKind#CONTRIBUTES contributes} to the parent's progress with a weight or only
 *       {@link LinkKind#SUPPORTS supports} it.</li>
 * </ul>
 * A link is accepted only if both ends are in the set, it repeats no edge, it closes no loop and the
 * {@link AlignmentPolicy} allows it. {@link #link(Link)} adds one link and returns the single reason
 * it was refused; {@link #build(OkrSet, AlignmentPolicy, Iterable)} checks many links at once and
 * returns every problem, each at {@code /links/i}.
 *
 * <pre>{@code
 * AlignmentGraph graph = AlignmentGraph.of(set)
 *     .link(Link.contributes(NodeRef.keyResult("kr-leads"), NodeRef.objective("o-conversion")))
 *     .get();
 * graph.lineOfSight(NodeRef.keyResult("kr-leads"));
 * // [[key-result:kr-leads, objective:o-conversion], [key-result:kr-leads, objective:o-leads, ...]]
 * }</pre>
 *
 * <p><b>Top level, line of sight, orphans.</b> A <em>top-level</em> objective has no alignment link
 * of its own and sits at the highest level (smallest {@link Level#rank() rank}) of the set's
 * objectives. A node's <em>line of sight</em> is every path from it, along edges of either kind, to
 * a top-level objective. An <em>orphan</em> is an objective below the top level such that neither it
 * nor any of its key results has a link.
 *
 * <p><b>Queries on unknown nodes.</b> Queries take a {@link NodeRef}; for a {@code null} reference or
 * one that is not in the set they return an empty result. Use {@link #contains(NodeRef)} to tell the
 * two apart.
 *
 * <p><b>Scale.</b> Nodes are numbered densely and edges kept in compact integer arrays; building,
 * checking and every whole-graph query take time linear in nodes plus links, and no operation
 * recurses, so chains of any depth are safe. Adding one link costs amortized O(1) beyond its loop
 * check, which visits only the ancestors of the new parent. The graph is persistent: a graph with
 * one more link shares the set, the node index and most of the edge arrays with this one.
 *
 * <p>Immutable and thread-safe. Derived indexes (a topological order, the reach of the top level)
 * are computed on first use and cached.
 */
public final class AlignmentGraph {

  private static final OkrPath LINKS = OkrPath.of("links");

  private final NodeIndex index;
  private final AlignmentPolicy policy;
  private final Vector<Link> links;
  private final LinkTable table;
  private volatile @Nullable Order order;
  private volatile @Nullable Reach reach;

  /** A topological order of the nodes, children before parents, and each node's position in it. */
  private record Order(int[] nodes, int[] position) {}

  /** Which nodes reach a top-level objective; which nodes are top-level objectives. */
  private record Reach(boolean[] reaches, boolean[] top) {}

  private AlignmentGraph(NodeIndex index, AlignmentPolicy policy, Vector<Link> links, LinkTable table,
      @Nullable Order order) {
    this.index = index;
    this.policy = policy;
    this.links = links;
    this.table = table;
    this.order = order;
  }

  /**
   * Returns this graph over {@code after}, the set after a check-in on a key result of objective
   * {@code objectiveNode}: the same nodes and links, so every structure is shared.
   */
  AlignmentGraph afterCheckIn(OkrSet after, int objectiveNode) {
    AlignmentGraph g = new AlignmentGraph(index.afterCheckIn(after, objectiveNode), policy, links, table, order);
    g.reach = reach;
    return g;
  }

  // ---------------------------------------------------------------------------------------------
  // Construction

  /**
   * Returns the graph of {@code set} with no links, under the {@link AlignmentPolicy#defaults()
   * default policy}.
   *
   * @param set the objectives and key results
   * @return the graph
   * @throws OkrException if {@code set} is {@code null}
   */
  public static AlignmentGraph of(OkrSet set) {
    return of(set, AlignmentPolicy.defaults());
  }

  /**
   * Returns the graph of {@code set} with no links, under {@code policy}.
   *
   * @param set the objectives and key results
   * @param policy which links the graph accepts
   * @return the graph
   * @throws OkrException if an argument is {@code null}
   */
  public static AlignmentGraph of(OkrSet set, AlignmentPolicy policy) {
    return buildOrThrow(set, policy, List.empty());
  }

  /**
   * Checks {@code links} against {@code set} and {@code policy} and builds the graph, reporting every
   * problem at once. Links are judged in order, as if added one by one, except loops: every link
   * that is refused for another reason is left out, then loops among the remaining links are found
   * in one pass and each is reported once, at the latest of its links in input order (the loop named
   * starts at that link's child). A link refused for one reason is not judged again for another;
   * the policy's reasons are all reported. A refused link takes no parent's place under the
   * {@link AlignmentPolicy.ParentRule parent rule}: a later link from the same child is judged as if
   * the refused one were absent.
   *
   * <p>Errors: {@code okr.required} at {@code /set}, {@code /policy} or {@code /links};
   * {@code okr.alignment.missing-link} at {@code /links/i}; {@code okr.alignment.unknown-node} at
   * {@code /links/i/child} or {@code /links/i/parent}; {@code okr.alignment.duplicate-link},
   * {@code okr.alignment.cycle}, {@code okr.alignment.too-many-parents},
   * {@code okr.alignment.level-step} and {@code okr.alignment.cross-cycle} at {@code /links/i};
   * sorted by path.
   *
   * @param set the objectives and key results, may be {@code null}
   * @param policy which links the graph accepts, may be {@code null}
   * @param links the links in order, may be {@code null} or hold {@code null}s
   * @return the graph, or every problem
   */
  public static Validation<Seq<OkrError>, AlignmentGraph> build(
      @Nullable OkrSet set, @Nullable AlignmentPolicy policy, @Nullable Iterable<Link> links) {
    Problems problems = new Problems();
    problems.present(set, OkrPath.of("set"));
    problems.present(policy, OkrPath.of("policy"));
    problems.present(links, LINKS);
    if (!problems.isEmpty()) {
      return Validation.invalid(problems.errors());
    }
    ArrayList<@Nullable Link> all = new ArrayList<>();
    links.forEach(all::add);
    return assemble(NodeIndex.of(set), policy, all);
  }

  /**
   * Builds the graph or throws; see {@link #build(OkrSet, AlignmentPolicy, Iterable)}.
   *
   * @param set the objectives and key results
   * @param policy which links the graph accepts
   * @param links the links in order
   * @return the graph
   * @throws OkrException with every problem, if any
   */
  public static AlignmentGraph buildOrThrow(OkrSet set, AlignmentPolicy policy, Iterable<Link> links) {
    return OkrException.getOrThrow(build(set, policy, links));
  }

  /**
   * Returns this graph with more links, checked all at once as by
   * {@link #build(OkrSet, AlignmentPolicy, Iterable)}; the paths of problems count on from this
   * graph's links, so the first new link is at {@code /links/n} for a graph of {@code n} links.
   *
   * @param more the links to add, may be {@code null} or hold {@code null}s
   * @return the larger graph, or every problem
   */
  public Validation<Seq<OkrError>, AlignmentGraph> linkAll(@Nullable Iterable<Link> more) {
    if (more == null) {
      return Validation.invalid(List.of(new OkrError.Required(LINKS)));
    }
    ArrayList<@Nullable Link> all = new ArrayList<>(links.size() + 16);
    links.forEach(all::add);
    more.forEach(all::add);
    return assemble(index, policy, all);
  }

  /**
   * Returns this graph with one more link, or the reason it cannot be added, checked in this order:
   * missing link, unknown child, unknown parent, link to itself ({@code okr.alignment.cycle} with
   * the loop {@code [x, x]}), repeated edge, the policy's parent, level and cycle rules, and a loop
   * through existing edges. The error's path is {@code /links/n}, where {@code n} is the index the
   * link would have had in {@link #links()}.
   *
   * <p>A link from {@code child} to {@code parent} closes a loop exactly when {@code child} is
   * {@code parent} or one of its {@link #ancestors(NodeRef) ancestors}; the error then names the
   * loop {@code child → parent → … → child}.
   *
   * @param link the link, may be {@code null}
   * @return the new graph, or the first problem
   */
  public Either<AlignmentError, AlignmentGraph> link(@Nullable Link link) {
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
    if (isEdge(c, p)) {
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
    ArrayList<AlignmentError> violations = policyErrors(index, policy, c, p, link.kind(), ups.length, contributing,
        ups.length == 0 ? -1 : table.parentOf(ups[0]), firstContributing, links.size());
    if (!violations.isEmpty()) {
      return Either.left(violations.get(0));
    }
    int[] path = upwardPath(p, c);
    if (path != null) {
      Vector<String> loop = Vector.of(index.ref(c).toString());
      for (int v : path) {
        loop = loop.append(index.ref(v).toString());
      }
      return Either.left(new AlignmentError.CyclicLink(at, loop));
    }
    Order known = order;
    Order kept = known != null && known.position()[c] < known.position()[p] ? known : null;
    return Either.right(new AlignmentGraph(index, policy, links.append(link), table.with(c, p), kept));
  }

  private static Validation<Seq<OkrError>, AlignmentGraph> assemble(
      NodeIndex index, AlignmentPolicy policy, ArrayList<@Nullable Link> input) {
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
    HashSet<Long> pairs = new HashSet<>();
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
      long key = pair(c, p);
      if (isStructural(index, c, p) || !pairs.add(key)) {
        errors.add(duplicate(index, LINKS.index(i), c, p));
        continue;
      }
      ArrayList<AlignmentError> violations = policyErrors(index, policy, c, p, link.kind(), upCount[c],
          contributingCount[c], upCount[c] == 0 ? -1 : firstParent[c],
          contributingCount[c] == 0 ? -1 : firstContributing[c], i);
      if (!violations.isEmpty()) {
        pairs.remove(key);
        errors.addAll(violations);
        continue;
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
    int[] sorted = sortOrBreakLoops(index, table, source, errors);
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(OkrError::path));
      return Validation.invalid(List.ofAll(errors));
    }
    return Validation.valid(new AlignmentGraph(index, policy, Vector.ofAll(input), table, order(sorted)));
  }

  private static long pair(int child, int parent) {
    return ((long) child << 32) | (parent & 0xffffffffL);
  }

  private static boolean isStructural(NodeIndex index, int c, int p) {
    return !index.isObjective(c) && index.objectiveNodeOf(c) == p;
  }

  private boolean isEdge(int c, int p) {
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

  private static ArrayList<AlignmentError> policyErrors(NodeIndex index, AlignmentPolicy policy, int c, int p,
      LinkKind kind, int links, int contributing, int firstParent, int firstContributing, int at) {
    ArrayList<AlignmentError> errors = new ArrayList<>(0);
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
    Cycle cc = index.cycle(c);
    Cycle pc = index.cycle(p);
    if (!policy.cycles().allows(cc, pc, index.cycleAncestors(cc))) {
      errors.add(new AlignmentError.CrossCycle(LINKS.index(at), cc.id().value(), pc.id().value(),
          policy.cycles().name()));
    }
    return errors;
  }

  /**
   * Sorts the nodes topologically (Kahn's algorithm, children before parents). If links form loops,
   * breaks each loop found at its latest link in input order, reporting it, until the rest sorts.
   */
  private static int[] sortOrBreakLoops(NodeIndex index, LinkTable table, int[] source, ArrayList<OkrError> errors) {
    int n = index.nodeCount;
    int[] pending = new int[n];
    for (int v = 0; v < n; v++) {
      pending[v] = (index.isObjective(v) ? index.endKeyResult(v) - index.firstKeyResult(v) : 0) + table.downCount(v);
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
    boolean[] removed = new boolean[table.count()];
    int[] mark = new int[n];
    int[] position = new int[n];
    int walk = 0;
    int scan = 0;
    while (true) {
      while (head < tail) {
        int v = queue[head++];
        done[v] = true;
        if (!index.isObjective(v)) {
          int o = index.objectiveNodeOf(v);
          if (--pending[o] == 0) {
            queue[tail++] = o;
          }
        }
        for (int l : table.up(v)) {
          if (!removed[l]) {
            int p = table.parentOf(l);
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
      // Every node left has a child left: walk down children until a node repeats.
      walk++;
      ArrayList<Integer> nodes = new ArrayList<>();
      ArrayList<Integer> edges = new ArrayList<>();
      int x = scan;
      while (mark[x] != walk) {
        mark[x] = walk;
        position[x] = nodes.size();
        nodes.add(x);
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
          for (int l : table.down(x)) {
            if (!removed[l] && !done[table.childOf(l)]) {
              next = table.childOf(l);
              via = l;
              break;
            }
          }
        }
        edges.add(via);
        x = next;
      }
      int start = position[x];
      int size = nodes.size() - start;
      int best = -1;
      for (int i = start; i < nodes.size(); i++) {
        int l = edges.get(i);
        if (l >= 0 && (best < 0 || source[l] > source[edges.get(best)])) {
          best = i;
        }
      }
      int link = edges.get(best);
      removed[link] = true;
      int p = table.parentOf(link);
      if (--pending[p] == 0) {
        queue[tail++] = p;
      }
      // The loop upward from the link's child: child, parent (= nodes[best]), then up the walk.
      int b = best - start;
      Vector<String> loop = Vector.empty();
      for (int j = 0; j <= size; j++) {
        int at = Math.floorMod(b + 1 - j, size);
        loop = loop.append(index.ref(nodes.get(start + at)).toString());
      }
      errors.add(new AlignmentError.CyclicLink(LINKS.index(source[link]), loop));
    }
  }

  private static Order order(int[] sorted) {
    int[] position = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      position[sorted[i]] = i;
    }
    return new Order(sorted, position);
  }

  // ---------------------------------------------------------------------------------------------
  // Derived indexes

  private Order order() {
    Order known = order;
    if (known == null) {
      ArrayList<OkrError> none = new ArrayList<>();
      known = order(sortOrBreakLoops(index, table, new int[table.count()], none));
      order = known;
    }
    return known;
  }

  private Reach reach() {
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
  private int[] parentsOf(int v) {
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
  private int[] childrenOf(int v) {
    int[] downs = table.down(v);
    int first = index.isObjective(v) ? index.firstKeyResult(v) : 0;
    int krs = index.isObjective(v) ? index.endKeyResult(v) - first : 0;
    int[] out = new int[krs + downs.length];
    for (int i = 0; i < krs; i++) {
      out[i] = first + i;
    }
    for (int i = 0; i < downs.length; i++) {
      out[krs + i] = table.childOf(downs[i]);
    }
    return out;
  }

  /** Returns a path {@code from → … → to} along parent edges, or {@code null} if there is none. */
  private int @Nullable [] upwardPath(int from, int to) {
    Order known = order;
    if (known != null && known.position()[to] < known.position()[from]) {
      return null;
    }
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
      for (int p : parentsOf(v)) {
        if (!previous.containsKey(p)) {
          previous.put(p, v);
          queue.add(p);
        }
      }
    }
    return null;
  }

  /** Returns the nodes reachable from {@code start} (excluded), upward or downward, contributing edges only if asked. */
  private SortedSet<NodeRef> reachable(int start, boolean upward, boolean contributingOnly) {
    if (start < 0) {
      return TreeSet.empty();
    }
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
        next = childrenOf(v);
      } else if (!contributingOnly) {
        next = parentsOf(v);
      } else {
        next = contributingParentsOf(v);
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

  private int[] contributingParentsOf(int v) {
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

  // ---------------------------------------------------------------------------------------------
  // Accessors

  /**
   * Returns the objectives and key results the graph is over.
   *
   * @return the set
   */
  public OkrSet set() {
    return index.set;
  }

  /**
   * Returns the policy that every link was checked against.
   *
   * @return the policy
   */
  public AlignmentPolicy policy() {
    return policy;
  }

  /**
   * Returns the alignment links in the order they were added (not the key results' relation to
   * their objectives, which comes from the model).
   *
   * @return the links
   */
  public Seq<Link> links() {
    return links;
  }

  /**
   * Returns the number of nodes: objectives plus key results.
   *
   * @return the node count
   */
  public int nodeCount() {
    return index.nodeCount;
  }

  /**
   * Returns every node, in {@link NodeRef} order.
   *
   * @return the nodes
   */
  public Seq<NodeRef> nodes() {
    int[] rank = index.sortRank();
    NodeRef[] out = new NodeRef[index.nodeCount];
    for (int v = 0; v < index.nodeCount; v++) {
      out[rank[v]] = index.ref(v);
    }
    return Vector.of(out);
  }

  /**
   * Tells whether {@code node} is an objective or key result of the set.
   *
   * @param node the node, may be {@code null}
   * @return {@code true} if it is in the graph
   */
  public boolean contains(@Nullable NodeRef node) {
    return index.indexOf(node) >= 0;
  }

  /**
   * Returns the owner of a node: an objective's owner, or a key result's own owner or else its
   * objective's.
   *
   * @param node the node, may be {@code null}
   * @return the owner, or empty if the node is not in the graph
   */
  public Option<OwnerRef> ownerOf(@Nullable NodeRef node) {
    int v = index.indexOf(node);
    return v < 0 ? Option.none() : Option.some(index.owner(v));
  }

  // ---------------------------------------------------------------------------------------------
  // Queries

  /**
   * Returns the direct parents of a node: for a key result, the objective that holds it first; then
   * the parents of its links, in link order.
   *
   * @param node the node, may be {@code null}
   * @return the parents, empty for an unknown node
   */
  public Seq<NodeRef> parents(@Nullable NodeRef node) {
    int v = index.indexOf(node);
    return v < 0 ? Vector.empty() : refs(parentsOf(v));
  }

  /**
   * Returns the direct children of a node: for an objective, its key results first, in order; then
   * the children of links to it, in link order.
   *
   * @param node the node, may be {@code null}
   * @return the children, empty for an unknown node
   */
  public Seq<NodeRef> children(@Nullable NodeRef node) {
    int v = index.indexOf(node);
    return v < 0 ? Vector.empty() : refs(childrenOf(v));
  }

  /**
   * Returns the links from a node (it is their child), in link order.
   *
   * @param node the node, may be {@code null}
   * @return the links, empty for an unknown node
   */
  public Seq<Link> linksFrom(@Nullable NodeRef node) {
    int v = index.indexOf(node);
    return v < 0 ? Vector.empty() : Vector.ofAll(Arrays.stream(table.up(v)).mapToObj(links::get));
  }

  /**
   * Returns the links to a node (it is their parent), in link order.
   *
   * @param node the node, may be {@code null}
   * @return the links, empty for an unknown node
   */
  public Seq<Link> linksTo(@Nullable NodeRef node) {
    int v = index.indexOf(node);
    return v < 0 ? Vector.empty() : Vector.ofAll(Arrays.stream(table.down(v)).mapToObj(links::get));
  }

  /**
   * Returns every node a node reaches upward, along edges of either kind: what it contributes to or
   * supports, directly or not.
   *
   * @param node the node, may be {@code null}
   * @return the ancestors, without the node itself; empty for an unknown node
   */
  public SortedSet<NodeRef> ancestors(@Nullable NodeRef node) {
    return reachable(index.indexOf(node), true, false);
  }

  /**
   * Returns every node that reaches a node upward: its key results and everything aligned to it,
   * directly or not.
   *
   * @param node the node, may be {@code null}
   * @return the descendants, without the node itself; empty for an unknown node
   */
  public SortedSet<NodeRef> descendants(@Nullable NodeRef node) {
    return reachable(index.indexOf(node), false, false);
  }

  /**
   * Returns what moves if a node moves: every ancestor reached through contributing edges only (a key
   * result's own objective, contributing links), not through supporting links. A contribution with
   * weight 0 is followed too, since whether it moves its parent depends on the roll-up rule.
   *
   * @param node the node, usually a key result; may be {@code null}
   * @return the impact set, without the node itself; empty for an unknown node
   */
  public SortedSet<NodeRef> impactSet(@Nullable NodeRef node) {
    return reachable(index.indexOf(node), true, true);
  }

  /**
   * Returns the top-level objectives: those with no alignment link of their own at the highest level
   * (smallest rank) of the set's objectives.
   *
   * @return their ids, sorted
   */
  public SortedSet<ObjectiveId> topLevelObjectives() {
    boolean[] top = reach().top();
    ArrayList<ObjectiveId> out = new ArrayList<>();
    for (int v = 0; v < index.objectiveCount; v++) {
      if (top[v]) {
        out.add(index.objective(v).id());
      }
    }
    return TreeSet.ofAll(out);
  }

  /**
   * Tells whether a node has a line of sight: a path to a top-level objective (a top-level objective
   * has one, the path of itself alone).
   *
   * @param node the node, may be {@code null}
   * @return {@code true} if it reaches the top level
   */
  public boolean hasLineOfSight(@Nullable NodeRef node) {
    int v = index.indexOf(node);
    return v >= 0 && reach().reaches()[v];
  }

  /**
   * Returns every path from a node to a top-level objective, along edges of either kind: who the
   * owner works for. Each path starts with the node and ends with a top-level objective. Paths come
   * in depth-first order, parents visited as {@link #parents(NodeRef)} lists them.
   *
   * <p>The number of paths can grow exponentially with shared ancestors (diamonds); use
   * {@link #lineOfSight(NodeRef, int)} to bound it.
   *
   * @param node the node, may be {@code null}
   * @return the paths; empty if the node has no line of sight or is unknown
   */
  public Seq<Seq<NodeRef>> lineOfSight(@Nullable NodeRef node) {
    return lineOfSight(node, Integer.MAX_VALUE);
  }

  /**
   * Returns at most {@code maxPaths} paths from a node to a top-level objective, the first ones of
   * {@link #lineOfSight(NodeRef)}. Only branches that reach the top are explored, so the time is
   * linear in the size of the paths returned.
   *
   * @param node the node, may be {@code null}
   * @param maxPaths the most paths to return; none if not positive
   * @return the paths
   */
  public Seq<Seq<NodeRef>> lineOfSight(@Nullable NodeRef node, int maxPaths) {
    int start = index.indexOf(node);
    if (start < 0 || maxPaths <= 0) {
      return Vector.empty();
    }
    Reach r = reach();
    if (!r.reaches()[start]) {
      return Vector.empty();
    }
    ArrayList<Seq<NodeRef>> paths = new ArrayList<>();
    ArrayList<int[]> choices = new ArrayList<>();
    ArrayList<Integer> path = new ArrayList<>();
    int[] next = new int[16];
    path.add(start);
    choices.add(parentsOf(start));
    next[0] = 0;
    while (!path.isEmpty() && paths.size() < maxPaths) {
      int depth = path.size() - 1;
      int v = path.get(depth);
      if (r.top()[v]) {
        // A top-level objective has no parents: the path ends here and is popped next.
        NodeRef[] refs = new NodeRef[path.size()];
        for (int i = 0; i < refs.length; i++) {
          refs[i] = index.ref(path.get(i));
        }
        paths.add(Vector.of(refs));
      }
      int[] options = choices.get(depth);
      int i = next[depth];
      while (i < options.length && !r.reaches()[options[i]]) {
        i++;
      }
      if (i == options.length) {
        path.remove(depth);
        choices.remove(depth);
        continue;
      }
      next[depth] = i + 1;
      int w = options[i];
      if (path.size() == next.length) {
        next = Arrays.copyOf(next, next.length * 2);
      }
      next[path.size()] = 0;
      path.add(w);
      choices.add(parentsOf(w));
    }
    return Vector.ofAll(paths);
  }

  /**
   * Returns the objectives below the top level that have no link, neither of their own nor from one
   * of their key results.
   *
   * @return their ids, sorted
   */
  public SortedSet<ObjectiveId> orphans() {
    boolean[] top = reach().top();
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

  /**
   * Returns how the graph covers its top level and how much of the rest is aligned; see
   * {@link Coverage}.
   *
   * @return the coverage
   */
  public Coverage coverage() {
    Reach r = reach();
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
        boolean covered = hasContribution(o);
        for (int k = index.firstKeyResult(o); k < index.endKeyResult(o); k++) {
          if (!hasContribution(k)) {
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

  private boolean hasContribution(int v) {
    for (int l : table.down(v)) {
      if (links.get(l).isContributing()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the nodes with the most dependants (descendants: everything that contributes to or
   * supports them, directly or not, each counted once), most first, ties in {@link NodeRef} order.
   * Nodes without dependants are left out.
   *
   * <p>Exact counts come from one walk per candidate; candidates are taken in order of an upper
   * bound (the number of paths into a node, which equals the count when no two paths share a node),
   * and the search stops as soon as no remaining bound can beat the results. On a tree that is
   * {@code limit} walks.
   *
   * @param limit the most nodes to return; none if not positive
   * @return the nodes and their counts
   */
  public Seq<Bottleneck> bottlenecks(int limit) {
    if (limit <= 0) {
      return Vector.empty();
    }
    int n = index.nodeCount;
    int[] sorted = order().nodes();
    long[] bound = new long[n];
    for (int v : sorted) {
      for (int p : parentsOf(v)) {
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
        for (int w : childrenOf(x)) {
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

  /**
   * Returns the links whose two ends have different owners (a key result's owner is its own or its
   * objective's), in link order: where two teams share a goal.
   *
   * @return the cross-team links
   */
  public Seq<Link> crossTeamLinks() {
    ArrayList<Link> out = new ArrayList<>();
    for (int l = 0; l < table.count(); l++) {
      if (!index.owner(table.childOf(l)).equals(index.owner(table.parentOf(l)))) {
        out.add(links.get(l));
      }
    }
    return Vector.ofAll(out);
  }

  // ---------------------------------------------------------------------------------------------
  // Views and exports

  /**
   * Returns the graph as {@code principal} may see it: objectives it may not see
   * ({@link org.okr4j.model.Visibility#isVisibleTo(OwnerRef, OwnerRef)}), with all their key results,
   * become opaque placeholders; see {@link AlignmentView}.
   *
   * @param principal the viewer; {@code null} stands for an anonymous viewer, who sees public
   *     objectives only
   * @return the view
   */
  public AlignmentView viewFor(@Nullable OwnerRef principal) {
    return AlignmentView.of(this, principal);
  }

  /**
   * Returns the graph as Graphviz DOT text; see {@link #toDot(Function)}.
   *
   * @return the DOT text
   */
  public String toDot() {
    return toDot(null);
  }

  /**
   * Returns the graph as Graphviz DOT text, drawn bottom-up (children below parents). Nodes are
   * named by their {@link NodeRef} text and labelled with their titles; objectives are boxes, key
   * results rounded boxes; a key result's edge to its objective is grey, contributing links bold
   * (with {@code w x} when the weight is not 1) and supporting links dashed. Nodes and edges come in
   * {@link NodeRef} order, so equal graphs give equal text.
   *
   * @param annotator gives each node an optional label suffix and colour band, such as progress
   *     from a scorecard; {@code null}, or a function that returns {@code null}, adds none
   * @return the DOT text
   */
  public String toDot(@Nullable Function<NodeRef, Option<NodeAnnotation>> annotator) {
    return Export.dot(exportNodes(annotator), exportEdges());
  }

  /**
   * Returns the graph as a Mermaid flowchart; see {@link #toMermaid(Function)}.
   *
   * @return the Mermaid text
   */
  public String toMermaid() {
    return toMermaid(null);
  }

  /**
   * Returns the graph as a Mermaid flowchart ({@code flowchart BT}). Nodes are numbered
   * {@code n0, n1, …} in {@link NodeRef} order and labelled with their titles; an objective is a box,
   * a key result a rounded box; a key result's edge to its objective is {@code -->}, a contributing
   * link {@code ==>} (with {@code w x} when the weight is not 1) and a supporting link
   * {@code -.->}.
   *
   * @param annotator gives each node an optional label suffix and colour band; {@code null}, or a
   *     function that returns {@code null}, adds none
   * @return the Mermaid text
   */
  public String toMermaid(@Nullable Function<NodeRef, Option<NodeAnnotation>> annotator) {
    return Export.mermaid(exportNodes(annotator), exportEdges());
  }

  private java.util.List<Export.Node> exportNodes(@Nullable Function<NodeRef, Option<NodeAnnotation>> annotator) {
    int n = index.nodeCount;
    int[] rank = index.sortRank();
    Export.Node[] out = new Export.Node[n];
    for (int v = 0; v < n; v++) {
      NodeRef ref = index.ref(v);
      Option<NodeAnnotation> annotation = annotator == null ? Option.none() : annotator.apply(ref);
      out[rank[v]] = new Export.Node(ref.toString(), index.title(v), index.isObjective(v), false,
          annotation == null ? Option.none() : annotation);
    }
    return Arrays.asList(out);
  }

  private java.util.List<Export.Edge> exportEdges() {
    int[] rank = index.sortRank();
    int krs = index.nodeCount - index.objectiveCount;
    int count = krs + table.count();
    int[] child = new int[count];
    int[] parent = new int[count];
    int[] kind = new int[count];
    for (int k = 0; k < krs; k++) {
      int v = index.objectiveCount + k;
      child[k] = rank[v];
      parent[k] = rank[index.objectiveNodeOf(v)];
    }
    for (int l = 0; l < table.count(); l++) {
      child[krs + l] = rank[table.childOf(l)];
      parent[krs + l] = rank[table.parentOf(l)];
      kind[krs + l] = 1;
    }
    int[] order = Export.edgeOrder(child, parent, kind, count, index.nodeCount);
    ArrayList<Export.Edge> out = new ArrayList<>(count);
    for (int e : order) {
      if (e < krs) {
        int k = index.objectiveCount + e;
        out.add(new Export.Edge(index.ref(k).toString(), index.ref(index.objectiveNodeOf(k)).toString(),
            EdgeKind.KEY_RESULT_OF, Option.some(index.keyResult(k).weight())));
      } else {
        Link link = links.get(e - krs);
        out.add(new Export.Edge(link.child().toString(), link.parent().toString(), EdgeKind.of(link.kind()),
            link.isContributing() ? Option.some(link.weight()) : Option.none()));
      }
    }
    return out;
  }

  // package-private access for views (and the roll-up that builds on this graph)

  NodeIndex index() {
    return index;
  }

  LinkTable table() {
    return table;
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

  /** Returns a topological order of the nodes, children before parents. */
  int[] topologicalOrder() {
    return order().nodes();
  }

  private Seq<NodeRef> refs(int[] nodes) {
    NodeRef[] out = new NodeRef[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      out[i] = index.ref(nodes[i]);
    }
    return Vector.of(out);
  }

  // ---------------------------------------------------------------------------------------------
  // Object

  /**
   * Tells whether {@code other} is a graph over an equal set, with an equal policy and equal links in
   * the same order.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AlignmentGraph that && policy.equals(that.policy) && links.equals(that.links)
        && index.set.equals(that.index.set);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * index.set.hashCode() + policy.hashCode()) + links.hashCode();
  }

  /** Returns a summary such as {@code AlignmentGraph[7 nodes, 3 links, AlignmentPolicy[…]]}. */
  @Override
  public String toString() {
    return "AlignmentGraph[" + index.nodeCount + " nodes, " + links.size() + " links, " + policy + "]";
  }
}
