package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Visibility;
import org.okr4j.validation.AlignmentError;
import org.quicktheories.core.Gen;

/**
 * The laws of the alignment graph, over random small organisations (1 to 8 objectives with 0 to 2
 * key results each, four levels, three visibilities) and random sequences of up to 30 link attempts
 * between any two nodes, under the permissive policy so that only the graph's own rules apply.
 */
class AlignmentGraphProperties {

  static final Level[] LEVELS = {Level.COMPANY, Level.DEPARTMENT, Level.TEAM, Level.INDIVIDUAL};

  static int examples() {
    return Integer.getInteger("okr.qt.examples", 1000);
  }

  static Gen<Integer> objectiveCounts() {
    return integers().between(1, 8).mix(arbitrary().pick(1, 8), 20);
  }

  /** Per objective: its key-result count, visibility and level, drawn with their bounds mixed in. */
  static Gen<java.util.List<Integer>> shapes() {
    return lists().of(integers().between(0, 11).mix(arbitrary().pick(0, 11), 20)).ofSize(8);
  }

  static Gen<java.util.List<Integer>> attempts() {
    return lists().of(integers().between(0, 1_000_000).mix(arbitrary().pick(0, 1_000_000), 10))
        .ofSizeBetween(0, 30);
  }

  /** A random organisation, and the link attempts decoded against its nodes. */
  static final class Scenario {
    final OkrSet set;
    final java.util.List<NodeRef> nodes = new ArrayList<>();
    final java.util.List<Link> attempts = new ArrayList<>();
    final java.util.List<OwnerRef> owners = new ArrayList<>();
    final Map<Integer, java.util.List<String>> secrets = new HashMap<>();

    Scenario(int objectives, java.util.List<Integer> shape, java.util.List<Integer> codes) {
      OkrSet.Builder b = OkrSet.builder().cycle(Fixtures.Q1).cycle(Fixtures.YEAR);
      for (int i = 0; i < objectives; i++) {
        int s = shape.get(i);
        OwnerRef owner = OwnerRef.person("own" + i + "z");
        owners.add(owner);
        Visibility visibility = switch (s % 3) {
          case 0 -> Visibility.PUBLIC;
          case 1 -> Visibility.PRIVATE;
          default -> Visibility.restricted(OwnerRef.person("own0z"));
        };
        String id = "zq" + i + "x";
        Objective.Builder o = Objective.builder().id(id).title("Ttl" + i + "q").owner(owner).cycle("2026-q1")
            .level(LEVELS[s % 4]).visibility(visibility);
        java.util.List<String> hidden = new ArrayList<>(java.util.List.of(id, "Ttl" + i + "q", "own" + i + "z"));
        nodes.add(NodeRef.objective(id));
        for (int k = 0; k < s % 3; k++) {
          String kr = "kq" + i + "_" + k + "x";
          o.keyResult(KeyResult.builder().id(kr).title("KT" + i + "_" + k + "q")
              .metric(org.okr4j.model.BinaryMetric.INSTANCE));
          nodes.add(NodeRef.keyResult(kr));
          hidden.add(kr);
          hidden.add("KT" + i + "_" + k + "q");
        }
        secrets.put(i, hidden);
        b.objective(o.buildOrThrow());
      }
      set = b.buildOrThrow();
      int n = nodes.size();
      for (int code : codes) {
        NodeRef child = nodes.get(code % n);
        NodeRef parent = nodes.get((code / n) % n);
        attempts.add((code / n / n) % 2 == 0 ? Link.contributes(child, parent) : Link.supports(child, parent));
      }
    }

    /** Adds the attempts one by one, keeping those accepted. */
    AlignmentGraph fold(java.util.List<Link> accepted) {
      AlignmentGraph g = AlignmentGraph.of(set, AlignmentPolicy.permissive());
      for (Link link : attempts) {
        Either<AlignmentError, AlignmentGraph> next = g.link(link);
        if (next.isRight()) {
          accepted.add(link);
          g = next.get();
        }
      }
      return g;
    }
  }

  interface Check {
    void check(Scenario scenario);
  }

  static void forAllScenarios(Check check) {
    qt().withExamples(examples())
        .forAll(objectiveCounts(), shapes(), attempts())
        .checkAssert((n, shape, codes) -> check.check(new Scenario(n, shape, codes)));
  }

  @Test
  void aLinkIsRefusedExactlyWhenTheReversePathExistsOrItRepeatsAnEdge() {
    forAllScenarios(s -> {
      AlignmentGraph g = AlignmentGraph.of(s.set, AlignmentPolicy.permissive());
      for (Link link : s.attempts) {
        NodeRef c = link.child();
        NodeRef p = link.parent();
        boolean self = c.equals(p);
        boolean reversePath = g.ancestors(p).contains(c);
        boolean repeated = g.parents(c).contains(p);
        Either<AlignmentError, AlignmentGraph> result = g.link(link);
        if (self || reversePath) {
          assertThat(result.getLeft()).isInstanceOf(AlignmentError.CyclicLink.class);
          Seq<String> loop = ((AlignmentError.CyclicLink) result.getLeft()).loop();
          assertThat(loop.head()).isEqualTo(c.toString());
          assertThat(loop.last()).isEqualTo(c.toString());
          assertThat(loop.get(1)).isEqualTo(p.toString());
          for (int i = 1; i + 1 < loop.size(); i++) {
            NodeRef from = NodeRef.parse(loop.get(i)).get();
            NodeRef to = NodeRef.parse(loop.get(i + 1)).get();
            assertThat(g.parents(from)).contains(to);
          }
        } else if (repeated) {
          assertThat(result.getLeft()).isInstanceOf(AlignmentError.DuplicateLink.class);
        } else {
          assertThat(result.isRight()).as("accepted: %s", link).isTrue();
          g = result.get();
          assertThat(g.parents(c)).contains(p);
          assertThat(g.ancestors(c)).contains(p);
        }
      }
    });
  }

  @Test
  void ancestorsAndDescendantsMirrorEachOther() {
    forAllScenarios(s -> {
      AlignmentGraph g = s.fold(new ArrayList<>());
      Map<NodeRef, SortedSet<NodeRef>> up = new HashMap<>();
      Map<NodeRef, SortedSet<NodeRef>> down = new HashMap<>();
      for (NodeRef x : s.nodes) {
        up.put(x, g.ancestors(x));
        down.put(x, g.descendants(x));
        assertThat(up.get(x)).doesNotContain(x);
        assertThat(g.impactSet(x)).isSubsetOf(up.get(x));
        for (NodeRef p : g.parents(x)) {
          assertThat(g.children(p)).contains(x);
        }
      }
      for (NodeRef x : s.nodes) {
        for (NodeRef y : s.nodes) {
          assertThat(down.get(x).contains(y)).isEqualTo(up.get(y).contains(x));
        }
      }
    });
  }

  @Test
  void bulkBuildingAgreesWithLinkingOneByOne() {
    forAllScenarios(s -> {
      java.util.List<Link> accepted = new ArrayList<>();
      AlignmentGraph g = s.fold(accepted);
      assertThat(AlignmentGraph.build(s.set, AlignmentPolicy.permissive(), accepted).get()).isEqualTo(g);
      boolean allAccepted = accepted.size() == s.attempts.size();
      assertThat(AlignmentGraph.build(s.set, AlignmentPolicy.permissive(), s.attempts).isValid())
          .isEqualTo(allAccepted);
      // Exports do not depend on the order links were added in.
      AlignmentGraph reversed =
          AlignmentGraph.build(s.set, AlignmentPolicy.permissive(), List.ofAll(accepted).reverse()).get();
      assertThat(reversed.toDot()).isEqualTo(g.toDot());
      assertThat(reversed.toMermaid()).isEqualTo(g.toMermaid());
    });
  }

  @Test
  void lineOfSightIsEveryPathToTheTop() {
    forAllScenarios(s -> {
      AlignmentGraph g = s.fold(new ArrayList<>());
      SortedSet<NodeRef> top = g.topLevelObjectives().map(NodeRef::objective);
      for (NodeRef x : s.nodes) {
        java.util.Set<Seq<NodeRef>> expected = new java.util.HashSet<>();
        paths(g, List.of(x), top, expected);
        Seq<Seq<NodeRef>> actual = g.lineOfSight(x);
        assertThat(actual).hasSameSizeAs(expected);
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(g.hasLineOfSight(x)).isEqualTo(!expected.isEmpty());
        assertThat(g.lineOfSight(x, 1)).hasSize(Math.min(1, expected.size()));
      }
      Coverage coverage = g.coverage();
      assertThat(coverage.aligned() + coverage.unaligned().size()).isEqualTo(coverage.alignable());
      assertThat(coverage.alignable() + coverage.topLevel().size()).isEqualTo(s.set.objectives().size());
      assertThat(g.orphans().map(NodeRef::objective)).allSatisfy(o -> assertThat(g.hasLineOfSight(o)).isFalse());
    });
  }

  /** Depth-first enumeration by plain recursion: fine for the small graphs here. */
  static void paths(AlignmentGraph g, List<NodeRef> path, SortedSet<NodeRef> top, java.util.Set<Seq<NodeRef>> out) {
    NodeRef last = path.head();
    if (top.contains(last)) {
      out.add(path.reverse());
    }
    for (NodeRef p : g.parents(last)) {
      paths(g, path.prepend(p), top, out);
    }
  }

  @Test
  void bottlenecksAreTheNodesWithTheMostDescendants() {
    forAllScenarios(s -> {
      AlignmentGraph g = s.fold(new ArrayList<>());
      List<Bottleneck> expected = List.ofAll(s.nodes)
          .map(x -> (Bottleneck) ImmutableBottleneck.of(x, g.descendants(x).size()))
          .filter(b -> b.dependants() > 0)
          .sorted(java.util.Comparator.comparingInt(Bottleneck::dependants).reversed()
              .thenComparing(Bottleneck::node));
      for (int limit : new int[] {1, 3, 100}) {
        assertThat(g.bottlenecks(limit)).containsExactlyElementsOf(expected.take(limit));
      }
    });
  }

  @Test
  void aViewNeverShowsWhatItsViewerMayNotSee() {
    qt().withExamples(examples())
        .forAll(objectiveCounts(), shapes(), attempts(), integers().between(0, 8).mix(arbitrary().pick(0, 8), 20))
        .checkAssert((n, shape, codes, who) -> {
          Scenario s = new Scenario(n, shape, codes);
          AlignmentGraph g = s.fold(new ArrayList<>());
          OwnerRef principal = who < n ? s.owners.get(who) : OwnerRef.person("stranger");
          AlignmentView view = g.viewFor(principal);
          String everything = view + view.nodes().mkString("|") + view.edges().mkString("|") + view.toDot()
              + view.toMermaid() + view.toDot(v -> Option.some(NodeAnnotation.of(v.key(), "green")))
              + view.toMermaid(v -> Option.some(NodeAnnotation.of(v.key(), "red")));
          for (int i = 0; i < n; i++) {
            Objective o = s.set.objectives().get(i);
            boolean visible = o.visibility().isVisibleTo(principal, o.owner());
            for (String secret : s.secrets.get(i)) {
              if (visible) {
                assertThat(everything).contains(secret);
              } else {
                assertThat(everything).doesNotContain(secret);
              }
            }
            assertThat(view.visible(NodeRef.objective(o.id())).isDefined()).isEqualTo(visible);
          }
          assertThat(view.nodes().map(ViewNode::key).distinct()).hasSameSizeAs(view.nodes());
        });
  }
}
