package org.okr4j.alignment;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.model.Level;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.validation.AlignmentError;
import org.okr4j.scoring.EvaluationPlan;
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
 * <p><b>A picture of a plain set.</b> {@link #mermaidOf(OkrSet)} and {@link #dotOf(OkrSet)} draw a
 * set's objectives and key results without building a graph first (the same text as
 * {@code AlignmentGraph.of(set).toMermaid()}); give a graph links to draw them too.
 *
 * <p><b>Design.</b> This class holds the graph's state and its public API; the work is done by one
 * package-private class per job, to which the public methods delegate: construction and loop
 * breaking ({@code GraphBuilder}, with Kahn's algorithm in {@code TopologicalSort}), derived indexes
 * ({@code GraphIndexes}), queries and analytics ({@code GraphQueries}) and export
 * ({@code GraphExport}).
 *
 * <p>Immutable and thread-safe. Derived indexes (a topological order, the reach of the top level)
 * are computed on first use and cached.
 */
public final class AlignmentGraph {

  private static final OkrPath LINKS = GraphBuilder.LINKS;

  private final NodeIndex index;
  private final AlignmentPolicy policy;
  private final Vector<Link> links;
  private final LinkTable table;
  private final GraphIndexes indexes;
  /**
   * The set and its contributing links compiled for evaluation, built on the first evaluation and
   * kept for the next (at other instants, under other policies) as long as memory allows: about
   * 160 bytes per key result with four check-ins, which the collector may reclaim; see
   * {@link #layout}.
   */
  private volatile java.lang.ref.@Nullable SoftReference<EvaluationPlan.Layout> layout;

  AlignmentGraph(NodeIndex index, AlignmentPolicy policy, Vector<Link> links, LinkTable table,
      GraphIndexes.@Nullable Order order) {
    this(index, policy, links, table, new GraphIndexes(index, table, links, order, null));
  }

  private AlignmentGraph(NodeIndex index, AlignmentPolicy policy, Vector<Link> links, LinkTable table,
      GraphIndexes indexes) {
    this.index = index;
    this.policy = policy;
    this.links = links;
    this.table = table;
    this.indexes = indexes;
  }

  /**
   * Returns this graph over {@code after}, the set after a check-in on a key result of objective
   * {@code objectiveNode}: the same nodes and links, so every structure is shared.
   */
  AlignmentGraph afterCheckIn(OkrSet after, int objectiveNode) {
    NodeIndex next = index.afterCheckIn(after, objectiveNode);
    return new AlignmentGraph(next, policy, links, table, indexes.afterCheckIn(next));
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
   * Returns a Mermaid flowchart of a set's objectives and key results, each key result joined to its
   * objective: the picture of a plain set, with no links to check. The text is that of
   * {@code AlignmentGraph.of(set).toMermaid()}; see {@link #toMermaid(Function)} for its form.
   *
   * <pre>{@code
   * String picture = AlignmentGraph.mermaidOf(set);
   * // flowchart BT
   * //   n0["Generate leads from online ads"]
   * //   n1("3000 leads from online ads")
   * //   n1 --> n0
   * }</pre>
   *
   * @param set the objectives and key results
   * @return the Mermaid text
   * @throws OkrException if {@code set} is {@code null}
   */
  public static String mermaidOf(OkrSet set) {
    return of(set).toMermaid();
  }

  /**
   * Returns a Graphviz DOT picture of a set's objectives and key results, each key result joined to
   * its objective: the text of {@code AlignmentGraph.of(set).toDot()}; see {@link #toDot(Function)}.
   *
   * @param set the objectives and key results
   * @return the DOT text
   * @throws OkrException if {@code set} is {@code null}
   */
  public static String dotOf(OkrSet set) {
    return of(set).toDot();
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
    return GraphBuilder.build(NodeIndex.of(set), policy, all);
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
    return GraphBuilder.build(index, policy, all);
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
    return GraphBuilder.link(this, link);
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
    return GraphQueries.nodes(index);
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
    return v < 0 ? Vector.empty() : GraphQueries.refs(index, indexes.parentsOf(v));
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
    return v < 0 ? Vector.empty() : GraphQueries.refs(index, indexes.childrenOf(v));
  }

  /**
   * Returns the links from a node (it is their child), in link order.
   *
   * @param node the node, may be {@code null}
   * @return the links, empty for an unknown node
   */
  public Seq<Link> linksFrom(@Nullable NodeRef node) {
    int v = index.indexOf(node);
    return v < 0 ? Vector.empty() : GraphQueries.links(links, table.up(v));
  }

  /**
   * Returns the links to a node (it is their parent), in link order.
   *
   * @param node the node, may be {@code null}
   * @return the links, empty for an unknown node
   */
  public Seq<Link> linksTo(@Nullable NodeRef node) {
    int v = index.indexOf(node);
    return v < 0 ? Vector.empty() : GraphQueries.links(links, table.down(v));
  }

  /**
   * Returns every node a node reaches upward, along edges of either kind: what it contributes to or
   * supports, directly or not.
   *
   * @param node the node, may be {@code null}
   * @return the ancestors, without the node itself; empty for an unknown node
   */
  public SortedSet<NodeRef> ancestors(@Nullable NodeRef node) {
    return GraphQueries.reachable(this, index.indexOf(node), true, false);
  }

  /**
   * Returns every node that reaches a node upward: its key results and everything aligned to it,
   * directly or not.
   *
   * @param node the node, may be {@code null}
   * @return the descendants, without the node itself; empty for an unknown node
   */
  public SortedSet<NodeRef> descendants(@Nullable NodeRef node) {
    return GraphQueries.reachable(this, index.indexOf(node), false, false);
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
    return GraphQueries.reachable(this, index.indexOf(node), true, true);
  }

  /**
   * Returns the top-level objectives: those with no alignment link of their own at the highest level
   * (smallest rank) of the set's objectives.
   *
   * @return their ids, sorted
   */
  public SortedSet<ObjectiveId> topLevelObjectives() {
    return GraphQueries.topLevelObjectives(this);
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
    return v >= 0 && indexes.reach().reaches()[v];
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
    return GraphQueries.lineOfSight(this, index.indexOf(node), maxPaths);
  }

  /**
   * Returns the objectives below the top level that have no link, neither of their own nor from one
   * of their key results.
   *
   * @return their ids, sorted
   */
  public SortedSet<ObjectiveId> orphans() {
    return GraphQueries.orphans(this);
  }

  /**
   * Returns how the graph covers its top level and how much of the rest is aligned; see
   * {@link Coverage}.
   *
   * @return the coverage
   */
  public Coverage coverage() {
    return GraphQueries.coverage(this);
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
    return GraphQueries.bottlenecks(this, limit);
  }

  /**
   * Returns the links whose two ends have different owners (a key result's owner is its own or its
   * objective's), in link order: where two teams share a goal.
   *
   * @return the cross-team links
   */
  public Seq<Link> crossTeamLinks() {
    return GraphQueries.crossTeamLinks(this);
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
    return GraphExport.dot(this, annotator);
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
    return GraphExport.mermaid(this, annotator);
  }

  // package-private access for the classes that do the work, views and the roll-up

  /**
   * Returns the graph's evaluation layout, compiling it with {@code compile} on first use; racing
   * threads may each compile one, and every one is equal.
   */
  EvaluationPlan.Layout layout(java.util.function.Supplier<EvaluationPlan.Layout> compile) {
    java.lang.ref.SoftReference<EvaluationPlan.Layout> kept = layout;
    EvaluationPlan.Layout l = kept == null ? null : kept.get();
    if (l == null) {
      l = compile.get();
      layout = new java.lang.ref.SoftReference<>(l);
    }
    return l;
  }

  NodeIndex index() {
    return index;
  }

  LinkTable table() {
    return table;
  }

  GraphIndexes indexes() {
    return indexes;
  }

  /** Returns the links as the persistent vector the graph holds. */
  Vector<Link> linkVector() {
    return links;
  }

  /**
   * Returns the nodes whose scores may move when {@code start} moves, children before parents; see
   * {@link GraphIndexes#impactedNodes(int)}.
   */
  int[] impactedNodes(int start) {
    return indexes.impactedNodes(start);
  }

  /** Returns a topological order of the nodes, children before parents. */
  int[] topologicalOrder() {
    return indexes.order().nodes();
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
