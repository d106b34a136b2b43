package org.okr4j.charts;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.RollUpPolicy;

/**
 * A graph scorecard's history, one evaluation per day: the scores of the whole graph as of the end
 * of each day that a chart asks for, computed once and shared by every chart drawn from it. The
 * check-ins that feed a chart are its own key results'; for an objective whose roll-up counts
 * aligned children, also those of every key result below it; for a key result under a cascade,
 * also those of the key results cascading into it. Not thread-safe: one per drawing.
 */
final class GraphDays {

  private final GraphScorecard scores;
  private final Predicate<KeyResult> marked;
  /** Per evaluated instant, only the progress values: objectives in the set's order, then key results. */
  private final TreeMap<Instant, BigDecimal[]> byInstant = new TreeMap<>();
  private final HashMap<String, Integer> slot = new HashMap<>();

  /** Charts whose check-ins are all marked. */
  GraphDays(GraphScorecard scores) {
    this(scores, kr -> true);
  }

  /** Charts that mark only the check-ins of the key results {@code marked} accepts. */
  GraphDays(GraphScorecard scores, Predicate<KeyResult> marked) {
    this.scores = scores;
    this.marked = marked;
    for (Objective o : set().objectives()) {
      slot.put(NodeRef.objective(o.id()).toString(), slot.size());
    }
    for (Objective o : set().objectives()) {
      for (KeyResult kr : o.keyResults()) {
        slot.put(NodeRef.keyResult(kr.id()).toString(), slot.size());
      }
    }
  }

  /**
   * A node's progress as of the end of a day (the last instant before the next day starts). The
   * graph is evaluated once per instant, and only the progress values are kept, so a year of days
   * holds a few numbers per node rather than a year of scorecards.
   */
  private Option<BigDecimal> endOf(LocalDate day, Cycle cycle, NodeRef node) {
    Instant at = Timeline.startOf(day.plusDays(1), cycle.zone()).minusNanos(1);
    BigDecimal[] values = byInstant.computeIfAbsent(at, i -> {
      GraphScorecard then = GraphScorecard.evaluate(scores.graph(), scores.policy(), i, scores.cascade());
      BigDecimal[] v = new BigDecimal[slot.size()];
      int k = 0;
      for (ObjectiveScore o : then.objectives()) {
        v[k++] = o.progress().getOrNull();
      }
      for (ObjectiveScore o : then.objectives()) {
        for (KeyResultScore kr : o.keyResults()) {
          v[k++] = kr.progress().getOrNull();
        }
      }
      return v;
    });
    return Option.of(values[slot.get(node.toString())]);
  }

  /** An objective's chart data, if the objective is in the graph. */
  Option<Timeline.Data> objective(ObjectiveId id) {
    return scores.objective(id).map(score -> {
      Objective objective = score.objective();
      Cycle cycle = set().cycleOf(objective);
      Function<LocalDate, Option<BigDecimal>> daily =
          day -> endOf(day, cycle, NodeRef.objective(id));
      Seq<KeyResult> feeding = scores.policy().rollUp().children() == RollUpPolicy.Children.KEY_RESULTS_ONLY
          ? objective.keyResults() : objective.keyResults().appendAll(below(NodeRef.objective(id)));
      return Timeline.objective(objective, cycle, scores.policy(), score, daily, Timeline.checkIns(feeding),
          Timeline.checkIns(feeding.filter(marked)));
    });
  }

  /** A key result's chart data, if the key result is in the graph. */
  Option<Timeline.Data> keyResult(KeyResultId id) {
    return scores.keyResult(id).map(score -> {
      KeyResult keyResult = score.keyResult();
      Cycle cycle = set().cycleOf(set().objectiveOf(id).get());
      Function<LocalDate, Option<BigDecimal>> daily =
          day -> endOf(day, cycle, NodeRef.keyResult(id));
      Seq<KeyResult> feeding = scores.cascade() == GraphScorecard.Cascade.NONE
          ? Vector.of(keyResult) : Vector.of(keyResult).appendAll(below(NodeRef.keyResult(id)));
      return Timeline.keyResult(keyResult, cycle, scores.policy(), score, daily, Timeline.checkIns(feeding),
          Timeline.checkIns(feeding.filter(marked)));
    });
  }

  /** The key results below a node in the graph: those of its descendants, and descendant key results. */
  private Seq<KeyResult> below(NodeRef node) {
    AlignmentGraph graph = scores.graph();
    Vector<KeyResult> out = Vector.empty();
    for (NodeRef d : graph.descendants(node)) {
      if (d instanceof NodeRef.OfKeyResult k) {
        out = out.appendAll(set().keyResult(k.id()));
      } else if (d instanceof NodeRef.OfObjective o) {
        out = out.appendAll(set().objective(o.id()).map(Objective::keyResults).getOrElse(Vector.empty()));
      }
    }
    return out;
  }

  private OkrSet set() {
    return scores.graph().set();
  }
}
