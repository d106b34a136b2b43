package org.okr4j.scoring;

import io.vavr.Lazy;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.OkrSet;
import org.okr4j.model.ObjectiveId;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * The result of {@link Scorer#evaluate}: the score of every objective of an {@link
 * org.okr4j.model.OkrSet} and of each of its key results, as of one instant, under one policy.
 * Scores do not depend on the order of objectives, key results or check-ins; look them up by id.
 *
 * <pre>{@code
 * Scorecard card = Scorer.evaluate(set, ScoringPolicy.defaults(), Instant.parse("2026-02-15T00:00:00Z"));
 * card.keyResult(KeyResultId.of("kr-leads")).flatMap(KeyResultScore::progress); // Some(0.75)
 * card.problems();                                                               // usually empty
 * }</pre>
 *
 * <p>Immutable and thread-safe; the indexes by id are built on first use.
 */
@Value.Immutable(builder = false, copy = false, prehash = false)
public abstract class Scorecard {

  Scorecard() {}

  /**
   * Returns the instant of evaluation.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns the policy applied.
   *
   * @return the policy
   */
  public abstract ScoringPolicy policy();

  /**
   * Returns the objectives' scores in the set's order.
   *
   * @return the objective scores
   */
  public abstract Vector<ObjectiveScore> objectives();

  /**
   * Returns the set these scores were computed from: present for a scorecard made by
   * {@link Scorer#evaluate} or {@link Scorer#rescore} (the set after the change), empty for one put
   * together by {@link #assemble}. Not part of equality, which compares the scores.
   *
   * @return the scored set, if known
   */
  @Value.Auxiliary
  public abstract Option<OkrSet> set();

  @Value.Auxiliary
  abstract Lazy<Map<ObjectiveId, Integer>> objectiveIndex();

  @Value.Auxiliary
  abstract Lazy<Map<KeyResultId, KeyResultScore>> keyResultIndex();

  /**
   * Assembles a scorecard from objective scores computed elsewhere, such as a roll-up through an
   * alignment graph ({@link Scorer#scoreObjective(org.okr4j.model.Objective, Seq, Seq, ScoringPolicy,
   * Instant)}).
   *
   * @param asOf the instant of evaluation
   * @param policy the rules the scores were computed under
   * @param objectives the objective scores, in the set's order
   * @return the scorecard
   * @throws org.okr4j.validation.OkrException if an argument or element is missing
   */
  public static Scorecard assemble(Instant asOf, ScoringPolicy policy, Seq<ObjectiveScore> objectives) {
    Args.require(objectives, "objectives").forEach(o -> Args.require(o, "objectives"));
    return of(Args.require(asOf, "asOf"), Args.require(policy, "policy"), Vector.ofAll(objectives), Option.none());
  }

  static Scorecard of(Instant asOf, ScoringPolicy policy, Vector<ObjectiveScore> objectives, Option<OkrSet> set) {
    Lazy<Map<ObjectiveId, Integer>> objectiveIndex =
        Lazy.of(() -> HashMap.ofEntries(objectives.zipWithIndex().map(t -> Tuple.of(t._1.id(), t._2))));
    Lazy<Map<KeyResultId, KeyResultScore>> keyResultIndex = Lazy.of(() -> {
      java.util.HashMap<KeyResultId, KeyResultScore> index = new java.util.HashMap<>();
      for (ObjectiveScore o : objectives) {
        for (KeyResultScore k : o.keyResults()) {
          index.put(k.id(), k);
        }
      }
      return HashMap.ofAll(index);
    });
    return ImmutableScorecard.of(asOf, policy, objectives, set, objectiveIndex, keyResultIndex);
  }

  /**
   * Returns every key result's score, objective by objective.
   *
   * @return the key-result scores
   */
  public Seq<KeyResultScore> keyResults() {
    return objectives().flatMap(ObjectiveScore::keyResults);
  }

  /**
   * Returns the score of an objective.
   *
   * @param id the objective's id
   * @return the score, if the objective was scored
   */
  public Option<ObjectiveScore> objective(ObjectiveId id) {
    return objectiveIndex().get().get(id).map(objectives()::get);
  }

  /**
   * Returns the score of a key result.
   *
   * @param id the key result's id
   * @return the score, if the key result was scored
   */
  public Option<KeyResultScore> keyResult(KeyResultId id) {
    return keyResultIndex().get().get(id);
  }

  /**
   * Returns every scoring problem, with paths into the set such as
   * {@code /objectives/0/keyResults/2/metric}.
   *
   * @return the problems, empty if every number could be computed
   */
  @Value.Lazy
  public Seq<OkrError> problems() {
    List<OkrError> all = List.empty();
    for (int i = 0; i < objectives().size(); i++) {
      ObjectiveScore o = objectives().get(i);
      OkrPath at = OkrPath.of("objectives").index(i);
      for (OkrError e : o.problems()) {
        all = all.prepend(e.under(at));
      }
      for (int k = 0; k < o.keyResults().size(); k++) {
        for (OkrError e : o.keyResults().get(k).problems()) {
          all = all.prepend(e.under(at.key("keyResults").index(k)));
        }
      }
    }
    return all.reverse();
  }

  /**
   * Returns a copy with one objective's score replaced, as after re-scoring one key result; the
   * indexes are carried over, not rebuilt.
   *
   * @param score the new score of an objective of this scorecard with the same key results
   * @return the copy, or this scorecard if it has no objective with that id
   */
  Scorecard replacing(ObjectiveScore score, OkrSet after) {
    Option<Integer> at = objectiveIndex().get().get(score.id());
    if (at.isEmpty()) {
      return this;
    }
    Lazy<Map<KeyResultId, KeyResultScore>> old = keyResultIndex();
    Lazy<Map<KeyResultId, KeyResultScore>> updated = Lazy.of(() -> {
      Map<KeyResultId, KeyResultScore> index = old.get();
      for (KeyResultScore k : score.keyResults()) {
        index = index.put(k.id(), k);
      }
      return index;
    });
    return ImmutableScorecard.of(asOf(), policy(), objectives().update(at.get(), score), Option.some(after), objectiveIndex(),
        updated);
  }
}
