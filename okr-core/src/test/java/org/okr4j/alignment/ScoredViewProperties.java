package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.ScoredView.HiddenContributions;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.model.Visibility;
import org.okr4j.scoring.Explanation;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoringPolicy;

/**
 * Laws of scored views over random organisations with random visibility: 1 to 8 objectives with 0
 * to 3 key results each, every objective public, private, restricted to the viewer or restricted to
 * someone else, owned by the viewer now and then; up to 24 random link attempts between any nodes
 * (so key result → key result cascades appear), contributing with weight 0 to 3 or supporting;
 * every children mode, roll-up method and {@link GraphScorecard.Cascade}.
 *
 * <p>Every title, id, owner, note and value is a distinctive token: ids {@code o3x} and
 * {@code k3y1z}, owners {@code u3w}, titles {@code Objective t3t}, notes {@code note n3y1n}, and
 * values with four decimals whose integer part encodes objective, key result and role (such as
 * {@code 4013.5817}), so a hidden one found in the text of a view is a leak, not a coincidence.
 */
class ScoredViewProperties {

  static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant CHECK_IN = Instant.parse("2026-02-01T00:00:00Z");
  static final OwnerRef VIEWER = OwnerRef.person("viewer");
  static final OwnerRef OTHER = OwnerRef.person("other");

  static int examples() {
    return Integer.getInteger("okr.qt.examples", 1000);
  }

  /** A random organisation and graph; hidden objectives take their data from {@code hiddenSeed}. */
  static final class Scenario {
    final AlignmentGraph graph;
    final ArrayList<String> hiddenTexts = new ArrayList<>();
    final ArrayList<BigDecimal> hiddenValues = new ArrayList<>();

    Scenario(long seed, long hiddenSeed) {
      Random r = new Random(seed);
      int n = 1 + r.nextInt(8);
      ArrayList<Objective> objectives = new ArrayList<>();
      ArrayList<NodeRef> nodes = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        OwnerRef owner = r.nextInt(5) == 0 ? VIEWER : OwnerRef.person("u" + i + "w");
        Visibility visibility = switch (r.nextInt(4)) {
          case 0 -> Visibility.PUBLIC;
          case 1 -> Visibility.PRIVATE;
          case 2 -> Visibility.restricted(VIEWER);
          default -> Visibility.restricted(OTHER);
        };
        boolean hidden = !visibility.isVisibleTo(VIEWER, owner);
        // Hidden objectives draw their data from another source, so it can change alone.
        Random d = new Random((hidden ? hiddenSeed : seed) * 31 + i);
        String title = "Objective t" + i + "t" + (hidden ? " " + d.nextInt(1000) : "");
        Objective.Builder b = Objective.builder().id("o" + i + "x").title(title).owner(owner).cycle("2026-q1")
            .level(Level.COMPANY).visibility(visibility);
        if (hidden) {
          hiddenTexts.add("o" + i + "x");
          hiddenTexts.add(title);
          hiddenTexts.add("u" + i + "w");
        }
        int krs = r.nextInt(4);
        for (int j = 0; j < krs; j++) {
          String id = "k" + i + "y" + j + "z";
          String krTitle = "KR r" + i + "y" + j + "r";
          BigDecimal baseline = value(d, i, j, 1);
          BigDecimal target = value(d, i, j, 2).add(BigDecimal.valueOf(50));
          KeyResult.Builder k = KeyResult.builder().id(id).title(krTitle)
              .metric(LinearMetric.of(Unit.NUMBER, baseline, Target.absolute(target)));
          if (r.nextBoolean()) {
            k.owner(OwnerRef.person("v" + i + "y" + j + "v"));
          }
          String note = "note n" + i + "y" + j + "n";
          BigDecimal current = value(d, i, j, 3).add(BigDecimal.valueOf(d.nextInt(60)));
          if (d.nextInt(4) > 0) {
            k.checkIn(CheckIn.of(CHECK_IN, new CheckInData.Measurement(current)).withNote(note));
          }
          b.keyResult(k);
          nodes.add(NodeRef.keyResult(id));
          if (hidden) {
            hiddenTexts.add(id);
            hiddenTexts.add(krTitle);
            hiddenTexts.add("v" + i + "y" + j + "v");
            hiddenTexts.add(note);
            hiddenValues.add(baseline);
            hiddenValues.add(target);
            hiddenValues.add(current);
          }
        }
        objectives.add(b.buildOrThrow());
        nodes.add(NodeRef.objective("o" + i + "x"));
      }
      OkrSet set = Fixtures.set(objectives.toArray(Objective[]::new));
      AlignmentGraph g = AlignmentGraph.of(set, AlignmentPolicy.permissive());
      int attempts = r.nextInt(25);
      for (int a = 0; a < attempts; a++) {
        NodeRef child = nodes.get(r.nextInt(nodes.size()));
        NodeRef parent = nodes.get(r.nextInt(nodes.size()));
        Link link = r.nextInt(4) == 0 ? Link.supports(child, parent)
            : Link.contributes(child, parent, BigDecimal.valueOf(r.nextInt(4)));
        g = g.link(link).getOrElse(g);
      }
      graph = g;
    }

    /** A distinctive value: the integer part encodes objective, key result and role; four decimals. */
    static BigDecimal value(Random d, int i, int j, int role) {
      int fraction = 1000 + d.nextInt(9000);
      fraction = fraction % 10 == 0 ? fraction + 7 : fraction;
      return new BigDecimal((1000 * (i + 1) + 100 * role + 10 * j) + "." + fraction);
    }
  }

  static ScoringPolicy policy(int children, int method) {
    RollUpPolicy.Method[] methods = {RollUpPolicy.Method.WEIGHTED_MEAN, RollUpPolicy.Method.MEAN,
        RollUpPolicy.Method.MINIMUM};
    return ScoringPolicy.defaults().withRollUp(RollUpPolicy.defaults()
        .withChildren(RollUpPolicy.Children.values()[children]).withMethod(methods[method]));
  }

  static String render(ScoredView view) {
    StringBuilder sb = new StringBuilder(view.toString()).append('\n').append(view.view()).append('\n')
        .append(view.view().nodes()).append('\n').append(view.view().edges()).append('\n').append(view.toDot())
        .append('\n').append(view.toMermaid()).append('\n').append(view.view().toDot()).append('\n')
        .append(view.view().toMermaid());
    for (ScoredNode s : view.scores()) {
      sb.append('\n').append(s).append('\n').append(s.explanation().render());
    }
    return sb.toString();
  }

  static void numbers(Explanation e, ArrayList<BigDecimal> out) {
    e.value().forEach(out::add);
    e.inputs().forEach(i -> numbers(i, out));
  }

  @Test
  void noHiddenTitleOwnerOrValueAppearsInAViewOrItsExplanations() {
    qt().withExamples(examples()).forAll(longs().all(), integers().between(0, 4), integers().between(0, 2),
        integers().between(0, 5)).checkAssert((seed, children, method, options) -> {
          Scenario s = new Scenario(seed, seed + 1);
          HiddenContributions mode = HiddenContributions.values()[options % 2];
          GraphScorecard.Cascade cascade = GraphScorecard.Cascade.values()[options / 2];
          ScoredView view = GraphScorecard.evaluate(s.graph, policy(children, method), AT, cascade)
              .viewFor(VIEWER, mode);
          String text = render(view);
          for (String hidden : s.hiddenTexts) {
            assertThat(text).as("hidden text %s", hidden).doesNotContain(hidden);
          }
          ArrayList<BigDecimal> shown = new ArrayList<>();
          for (ScoredNode node : view.scores()) {
            node.progress().forEach(shown::add);
            numbers(node.explanation(), shown);
          }
          for (BigDecimal hidden : s.hiddenValues) {
            assertThat(text).as("hidden value %s", hidden).doesNotContain(hidden.toPlainString());
            assertThat(shown).as("hidden value %s", hidden).noneMatch(v -> v.compareTo(hidden) == 0);
          }
          assertThat(view.scores().filter(ScoredNode::isHidden))
              .allMatch(h -> h.progress().isEmpty() && h.band().isEmpty() && h.status().isEmpty());
        });
  }

  @Test
  void excludedViewsDependOnNoHiddenData() {
    qt().withExamples(examples()).forAll(longs().all(), integers().between(0, 4), integers().between(0, 2),
        integers().between(0, 2)).checkAssert((seed, children, method, cascade) -> {
          ScoringPolicy policy = policy(children, method);
          GraphScorecard.Cascade c = GraphScorecard.Cascade.values()[cascade];
          ScoredView one = GraphScorecard.evaluate(new Scenario(seed, seed + 1).graph, policy, AT, c)
              .viewFor(VIEWER, HiddenContributions.EXCLUDE);
          ScoredView other = GraphScorecard.evaluate(new Scenario(seed, seed + 2).graph, policy, AT, c)
              .viewFor(VIEWER, HiddenContributions.EXCLUDE);
          assertThat(other).isEqualTo(one);
          assertThat(render(other)).isEqualTo(render(one));
        });
  }

  @Test
  void countedViewsShowTheFullNumbers() {
    qt().withExamples(examples()).forAll(longs().all(), integers().between(0, 4), integers().between(0, 2),
        integers().between(0, 2)).checkAssert((seed, children, method, cascade) -> {
          Scenario s = new Scenario(seed, seed + 1);
          GraphScorecard full = GraphScorecard.evaluate(s.graph, policy(children, method), AT,
              GraphScorecard.Cascade.values()[cascade]);
          ScoredView view = full.viewFor(VIEWER, HiddenContributions.COUNT);
          for (ScoredNode node : view.scores()) {
            if (node.node() instanceof ViewNode.Visible v) {
              assertThat(node.progress()).isEqualTo(v.ref().isObjective()
                  ? full.objective(org.okr4j.model.ObjectiveId.of(v.ref().idText())).get().progress()
                  : full.keyResult(org.okr4j.model.KeyResultId.of(v.ref().idText())).get().progress());
            }
          }
        });
  }
}
