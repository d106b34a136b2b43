package org.okr4j.scoring;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import org.immutables.value.Value;
import org.okr4j.model.Confidence;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveId;
import org.okr4j.validation.MessageResolver;
import org.okr4j.validation.OkrError;

/**
 * The score of one objective as of an instant: progress rolled up from its key results (and, when
 * the alignment graph supplies them, its aligned children), grade, colour band, verdict against its
 * committed or aspirational type, status, confidence and forecast combined from its key results,
 * and the scores of those key results.
 *
 * <pre>{@code
 * ObjectiveScore o = card.objective(ObjectiveId.of("o-brand")).get();
 * o.progress();                 // Some(0.6833…)
 * o.explanation().equation();   // "0.6833 = (0.75·3 + 0.625·2 + 0.6·1) / 6"
 * }</pre>
 *
 * <p>Equality compares the results. The explanation is built on first request. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = true, copy = false, prehash = false)
public abstract class ObjectiveScore {

  ObjectiveScore() {}

  /**
   * Returns the objective's id.
   *
   * @return the id
   */
  public abstract ObjectiveId id();

  /**
   * Returns the instant of evaluation.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns the roll-up without the roll-up cap (contributions as reported).
   *
   * @return the raw progress; empty when not scored
   */
  public abstract Option<BigDecimal> raw();

  /**
   * Returns the progress: the roll-up with each contribution within {@link RollUpPolicy#cap()}.
   *
   * @return the progress; empty when no contribution is scored, every weight is 0, or the weights
   *     must sum to 1 and do not
   */
  public abstract Option<BigDecimal> progress();

  /**
   * Returns the grade on {@link GradingPolicy#scale()}.
   *
   * @return the grade; empty when not scored
   */
  public abstract Option<BigDecimal> grade();

  /**
   * Returns the colour band of the grade.
   *
   * @return the band; empty when not scored or the scale has no bands
   */
  public abstract Option<Band> band();

  /**
   * Returns the verdict on the grade against the objective's type.
   *
   * @return the verdict
   */
  public abstract Verdict verdict();

  /**
   * Returns the status combined from the key results' statuses.
   *
   * @return the status; {@link Status#NOT_SCORED} if no key result has one
   */
  public abstract Status status();

  /**
   * Returns the mean of the key results' status scores on {@link StatusPolicy#statusScale()} (with
   * the default scale, their ranks, achieved counting as 1): the number that
   * {@link StatusPolicy.StatusRollUp#MEAN_RANK} reads back as a status, computed whatever the
   * objective status rule. On track, on track, at risk on BOJA's scale: 4 / 3 = 1.333….
   *
   * @return the mean; empty when no key result has a status
   */
  public abstract Option<BigDecimal> meanRank();

  /**
   * Returns the confidence aggregated from the key results'.
   *
   * @return the confidence, if any key result has one
   */
  public abstract Option<Confidence> confidence();

  /**
   * Returns the band of the confidence.
   *
   * @return the band, if there is a confidence and the scale has bands
   */
  public abstract Option<Band> confidenceBand();

  /**
   * Returns the forecast rolled up from the key results' forecasts.
   *
   * @return the forecast
   */
  public abstract Forecast forecast();

  /**
   * Returns the scores of the objective's key results, in the objective's order.
   *
   * @return the key-result scores
   */
  public abstract Seq<KeyResultScore> keyResults();

  /**
   * Returns the aligned children's contributions given to the roll-up.
   *
   * @return the children; empty when scored without the alignment graph
   */
  public abstract Seq<Contribution> children();

  /**
   * Returns the problems of the roll-up itself, such as weights that must sum to 1 and do not.
   *
   * @return the problems, paths relative to the objective
   */
  public abstract Seq<OkrError> problems();

  /**
   * Returns the objective scored.
   *
   * @return the objective
   */
  @Value.Auxiliary
  public abstract Objective objective();

  @Value.Auxiliary
  abstract ScoringPolicy policy();

  /**
   * Tells whether the objective has a progress value.
   *
   * @return {@code true} unless not scored
   */
  public boolean isScored() {
    return progress().isDefined();
  }

  /**
   * Returns how the progress was derived: the roll-up formula with each contribution (key results
   * first, heaviest first, then by id) and, below each key result, its own explanation.
   *
   * @return the explanation, labelled with the objective's id and title
   */
  @Value.Lazy
  public Explanation explanation() {
    return explanation(ExplanationTexts.ENGLISH, KeyResultScore::explanation);
  }

  /**
   * Returns {@link #explanation()} in {@code locale}, from {@link MessageResolver#defaults()}: okr4j's
   * English, Simplified or Traditional Chinese, or a host catalogue's language, the key results'
   * explanations below it included. Each line's words are a template keyed {@code okr.explain.*}
   * (see {@link org.okr4j.validation.MessageCatalog}); a line whose key the catalogues lack reads in
   * English.
   *
   * @param locale the reader's locale
   * @return the explanation
   * @throws org.okr4j.validation.OkrException if {@code locale} is missing
   */
  public Explanation explanation(Locale locale) {
    return explanation(locale, MessageResolver.defaults());
  }

  /**
   * Returns {@link #explanation()} in {@code locale}, its words read from the catalogues of
   * {@code messages} (numbers, formulas, ids and titles are shown as in English).
   *
   * @param locale the reader's locale
   * @param messages the catalogues to read
   * @return the explanation
   * @throws org.okr4j.validation.OkrException if an argument is missing
   */
  public Explanation explanation(Locale locale, MessageResolver messages) {
    ExplanationTexts tx = new ExplanationTexts(Args.require(messages, "messages"), Args.require(locale, "locale"));
    return explanation(tx, k -> k.explanation(locale, messages));
  }

  private Explanation explanation(ExplanationTexts tx, Function<KeyResultScore, Explanation> keyResultExplanation) {
    RollUpPolicy rollUp = policy().rollUp();
    Seq<Contribution> krs = keyResults().map(k -> Contribution.keyResult(k).withDetail(keyResultExplanation.apply(k)));
    return RollUp.explain(tx.t("label.objective", id().value(), objective().title()),
        rollUp.select(krs, children()), rollUp, progress().getOrNull(), !problems().isEmpty(), tx);
  }
}
