package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * How an objective's progress rolls up from its key results and, through the alignment graph, from
 * its aligned child objectives. A roll-up combines {@link Contribution}s:
 * <ul>
 *   <li>a contribution of weight 0 is always excluded (Ally.io 0x, Lattice 0 %, Amoeboids,
 *       OKRnest); if every weight is 0 the result is not scored;</li>
 *   <li>a contribution that is not scored counts as 0 or is skipped ({@link #missing()}); when no
 *       contribution is scored the result is not scored, never 0;</li>
 *   <li>each contribution is bounded by {@link #cap()} before combining (Perdoo: KRs at 0 % and
 *       200 % make 50 %, not 100 %);</li>
 *   <li>an objective with nothing to roll up (no contribution at all) is not scored, or scores 0
 *       ({@link #empty()}).</li>
 * </ul>
 * {@link #combine(Seq)} is the reusable function; {@link #combine(Seq, Seq)} first selects key
 * results and children as {@link #children()} says.
 *
 * <pre>{@code
 * RollUp r = RollUpPolicy.defaults().combine(List.of(
 *     Contribution.of(Contribution.Kind.KEY_RESULT, "a", "", Option.some(new BigDecimal("0.75")), BigDecimal.valueOf(3)),
 *     Contribution.of(Contribution.Kind.KEY_RESULT, "b", "", Option.some(new BigDecimal("0.625")), BigDecimal.valueOf(2)),
 *     Contribution.of(Contribution.Kind.KEY_RESULT, "c", "", Option.some(new BigDecimal("0.6")), BigDecimal.ONE)));
 * r.explanation().equation(); // "0.6833 = (0.75·3 + 0.625·2 + 0.6·1) / 6"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = true, copy = true, prehash = false)
public abstract class RollUpPolicy {

  /** How contributions combine. */
  public enum Method {
    /**
     * The normalized weighted mean {@code Σwᵢ·pᵢ / Σwᵢ}; with the default weight 1 it is the plain
     * mean. The default; Oslo okr-tracker, Amoeboids UpRaise, Qulture.Rocks,
     * ServiceNow, Hirebook, Ally.io multipliers.
     */
    WEIGHTED_MEAN,
    /**
     * The plain mean {@code Σpᵢ / n}, weights other than 0 ignored: Perdoo, Quantive, Lattice,
     * WorkBoard, Leapsome, Measure What Matters ("averaging the percentage completion rates").
     */
    MEAN,
    /**
     * The weighted sum {@code Σwᵢ·pᵢ} with weights that must total exactly 1, else the result is
     * not scored with an {@code okr.scoring.weights-not-normalized} problem: Inspire, Sesame HR,
     * Betterworks, Profit.co, Infor. Skipped contributions leave the rest normalized by their weights.
     */
    WEIGHTS_MUST_SUM_TO_ONE,
    /** The weakest contribution {@code min pᵢ}. */
    MINIMUM
  }

  /** What a contribution that is not scored counts as. */
  public enum Missing {
    /**
     * 0, as long as some other contribution is scored. The default: every documented example does
     * this (Perdoo: 100 %, 0 %, 0 % → 33 %; Oslo).
     */
    COUNT_AS_ZERO,
    /** Nothing: it is left out (in the spirit of Jira Align's "N/S"). */
    SKIP
  }

  /**
   * Which contributions an objective rolls up, when aligned child objectives are known. The scorer
   * alone knows only key results; the alignment graph supplies the children.
   */
  public enum Children {
    /** Key results only; children do not count. The default; Quantive "average of KRs", Perdoo "Key Results". */
    KEY_RESULTS_ONLY,
    /** Child objectives only (Quantive "average of child objectives", Perdoo "Aligned OKRs"). */
    CHILDREN_ONLY,
    /**
     * Key results and children pooled as equal items: every weight other than 0 counts as 1 (Quantive:
     * (27 + 18 + 73) / 3 = 39 %; Perdoo "Both", equal by default).
     */
    POOLED,
    /**
     * Key results and children pooled with their own weights (Amoeboids: KR weights 3, 5, 7, 10 and
     * alignments 5, 4; ServiceNow: sub-goals and targets pooled).
     */
    POOLED_WEIGHTED,
    /** Children only when the objective has no key results, else key results only (Leapsome). */
    CHILDREN_WHEN_NO_KEY_RESULTS,
    /**
     * The mean of two group means: the key results' roll-up and the children's roll-up, each by
     * {@link #method()}, averaged with equal weight (key results 0.5 and 1 → 0.75, children 0.25 →
     * (0.75 + 0.25) / 2 = 0.5, where pooling the three would give 0.583…). With
     * {@link Method#WEIGHTED_MEAN} each group is its weighted mean; a group without contributions
     * is left out.
     */
    MEAN_OF_GROUP_MEANS
  }

  /** What an objective with nothing to roll up (no key result and no child counted) scores. */
  public enum Empty {
    /** Not scored. The default. */
    NOT_SCORED,
    /** 0, as a parent may want an objective without key results to drag its roll-up down. */
    ZERO
  }

  private static final RollUpPolicy DEFAULTS = ImmutableRollUpPolicy.builder()
      .method(Method.WEIGHTED_MEAN)
      .missing(Missing.COUNT_AS_ZERO)
      .cap(Cap.clamp01())
      .children(Children.KEY_RESULTS_ONLY)
      .empty(Empty.NOT_SCORED)
      .build();

  RollUpPolicy() {}

  /**
   * Returns how contributions combine: normalized weighted mean (default; Oslo, Amoeboids,
   * ServiceNow), plain mean (Perdoo, Quantive, Lattice), weights that must sum to 1 (Inspire,
   * Sesame HR, Betterworks, Profit.co), or minimum.
   *
   * @return the method; {@link Method#WEIGHTED_MEAN} by default
   */
  public abstract Method method();

  /**
   * Returns what a contribution that is not scored counts as: 0 (default; Perdoo, Oslo) or nothing
   * (skipped). Either way, an objective none of whose contributions is scored is not scored.
   *
   * @return the rule; {@link Missing#COUNT_AS_ZERO} by default
   */
  public abstract Missing missing();

  /**
   * Returns the bounds applied to each contribution before combining. Default {@link
   * Cap#clamp01()}: Perdoo caps at 100 % and treats negative values as 0 when rolling up, and so
   * does Oslo okr-tracker; Quantive uses {@link Cap#none()} (cascade parent 133.3 %).
   *
   * @return the cap; {@link Cap#clamp01()} by default
   */
  public abstract Cap cap();

  /**
   * Returns which contributions roll up when aligned child objectives are known: key results only
   * (default), children only (Quantive, Perdoo), pooled as equal items (Quantive, Perdoo Both),
   * pooled with weights (Amoeboids, ServiceNow), or children only when there are no key results
   * (Leapsome).
   *
   * @return the mode; {@link Children#KEY_RESULTS_ONLY} by default
   */
  public abstract Children children();

  /**
   * Returns what an objective with nothing to roll up scores: not scored (default) or 0. An
   * objective whose contributions are all not scored is not scored either way.
   *
   * @return the rule; {@link Empty#NOT_SCORED} by default
   */
  public abstract Empty empty();

  /**
   * Returns a copy with another {@link #empty()}.
   *
   * @param empty the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code empty} is missing
   */
  public RollUpPolicy withEmpty(Empty empty) {
    return ImmutableRollUpPolicy.copyOf(this).copyWithEmpty(Args.require(empty, "empty"));
  }

  /**
   * Returns the default roll up policy; each option's default is named in its accessor's
   * documentation.
   *
   * @return the defaults
   */
  public static RollUpPolicy defaults() {
    return DEFAULTS;
  }



  /**
   * Returns a copy with another {@link #method()}.
   *
   * @param method the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code method} is missing
   */
  public RollUpPolicy withMethod(Method method) {
    return ImmutableRollUpPolicy.copyOf(this).copyWithMethod(Args.require(method, "method"));
  }

  /**
   * Returns a copy with another {@link #missing()}.
   *
   * @param missing the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code missing} is missing
   */
  public RollUpPolicy withMissing(Missing missing) {
    return ImmutableRollUpPolicy.copyOf(this).copyWithMissing(Args.require(missing, "missing"));
  }

  /**
   * Returns a copy with another {@link #cap()}.
   *
   * @param cap the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code cap} is missing
   */
  public RollUpPolicy withCap(Cap cap) {
    return ImmutableRollUpPolicy.copyOf(this).copyWithCap(Args.require(cap, "cap"));
  }

  /**
   * Returns a copy with another {@link #children()}.
   *
   * @param children the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code children} is missing
   */
  public RollUpPolicy withChildren(Children children) {
    return ImmutableRollUpPolicy.copyOf(this).copyWithChildren(Args.require(children, "children"));
  }

  /**
   * Selects the contributions of an objective under {@link #children()}; under
   * {@link Children#POOLED} every weight other than 0 becomes 1.
   *
   * @param keyResults the key results' contributions
   * @param children the aligned child objectives' contributions
   * @return the contributions that roll up
   * @throws OkrException if an argument or element is missing
   */
  public Seq<Contribution> select(Seq<Contribution> keyResults, Seq<Contribution> children) {
    Args.require(keyResults, "keyResults").forEach(c -> Args.require(c, "keyResults"));
    Args.require(children, "children").forEach(c -> Args.require(c, "children"));
    boolean krs = usesKeyResults(keyResults.size());
    boolean kids = usesChildren(keyResults.size());
    // every mode uses key results, children or both
    Seq<Contribution> all = krs && kids ? keyResults.appendAll(children) : krs ? keyResults : children;
    if (children() != Children.POOLED) {
      return all;
    }
    return all.map(c -> c.weight().signum() == 0 || c.weight().compareTo(BigDecimal.ONE) == 0 ? c
        : c.withWeightUnchecked(BigDecimal.ONE));
  }

  boolean usesKeyResults(int keyResultCount) {
    switch (children()) {
      case CHILDREN_ONLY:
        return false;
      case CHILDREN_WHEN_NO_KEY_RESULTS:
        return keyResultCount > 0;
      default:
        return true;
    }
  }

  boolean usesChildren(int keyResultCount) {
    switch (children()) {
      case KEY_RESULTS_ONLY:
        return false;
      case CHILDREN_WHEN_NO_KEY_RESULTS:
        return keyResultCount == 0;
      default:
        return true;
    }
  }

  /**
   * Combines key results and aligned children: {@link #select(Seq, Seq)}, then
   * {@link #combine(Seq)}.
   *
   * @param keyResults the key results' contributions
   * @param children the aligned child objectives' contributions
   * @return the roll-up
   * @throws OkrException if an argument is missing
   */
  public RollUp combine(Seq<Contribution> keyResults, Seq<Contribution> children) {
    return combine(select(keyResults, children));
  }

  /**
   * Combines contributions with {@link #method()}, {@link #missing()}, {@link #cap()} and
   * {@link #empty()}; under {@link Children#MEAN_OF_GROUP_MEANS} the key results' and the child
   * objectives' contributions (by {@link Contribution#kind()}) are combined apart, then averaged.
   * The result does not depend on the order of the contributions.
   *
   * @param contributions the contributions, weights as given
   * @return the roll-up: progress (capped contributions) and raw progress (uncapped), a problem if
   *     weights must sum to 1 and do not, and a lazily built explanation
   * @throws OkrException if {@code contributions} or one of them is missing
   */
  public RollUp combine(Seq<Contribution> contributions) {
    Args.require(contributions, "contributions");
    RollUpMath math = new RollUpMath(this);
    for (Contribution c : contributions) {
      Args.require(c, "contributions");
      if (c.kind() == Contribution.Kind.OBJECTIVE) {
        math.addChild(c.progress().getOrNull(), c.weight());
      } else {
        math.add(c.progress().getOrNull(), c.weight());
      }
    }
    OkrError problem = math.problem(OkrPath.root());
    return ImmutableRollUp.of(Option.of(math.progress()), Option.of(math.raw()),
        problem == null ? List.empty() : List.of(problem), contributions, this);
  }
}
