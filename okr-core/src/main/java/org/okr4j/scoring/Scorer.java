package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * Applies a {@link ScoringPolicy} to OKRs as of an instant. Only check-ins whose instant is at or
 * before that instant are used, so a late check-in recorded after the cycle still counts when its
 * instant lies inside it, and evaluating the past gives what was known then.
 *
 * <pre>{@code
 * Scorecard card = Scorer.evaluate(set, ScoringPolicy.defaults(), Instant.parse("2026-02-15T00:00:00Z"));
 * KeyResultScore leads = card.keyResult(KeyResultId.of("kr-leads")).get();
 * System.out.println(leads.explanation().render());
 * }</pre>
 *
 * <p>The functions are pure: results depend only on the arguments, not on the order of
 * objectives, key results or check-ins, and they can run on any thread. Stateless.
 */
public final class Scorer {

  private Scorer() {}

  /**
   * Scores every objective and key result of a set.
   *
   * @param set the OKRs
   * @param policy the rules
   * @param asOf the instant of evaluation
   * @return the scorecard; numbers that cannot be computed are "not scored" and listed in
   *     {@link Scorecard#problems()}
   * @throws OkrException if an argument is missing
   */
  public static Scorecard evaluate(OkrSet set, ScoringPolicy policy, Instant asOf) {
    Args.require(set, "set");
    Engine engine = new Engine(Args.require(policy, "policy"), Args.require(asOf, "asOf"), false);
    Cycle[] last = new Cycle[1];
    Vector<ObjectiveScore> scores = set.objectives().map(o -> {
      Cycle cycle = last[0] != null && last[0].id().equals(o.cycle()) ? last[0] : set.cycleOf(o);
      last[0] = cycle;
      return engine.objective(o, cycle, o.keyResults().map(kr -> engine.score(kr, cycle)), List.empty());
    });
    return Scorecard.of(asOf, policy, scores, Option.some(set));
  }

  /**
   * Scores a set and accepts the result only if every number could be computed.
   *
   * @param set the OKRs, may be {@code null}
   * @param policy the rules, may be {@code null}
   * @param asOf the instant of evaluation, may be {@code null}
   * @return the scorecard, or every problem: missing arguments ({@code /set}, {@code /policy},
   *     {@code /asOf}) or the scorecard's {@link Scorecard#problems()}
   */
  public static Validation<Seq<OkrError>, Scorecard> validate(
      @Nullable OkrSet set, @Nullable ScoringPolicy policy, @Nullable Instant asOf) {
    Problems problems = new Problems();
    problems.present(set, OkrPath.of("set"));
    problems.present(policy, OkrPath.of("policy"));
    problems.present(asOf, OkrPath.of("asOf"));
    if (!problems.isEmpty()) {
      return Validation.invalid(problems.errors());
    }
    Scorecard card = evaluate(set, policy, asOf);
    return card.problems().isEmpty() ? Validation.valid(card) : Validation.invalid(card.problems());
  }

  /**
   * Scores one key result; the function the scorecard applies to each, exposed for incremental
   * re-scoring.
   *
   * @param keyResult the key result
   * @param cycle its objective's cycle
   * @param policy the rules
   * @param asOf the instant of evaluation
   * @return the score
   * @throws OkrException if an argument is missing
   */
  public static KeyResultScore scoreKeyResult(KeyResult keyResult, Cycle cycle, ScoringPolicy policy, Instant asOf) {
    Args.require(keyResult, "keyResult");
    Args.require(cycle, "cycle");
    return new Engine(Args.require(policy, "policy"), Args.require(asOf, "asOf"), false).score(keyResult, cycle);
  }

  /**
   * Scores an objective from its key results.
   *
   * @param objective the objective
   * @param cycle its cycle
   * @param policy the rules
   * @param asOf the instant of evaluation
   * @return the score
   * @throws OkrException if an argument is missing
   */
  public static ObjectiveScore scoreObjective(Objective objective, Cycle cycle, ScoringPolicy policy, Instant asOf) {
    Args.require(objective, "objective");
    Args.require(cycle, "cycle");
    Engine engine = new Engine(Args.require(policy, "policy"), Args.require(asOf, "asOf"), false);
    return engine.objective(objective, cycle, objective.keyResults().map(kr -> engine.score(kr, cycle)), List.empty());
  }

  /**
   * Combines already computed key-result scores and aligned children's contributions into an
   * objective's score, under {@link RollUpPolicy#children()}; the alignment graph uses this to roll
   * up child objectives. Status, confidence and forecast come from the key results only. Whether
   * the objective's cycle has ended (for its final status) is read from its key results' cycle;
   * an objective without key results is judged as still running; pass its cycle with
   * {@link #scoreObjective(Objective, Cycle, Seq, Seq, ScoringPolicy, Instant)} to judge it too.
   *
   * @param objective the objective
   * @param keyResults the scores of its key results
   * @param children the contributions of its aligned child objectives
   * @param policy the rules
   * @param asOf the instant of evaluation
   * @return the score
   * @throws OkrException if an argument or element is missing
   */
  public static ObjectiveScore scoreObjective(Objective objective, Seq<KeyResultScore> keyResults,
      Seq<Contribution> children, ScoringPolicy policy, Instant asOf) {
    return combine(objective, null, keyResults, children, policy, asOf);
  }

  /**
   * Combines already computed key-result scores and aligned children's contributions into the
   * score of an objective of {@code cycle}, as {@link #scoreObjective(Objective, Seq, Seq,
   * ScoringPolicy, Instant)} does; the objective's status is final once {@code cycle} has ended.
   *
   * @param objective the objective
   * @param cycle its cycle
   * @param keyResults the scores of its key results
   * @param children the contributions of its aligned child objectives
   * @param policy the rules
   * @param asOf the instant of evaluation
   * @return the score
   * @throws OkrException if an argument or element is missing
   */
  public static ObjectiveScore scoreObjective(Objective objective, Cycle cycle, Seq<KeyResultScore> keyResults,
      Seq<Contribution> children, ScoringPolicy policy, Instant asOf) {
    return combine(objective, Args.require(cycle, "cycle"), keyResults, children, policy, asOf);
  }

  private static ObjectiveScore combine(Objective objective, @Nullable Cycle cycle, Seq<KeyResultScore> keyResults,
      Seq<Contribution> children, ScoringPolicy policy, Instant asOf) {
    Args.require(objective, "objective");
    Args.require(keyResults, "keyResults").forEach(k -> Args.require(k, "keyResults"));
    Args.require(children, "children").forEach(c -> Args.require(c, "children"));
    return new Engine(Args.require(policy, "policy"), Args.require(asOf, "asOf"), false)
        .objective(objective, cycle, keyResults, children);
  }

  /**
   * Re-scores one key result of a scorecard after its set changed (typically a new check-in) and
   * re-combines its objective; every other score is kept. Equivalent to evaluating the new set, for
   * a change confined to that key result.
   *
   * @param card the scorecard of the set before the change
   * @param set the set after the change, with the same objectives and key results
   * @param keyResult the key result that changed
   * @return the updated scorecard, or an {@code okr.dangling-reference} error if the key result is
   *     not in both
   * @throws OkrException if an argument is missing
   */
  public static Either<OkrError, Scorecard> rescore(Scorecard card, OkrSet set, KeyResultId keyResult) {
    Args.require(card, "card");
    Args.require(set, "set");
    Args.require(keyResult, "keyResult");
    Option<Objective> objective = set.objectiveOf(keyResult);
    Option<ObjectiveScore> before = objective.flatMap(o -> card.objective(o.id()));
    Option<KeyResultScore> old = card.keyResult(keyResult);
    if (before.isEmpty() || old.isEmpty()) {
      return Either.left(new OkrError.DanglingReference(OkrPath.of("keyResult"), keyResult.value()));
    }
    Objective o = objective.get();
    Engine engine = new Engine(card.policy(), card.asOf(), false);
    KeyResultScore fresh = engine.score(o.keyResult(keyResult).get(), set.cycleOf(o));
    ObjectiveScore prior = before.get();
    Seq<KeyResultScore> krs = prior.keyResults().map(k -> k.id().equals(keyResult) ? fresh : k);
    return Either.right(card.replacing(engine.objective(o, set.cycleOf(o), krs, prior.children()), set));
  }
}
