package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okr4j.model.Cycle;
import org.okr4j.model.CycleId;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.validation.AlignmentError;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;
import org.quicktheories.core.Gen;

/**
 * The graph's construction (primitive id table, edge list, CSR adjacency, Kahn's algorithm with loop
 * breaking) against a deliberately simple reference written here from the documented rules alone:
 * maps keyed by {@link NodeRef}, lists of links, and a fixpoint recomputed from scratch instead of
 * Kahn's queue. Generated inputs mix loops, repeated links, self-links, unknown ends, missing links
 * and every parent rule (SINGLE among them), level rule and cycle rule.
 */
class GraphConstructionProperties {

  private static final String[] CYCLES = {"2026-q1", "2026", "2026-q2", "2026-h1"};
  private static final AlignmentPolicy[] POLICIES = {
      AlignmentPolicy.permissive(),
      AlignmentPolicy.permissive().withParents(AlignmentPolicy.ParentRule.SINGLE),
      AlignmentPolicy.permissive().withParents(AlignmentPolicy.ParentRule.SINGLE_CONTRIBUTING),
      AlignmentPolicy.defaults(),
      AlignmentPolicy.strict(),
      AlignmentPolicy.defaults().withLevels(AlignmentPolicy.LevelRule.UPWARD)};

  /** Per objective: level, cycle and key-result count, drawn from one number. */
  private static Gen<List<Integer>> shapes() {
    return lists().of(integers().between(0, 63)).ofSize(8);
  }

  private static Gen<List<Integer>> codes() {
    return lists().of(integers().between(0, 1_000_000).mix(arbitrary().pick(0, 1, 2, 3, 4), 10)).ofSizeBetween(0, 24);
  }

  /** A generated organisation and its link attempts. */
  private static final class Scenario {
    final OkrSet set;
    final AlignmentPolicy policy;
    /** Every node in the graph's node order: objectives in the set's order, then their key results. */
    final List<NodeRef> nodes = new ArrayList<>();
    final Map<NodeRef, NodeRef> objectiveOf = new HashMap<>();
    final Map<NodeRef, List<NodeRef>> keyResultsOf = new HashMap<>();
    final Map<NodeRef, Objective> objectives = new HashMap<>();
    final List<Link> attempts = new ArrayList<>();

    Scenario(int objectiveCount, List<Integer> shape, List<Integer> codes, int policy) {
      this.policy = POLICIES[policy];
      OkrSet.Builder b = OkrSet.builder().cycle(Fixtures.YEAR).cycle(Fixtures.Q1).cycle(Fixtures.Q2).cycle(Fixtures.H1);
      List<NodeRef> krs = new ArrayList<>();
      for (int i = 0; i < objectiveCount; i++) {
        int s = shape.get(i);
        Objective.Builder o = Objective.builder().id("o" + i).title("O" + i).owner(Fixtures.COMPANY)
            .cycle(CYCLES[s / 4 % 4]).level(AlignmentGraphProperties.LEVELS[s % 4]);
        NodeRef ref = NodeRef.objective("o" + i);
        nodes.add(ref);
        keyResultsOf.put(ref, new ArrayList<>());
        for (int k = 0; k < s / 16; k++) {
          String id = "k" + i + "_" + k;
          o.keyResult(KeyResult.builder().id(id).title(id).metric(org.okr4j.model.BinaryMetric.INSTANCE));
          NodeRef kr = NodeRef.keyResult(id);
          krs.add(kr);
          objectiveOf.put(kr, ref);
          keyResultsOf.get(ref).add(kr);
        }
        Objective built = o.buildOrThrow();
        objectives.put(ref, built);
        b.objective(built);
      }
      nodes.addAll(krs);
      set = b.buildOrThrow();
      int n = nodes.size();
      for (int code : codes) {
        int roll = code % 40;
        int rest = code / 40;
        NodeRef child = nodes.get(rest % n);
        NodeRef parent = nodes.get(rest / n % n);
        boolean supports = rest / n / n % 3 == 0;
        if (roll == 0) {
          attempts.add(null);
          continue;
        } else if (roll == 1) {
          child = NodeRef.objective("nowhere");
        } else if (roll == 2) {
          parent = NodeRef.keyResult("nowhere");
        } else if (roll == 3) {
          parent = child;
        } else if (roll < 9 && !attempts.isEmpty()) {
          Link earlier = attempts.get(rest % attempts.size());
          if (earlier != null) {
            child = earlier.child();
            parent = earlier.parent();
          }
        } else if (roll < 16 && n > 1) {
          // A link back down the node order: makes loops likely.
          int a = rest % n;
          int z = (a + 1 + rest / n % (n - 1)) % n;
          child = nodes.get(Math.max(a, z));
          parent = nodes.get(Math.min(a, z));
        }
        attempts.add(supports ? Link.supports(child, parent) : Link.contributes(child, parent));
      }
    }

    Objective objectiveOfNode(NodeRef node) {
      return objectives.get(objectiveOf.getOrDefault(node, node));
    }

    Cycle cycleOf(NodeRef node) {
      return set.cycles().find(c -> c.id().equals(objectiveOfNode(node).cycle())).get();
    }
  }

  /** An accepted link in the reference: its ends and its position in the input. */
  private record Edge(NodeRef child, NodeRef parent, boolean contributing, int source) {}

  /** The reference: the documented rules, written plainly. */
  private static final class Reference {
    final Scenario s;
    final List<OkrError> errors = new ArrayList<>();
    final List<Edge> accepted = new ArrayList<>();

    Reference(Scenario s) {
      this.s = s;
      for (int i = 0; i < s.attempts.size(); i++) {
        judge(i, s.attempts.get(i));
      }
      breakLoops();
      errors.sort((x, y) -> x.path().compareTo(y.path()));
    }

    private boolean known(NodeRef ref) {
      return s.nodes.contains(ref);
    }

    private void judge(int i, Link link) {
      OkrPath at = OkrPath.of("links").index(i);
      if (link == null) {
        errors.add(new AlignmentError.MissingLink(at));
        return;
      }
      NodeRef c = link.child();
      NodeRef p = link.parent();
      if (!known(c)) {
        errors.add(new AlignmentError.UnknownNode(at.key("child"), c.toString()));
      }
      if (!known(p)) {
        errors.add(new AlignmentError.UnknownNode(at.key("parent"), p.toString()));
      }
      if (!known(c) || !known(p)) {
        return;
      }
      if (c.equals(p)) {
        errors.add(new AlignmentError.CyclicLink(at, io.vavr.collection.List.of(c.toString(), c.toString())));
        return;
      }
      boolean repeated = p.equals(s.objectiveOf.get(c))
          || accepted.stream().anyMatch(e -> e.child().equals(c) && e.parent().equals(p));
      if (repeated) {
        errors.add(new AlignmentError.DuplicateLink(at, c.toString(), p.toString()));
        return;
      }
      List<OkrError> broken = policyErrors(at, c, p, link.kind());
      if (!broken.isEmpty()) {
        errors.addAll(broken);
        return;
      }
      accepted.add(new Edge(c, p, link.isContributing(), i));
    }

    private List<OkrError> policyErrors(OkrPath at, NodeRef c, NodeRef p, LinkKind kind) {
      List<OkrError> out = new ArrayList<>();
      List<Edge> mine = accepted.stream().filter(e -> e.child().equals(c)).toList();
      List<Edge> contributing = mine.stream().filter(Edge::contributing).toList();
      AlignmentPolicy.ParentRule rule = s.policy.parents();
      if (rule == AlignmentPolicy.ParentRule.SINGLE && !mine.isEmpty()) {
        out.add(new AlignmentError.TooManyParents(at, c.toString(), mine.get(0).parent().toString()));
      } else if (rule == AlignmentPolicy.ParentRule.SINGLE_CONTRIBUTING && kind == LinkKind.CONTRIBUTES
          && !contributing.isEmpty()) {
        out.add(new AlignmentError.TooManyParents(at, c.toString(), contributing.get(0).parent().toString()));
      }
      Level cl = s.objectiveOfNode(c).level();
      Level pl = s.objectiveOfNode(p).level();
      int step = cl.rank() - pl.rank();
      boolean levelOk = switch (s.policy.levels()) {
        case FREE -> true;
        case UPWARD -> step >= 0;
        case NO_SKIPPING -> step == 0 || step == 1;
      };
      if (!levelOk) {
        out.add(new AlignmentError.LevelStep(at, cl.name() + " (" + cl.rank() + ")",
            pl.name() + " (" + pl.rank() + ")", s.policy.levels().name()));
      }
      Cycle cc = s.cycleOf(c);
      Cycle pc = s.cycleOf(p);
      boolean cycleOk = switch (s.policy.cycles()) {
        case SAME_CYCLE -> cc.id().equals(pc.id());
        case ENCLOSING -> cc.id().equals(pc.id()) || pc.encloses(cc) || declaredAncestors(cc).contains(pc.id());
        case ANY -> true;
      };
      if (!cycleOk) {
        out.add(new AlignmentError.CrossCycle(at, cc.id().value(), pc.id().value(), s.policy.cycles().name()));
      }
      return out;
    }

    private Set<CycleId> declaredAncestors(Cycle cycle) {
      Set<CycleId> out = new HashSet<>();
      Cycle at = cycle;
      while (at.parent().isDefined() && out.add(at.parent().get())) {
        CycleId parent = at.parent().get();
        at = s.set.cycles().find(x -> x.id().equals(parent)).get();
      }
      return out;
    }

    /** Children of a node: its key results, then the children of the accepted links left into it, in input order. */
    private List<NodeRef> childrenLeft(NodeRef node, Set<Edge> removed) {
      List<NodeRef> out = new ArrayList<>(s.keyResultsOf.getOrDefault(node, List.of()));
      for (Edge e : accepted) {
        if (e.parent().equals(node) && !removed.contains(e)) {
          out.add(e.child());
        }
      }
      return out;
    }

    private void breakLoops() {
      Set<Edge> removed = new HashSet<>();
      while (true) {
        // The nodes that cannot reach a loop downward: a fixpoint, recomputed from scratch.
        Set<NodeRef> done = new HashSet<>();
        boolean grew = true;
        while (grew) {
          grew = false;
          for (NodeRef v : s.nodes) {
            if (!done.contains(v) && done.containsAll(childrenLeft(v, removed))) {
              done.add(v);
              grew = true;
            }
          }
        }
        NodeRef start = s.nodes.stream().filter(v -> !done.contains(v)).findFirst().orElse(null);
        if (start == null) {
          return;
        }
        // Walk down to the first child left (key results first, then links in input order) until a node repeats.
        List<NodeRef> walk = new ArrayList<>();
        List<Edge> via = new ArrayList<>();
        NodeRef x = start;
        while (!walk.contains(x)) {
          walk.add(x);
          NodeRef next = null;
          Edge step = null;
          for (NodeRef k : s.keyResultsOf.getOrDefault(x, List.of())) {
            if (!done.contains(k)) {
              next = k;
              break;
            }
          }
          if (next == null) {
            for (Edge e : accepted) {
              if (e.parent().equals(x) && !removed.contains(e) && !done.contains(e.child())) {
                next = e.child();
                step = e;
                break;
              }
            }
          }
          via.add(step);
          x = next;
        }
        int first = walk.indexOf(x);
        int best = -1;
        for (int i = first; i < walk.size(); i++) {
          if (via.get(i) != null && (best < 0 || via.get(i).source() > via.get(best).source())) {
            best = i;
          }
        }
        Edge broken = via.get(best);
        removed.add(broken);
        // Name the loop from the link's child upward: child, parent, then back along the walk to the child.
        List<NodeRef> loop = new ArrayList<>(List.of(broken.child(), broken.parent()));
        int size = walk.size() - first;
        for (int j = 1; j < size; j++) {
          loop.add(walk.get(first + Math.floorMod(best - first - j, size)));
        }
        errors.add(new AlignmentError.CyclicLink(OkrPath.of("links").index(broken.source()),
            io.vavr.collection.List.ofAll(loop).map(NodeRef::toString)));
      }
    }

    List<NodeRef> parents(NodeRef node) {
      List<NodeRef> out = new ArrayList<>();
      if (s.objectiveOf.containsKey(node)) {
        out.add(s.objectiveOf.get(node));
      }
      accepted.stream().filter(e -> e.child().equals(node)).forEach(e -> out.add(e.parent()));
      return out;
    }

    List<NodeRef> children(NodeRef node) {
      return childrenLeft(node, Set.of());
    }
  }

  private static List<String> describe(Seq<? extends OkrError> errors) {
    return errors.map(e -> e.getClass().getSimpleName() + " " + e.path() + " " + e).toJavaList();
  }

  private static List<String> describe(List<? extends OkrError> errors) {
    return describe(io.vavr.collection.List.ofAll(errors));
  }

  /** A generated scenario's parameters: objectives, their shapes, link codes, policy number. */
  private interface Check {
    void check(int objectives, List<Integer> shape, List<Integer> codes, int policy);
  }

  private static void forAll(Check check) {
    qt().withExamples(AlignmentGraphProperties.examples())
        .forAll(integers().between(1, 8).mix(arbitrary().pick(1, 8), 20), shapes(), codes(),
            integers().between(0, POLICIES.length - 1))
        .checkAssert(check::check);
  }

  @Test
  void bulkConstructionAgreesWithTheSimpleReference() {
    forAll((n, shape, codes, policy) -> {
      Scenario s = new Scenario(n, shape, codes, policy);
      Reference expected = new Reference(s);
      Validation<Seq<OkrError>, AlignmentGraph> built = AlignmentGraph.build(s.set, s.policy, s.attempts);
      if (!expected.errors.isEmpty()) {
        assertThat(built.isInvalid()).as("refused: %s", expected.errors).isTrue();
        assertThat(describe(built.getError())).containsExactlyElementsOf(describe(expected.errors));
        return;
      }
      assertThat(built.isValid()).as("accepted, but: %s", built.isInvalid() ? built.getError() : "").isTrue();
      AlignmentGraph g = built.get();
      assertThat(g.links()).containsExactlyElementsOf(s.attempts);
      for (NodeRef x : s.nodes) {
        assertThat(g.parents(x)).as("parents of %s", x).containsExactlyElementsOf(expected.parents(x));
        assertThat(g.children(x)).as("children of %s", x).containsExactlyElementsOf(expected.children(x));
      }
    });
  }

  @Test
  void linkingOneByOneAgreesWithTheSimpleReference() {
    forAll((n, shape, codes, policy) -> {
      Scenario s = new Scenario(n, shape, codes, policy);
      AlignmentGraph g = AlignmentGraph.of(s.set, s.policy);
      List<Link> kept = new ArrayList<>();
      for (Link link : s.attempts) {
        Scenario sofar = new Scenario(n, shape, List.of(), policy);
        sofar.attempts.addAll(kept);
        Reference before = new Reference(sofar);
        Either<AlignmentError, AlignmentGraph> next = g.link(link);
        OkrPath at = OkrPath.of("links").index(kept.size());
        sofar.attempts.add(link);
        Reference after = new Reference(sofar);
        if (after.errors.isEmpty()) {
          assertThat(next.isRight()).as("accepted: %s, but %s", link, next.isLeft() ? next.getLeft() : "").isTrue();
          g = next.get();
          kept.add(link);
          continue;
        }
        assertThat(next.isLeft()).as("refused: %s", after.errors).isTrue();
        AlignmentError refused = next.getLeft();
        if (refused instanceof AlignmentError.CyclicLink cyclic && !link.child().equals(link.parent())) {
          // A loop through existing links, which the reference finds too; the one named is the
          // shortest, from the child to the parent and back up to the child.
          assertThat(describe(after.errors)).hasSize(1);
          assertThat(after.errors.get(0)).isInstanceOf(AlignmentError.CyclicLink.class);
          assertThat(refused.path()).isEqualTo(at);
          Seq<String> loop = cyclic.loop();
          assertThat(loop.head()).isEqualTo(link.child().toString());
          assertThat(loop.get(1)).isEqualTo(link.parent().toString());
          assertThat(loop.last()).isEqualTo(link.child().toString());
          for (int i = 1; i + 1 < loop.size(); i++) {
            assertThat(before.parents(NodeRef.parse(loop.get(i)).get()))
                .contains(NodeRef.parse(loop.get(i + 1)).get());
          }
          assertThat(loop.size()).isEqualTo(2 + distance(before, link.parent(), link.child()));
        } else {
          assertThat(describe(List.of(refused))).containsExactly(describe(after.errors).get(0));
        }
      }
    });
  }

  /** The number of parent steps from {@code from} up to {@code to}, breadth first. */
  private static int distance(Reference r, NodeRef from, NodeRef to) {
    Map<NodeRef, Integer> steps = new HashMap<>(Map.of(from, 0));
    ArrayDeque<NodeRef> queue = new ArrayDeque<>(List.of(from));
    while (!queue.isEmpty()) {
      NodeRef v = queue.poll();
      if (v.equals(to)) {
        return steps.get(v);
      }
      for (NodeRef p : r.parents(v)) {
        if (steps.putIfAbsent(p, steps.get(v) + 1) == null) {
          queue.add(p);
        }
      }
    }
    throw new AssertionError("no path from " + from + " to " + to);
  }
}
