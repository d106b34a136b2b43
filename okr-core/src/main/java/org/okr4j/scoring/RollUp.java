package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.MessageResolver;
import org.okr4j.validation.OkrError;

/**
 * The result of {@link RollUpPolicy#combine(Seq)}: the combined progress with each contribution
 * bounded by the policy's cap, the raw combination without the cap, any problem (weights that must
 * sum to 1 and do not), the contributions, and an explanation built on first request.
 *
 * <pre>{@code
 * RollUp r = RollUpPolicy.defaults().combine(contributions);
 * r.progress();                 // Some(0.6833…)
 * r.explanation().equation();   // "0.6833 = (0.75·3 + 0.625·2 + 0.6·1) / 6"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = false)
public abstract class RollUp {

  private static final Comparator<Contribution> ORDER = Comparator.comparing(Contribution::kind)
      .thenComparing(Contribution::weight, Comparator.reverseOrder()).thenComparing(Contribution::id);

  RollUp() {}

  /**
   * Returns the combined progress, each contribution bounded by {@link RollUpPolicy#cap()}.
   *
   * @return the progress; empty when no contribution is scored, every weight is 0, or the weights
   *     must sum to 1 and do not
   */
  public abstract Option<BigDecimal> progress();

  /**
   * Returns the combined progress without the cap (what Quantive would show).
   *
   * @return the raw progress; empty exactly when {@link #progress()} is
   */
  public abstract Option<BigDecimal> raw();

  /**
   * Returns the problems that left the roll-up without a value.
   *
   * @return the problems, paths relative to the roll-up; usually empty
   */
  public abstract Seq<OkrError> problems();

  /**
   * Returns the contributions combined, as given.
   *
   * @return the contributions
   */
  public abstract Seq<Contribution> contributions();

  /**
   * Returns the policy applied.
   *
   * @return the policy
   */
  public abstract RollUpPolicy policy();

  /**
   * Returns how the progress was derived, contributions sorted by kind (key results first), weight
   * (heaviest first) and id, so that the text does not depend on the order they were given in.
   *
   * @return the explanation, labelled {@code roll-up}
   */
  @Value.Lazy
  public Explanation explanation() {
    return explanation(ExplanationTexts.ENGLISH);
  }

  /**
   * Returns {@link #explanation()} in {@code locale}, from {@link MessageResolver#defaults()}: okr4j's
   * English, Simplified or Traditional Chinese, or a host catalogue's language. Each line's words are
   * a template keyed {@code okr.explain.*}; a line whose key the catalogues lack reads in English.
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
    return explanation(new ExplanationTexts(Args.require(messages, "messages"), Args.require(locale, "locale")));
  }

  private Explanation explanation(ExplanationTexts tx) {
    return explain(tx.t("rollup.label"), contributions(), policy(), progress().getOrNull(), !problems().isEmpty(), tx);
  }

  static Explanation explain(String label, Seq<Contribution> contributions, RollUpPolicy policy,
      @Nullable BigDecimal progress, boolean unnormalized, ExplanationTexts tx) {
    if (policy.children() == RollUpPolicy.Children.MEAN_OF_GROUP_MEANS) {
      return explainGroups(label, contributions, policy, progress, tx);
    }
    if (contributions.isEmpty()) {
      return Explanation.node(label, progress, "", tx.t(progress == null ? "rollup.nothing.not-scored"
          : "rollup.nothing.zero"), List.empty());
    }
    RollUpMath.Sum math = new RollUpMath(policy).keyResults();
    RollUpPolicy.Method method = policy.method();
    boolean weighted = method == RollUpPolicy.Method.WEIGHTED_MEAN || method == RollUpPolicy.Method.WEIGHTS_MUST_SUM_TO_ONE;
    StringBuilder terms = new StringBuilder();
    java.util.ArrayList<Explanation> inputs = new java.util.ArrayList<>();
    boolean anyMissing = false;
    for (Contribution c : contributions.sorted(ORDER)) {
      BigDecimal w = math.effectiveWeight(c.weight());
      BigDecimal p = c.progress().getOrNull();
      String name = weighted || w.signum() == 0 ? tx.t("rollup.weight", c.describe(tx), Fmt.num(w)) : c.describe(tx);
      Explanation shown = c.detail().isDefined() ? c.detail().get().withLabel(name)
          : Explanation.node(name, p, "", "", List.empty());
      math.add(p, c.weight());
      if (w.signum() == 0) {
        inputs.add(Explanation.node(name, p, "", tx.t("rollup.excluded"), shown.inputs()));
        continue;
      }
      if (p == null) {
        anyMissing = true;
        boolean skipped = policy.missing() == RollUpPolicy.Missing.SKIP;
        inputs.add(Explanation.node(name, null, "", tx.t(skipped ? "rollup.skipped" : "rollup.counts-zero"),
            shown.inputs()));
        if (skipped) {
          continue;
        }
      } else {
        BigDecimal capped = policy.cap().apply(p);
        inputs.add(capped.compareTo(p) == 0 ? shown
            : Explanation.node(tx.t("rollup.bounded", name, Fmt.num(capped)), p, shown.formula(), shown.rule(), shown.inputs()));
      }
      BigDecimal term = p == null ? BigDecimal.ZERO : policy.cap().apply(p);
      if (terms.length() > 0) {
        terms.append(method == RollUpPolicy.Method.MINIMUM ? ", " : " + ");
      }
      terms.append(Fmt.num(term));
      if (weighted) {
        terms.append('·').append(Fmt.num(w));
      }
    }
    return Explanation.node(label, progress, formula(method, terms, math, progress, unnormalized),
        rule(policy, anyMissing, progress, unnormalized, tx), List.ofAll(inputs));
  }

  /**
   * Explains a mean of group means: each group (key results, aligned children) explained as a flat
   * roll-up of its own, then the mean (or minimum) of the groups' results.
   */
  private static Explanation explainGroups(String label, Seq<Contribution> contributions, RollUpPolicy policy,
      @Nullable BigDecimal progress, ExplanationTexts tx) {
    RollUpPolicy flat = policy.withChildren(RollUpPolicy.Children.POOLED_WEIGHTED).withEmpty(RollUpPolicy.Empty.NOT_SCORED);
    java.util.ArrayList<Explanation> groups = new java.util.ArrayList<>();
    StringBuilder terms = new StringBuilder();
    int counted = 0;
    for (Contribution.Kind kind : Contribution.Kind.values()) {
      Seq<Contribution> group = contributions.filter(c -> c.kind() == kind);
      if (group.isEmpty()) {
        continue;
      }
      RollUp r = flat.combine(group);
      groups.add(explain(tx.t(kind == Contribution.Kind.KEY_RESULT ? "rollup.group.key-results" : "rollup.group.children"),
          group, flat, r.progress().getOrNull(), !r.problems().isEmpty(), tx));
      if (r.progress().isEmpty() && policy.missing() == RollUpPolicy.Missing.SKIP) {
        continue;
      }
      if (terms.length() > 0) {
        terms.append(policy.method() == RollUpPolicy.Method.MINIMUM ? ", " : " + ");
      }
      terms.append(r.progress().map(Fmt::num).getOrElse("0"));
      counted++;
    }
    if (groups.isEmpty()) {
      return explain(label, contributions, flat.withEmpty(policy.empty()), progress, false, tx);
    }
    String formula = progress == null ? "" : policy.method() == RollUpPolicy.Method.MINIMUM ? "min(" + terms + ")"
        : counted == 1 ? terms.toString() : "(" + terms + ") / " + counted;
    String rule = tx.t(progress == null ? "rollup.groups.not-scored"
        : policy.method() == RollUpPolicy.Method.MINIMUM ? "rollup.groups.minimum" : "rollup.groups.mean");
    return Explanation.node(label, progress, formula, rule, List.ofAll(groups));
  }

  private static String formula(RollUpPolicy.Method method, StringBuilder terms, RollUpMath.Sum math,
      @Nullable BigDecimal progress, boolean unnormalized) {
    if (unnormalized) {
      return "Σwᵢ = " + Fmt.num(math.weightTotal()) + " ≠ 1";
    }
    if (progress == null) {
      return "";
    }
    if (method == RollUpPolicy.Method.MINIMUM) {
      return "min(" + terms + ")";
    }
    BigDecimal divisor = math.sumOfWeights();
    if (divisor.compareTo(BigDecimal.ONE) == 0) {
      return terms.toString();
    }
    return "(" + terms + ") / " + Fmt.num(divisor);
  }

  private static String rule(RollUpPolicy policy, boolean anyMissing, @Nullable BigDecimal progress, boolean unnormalized,
      ExplanationTexts tx) {
    if (unnormalized) {
      return tx.t("rollup.unnormalized");
    }
    if (progress == null) {
      return tx.t("rollup.none-scored");
    }
    StringBuilder sb = new StringBuilder();
    switch (policy.method()) {
      case MEAN:
        sb.append(tx.t("rollup.method.mean"));
        break;
      case WEIGHTS_MUST_SUM_TO_ONE:
        sb.append(tx.t("rollup.method.sum-to-one"));
        break;
      case MINIMUM:
        sb.append(tx.t("rollup.method.minimum"));
        break;
      default:
        sb.append(tx.t("rollup.method.weighted-mean"));
        break;
    }
    if (!policy.cap().isNone()) {
      sb.append(tx.t("rollup.cap", policy.cap().describe()));
    }
    if (anyMissing) {
      sb.append(tx.t(policy.missing() == RollUpPolicy.Missing.SKIP ? "rollup.missing.skip" : "rollup.missing.zero"));
    }
    return sb.toString();
  }
}
