package org.okr4j.scoring;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * One item of a roll-up: a key result or an aligned child objective, with its progress (empty when
 * not scored), its weight and, optionally, the explanation of its progress.
 * {@link RollUpPolicy#combine(Seq)} combines contributions into an objective's progress; the
 * scorer builds them from key results, the alignment graph from child objectives.
 *
 * <pre>{@code
 * Contribution child = Contribution.of(Contribution.Kind.OBJECTIVE, "o-social", "Social media",
 *     Option.some(new BigDecimal("0.27")), BigDecimal.ONE);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = false)
public abstract class Contribution {

  /** What contributes. */
  public enum Kind {
    /** A key result of the objective. */
    KEY_RESULT,
    /** An aligned child objective. */
    OBJECTIVE
  }

  Contribution() {}

  /**
   * Returns what contributes.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the contributor's id, such as a key-result or objective id.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Returns a human label, such as the title; may be empty, for instance to hide a private
   * objective's title in an explanation.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * Returns the contributor's progress.
   *
   * @return the progress; empty when not scored
   */
  public abstract Option<BigDecimal> progress();

  /**
   * Returns the weight in the roll-up; 0 excludes the contribution.
   *
   * @return the weight, ≥ 0
   */
  public abstract BigDecimal weight();

  /**
   * Returns the explanation of the contributor's progress, shown below it in the roll-up's
   * explanation.
   *
   * @return the explanation, if given
   */
  public abstract Option<Explanation> detail();

  /**
   * Validates a contribution.
   *
   * @param kind the kind, may be {@code null}
   * @param id the id, may be {@code null}
   * @param label the label, may be {@code null} for none
   * @param progress the progress, or {@code null} when not scored
   * @param weight the weight, ≥ 0; may be {@code null}
   * @return the contribution, or every problem (paths {@code /kind}, {@code /id}, {@code /label},
   *     {@code /progress}, {@code /weight})
   */
  public static Validation<Seq<OkrError>, Contribution> validate(@Nullable Kind kind, @Nullable String id,
      @Nullable String label, @Nullable BigDecimal progress, @Nullable BigDecimal weight) {
    Problems problems = new Problems();
    problems.present(kind, OkrPath.of("kind"));
    String checkedId = problems.text(id, OkrPath.of("id"));
    String checkedLabel = problems.optionalText(label == null ? "" : label, OkrPath.of("label"));
    BigDecimal p = progress == null ? null : problems.number(progress, OkrPath.of("progress"));
    BigDecimal w = problems.nonNegative(weight, OkrPath.of("weight"));
    return problems.result(() -> ImmutableContribution.of(kind, checkedId, checkedLabel, Option.of(p), w, Option.none()));
  }

  /**
   * Returns a contribution.
   *
   * @param kind the kind
   * @param id the id
   * @param label the label, may be empty
   * @param progress the progress, empty when not scored
   * @param weight the weight, ≥ 0
   * @return the contribution
   * @throws OkrException if an input is missing or invalid
   */
  public static Contribution of(Kind kind, String id, String label, Option<BigDecimal> progress, BigDecimal weight) {
    return OkrException.getOrThrow(validate(kind, id, label, Args.require(progress, "progress").getOrNull(), weight));
  }

  /**
   * Returns the contribution of a scored key result: its reported progress and its weight.
   *
   * @param score the key result's score
   * @return the contribution, without detail
   * @throws OkrException if {@code score} is missing
   */
  public static Contribution keyResult(KeyResultScore score) {
    Args.require(score, "score");
    return ImmutableContribution.of(Kind.KEY_RESULT, score.id().value(), score.keyResult().title(),
        score.progress(), score.weight(), Option.none());
  }

  /**
   * Returns the contribution of a scored child objective: its reported progress with the given
   * weight, such as the weight of an alignment link.
   *
   * @param score the child objective's score
   * @param weight the weight, ≥ 0
   * @return the contribution, without detail; the score's progress is taken as computed (a
   *     roll-up's quotient may carry more decimals than {@link #validate} accepts from callers)
   * @throws OkrException if an input is missing or the weight is invalid
   */
  public static Contribution objective(ObjectiveScore score, BigDecimal weight) {
    Args.require(score, "score");
    return objective(score.id().value(), score.objective().title(), score.progress(), weight);
  }

  /** An aligned child objective's contribution from its id, title and rolled-up progress. */
  static Contribution objective(String id, String title, Option<BigDecimal> progress, BigDecimal weight) {
    Contribution checked = OkrException.getOrThrow(validate(Kind.OBJECTIVE, id, title, null, weight));
    return ImmutableContribution.of(Kind.OBJECTIVE, checked.id(), checked.label(), progress, checked.weight(),
        Option.none());
  }

  /**
   * Returns a copy with another weight.
   *
   * @param weight the weight, ≥ 0
   * @return the copy
   * @throws OkrException if the weight is missing, negative or outside the number domain
   */
  public Contribution withWeight(BigDecimal weight) {
    Contribution checked = OkrException.getOrThrow(validate(kind(), id(), label(), null, weight));
    return ImmutableContribution.of(kind(), id(), label(), progress(), checked.weight(), detail());
  }

  /**
   * Returns a copy with another label, such as a redacted one.
   *
   * @param label the label, may be empty
   * @return the copy
   * @throws OkrException if the label is missing or too long
   */
  public Contribution withLabel(String label) {
    Contribution checked = OkrException.getOrThrow(
        validate(kind(), id(), Args.require(label, "label"), progress().getOrNull(), weight()));
    return ImmutableContribution.of(kind(), id(), checked.label(), progress(), weight(), detail());
  }

  /**
   * Returns a copy with the explanation of the contributor's progress.
   *
   * @param detail the explanation
   * @return the copy
   * @throws OkrException if {@code detail} is missing
   */
  public Contribution withDetail(Explanation detail) {
    return ImmutableContribution.of(kind(), id(), label(), progress(), weight(), Option.some(Args.require(detail, "detail")));
  }

  /**
   * Returns a copy without the explanation of the contributor's progress.
   *
   * @return the copy
   */
  public Contribution withoutDetail() {
    return ImmutableContribution.of(kind(), id(), label(), progress(), weight(), Option.none());
  }

  Contribution withWeightUnchecked(BigDecimal weight) {
    return ImmutableContribution.of(kind(), id(), label(), progress(), weight, detail());
  }

  /** Describes the contributor for explanations in okr4j's English: {@code key result kr-a (Title)}. */
  String describe() {
    return describe(ExplanationTexts.ENGLISH);
  }

  /** Describes the contributor for explanations in the words of {@code tx}: {@code key result kr-a (Title)}. */
  String describe(ExplanationTexts tx) {
    String what = kind() == Kind.KEY_RESULT ? "key-result" : "objective";
    return label().isEmpty() ? tx.t("rollup." + what, id()) : tx.t("label." + what, id(), label());
  }
}
