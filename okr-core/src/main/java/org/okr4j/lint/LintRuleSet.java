package org.okr4j.lint;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * The configuration of a lint run: which rules there are (the built-ins and any host-defined
 * ones), which are enabled, the severity of each, and the thresholds of the built-in rules. Start
 * from {@link #defaults()} and derive variants with the {@code with...} copies:
 *
 * <pre>{@code
 * LintRuleSet rules = LintRuleSet.defaults()
 *     .withMaxObjectivesPerOwner(3)
 *     .withSeverity(BuiltInRule.STALE_KEY_RESULT.code(), Severity.ERROR)
 *     .withEnabled(BuiltInRule.WEIGHTS_NOT_NORMALIZED.code(), true)  // the strict weight policy
 *     .withRule(myHostRule);
 * }</pre>
 *
 * <table>
 *   <caption>Thresholds and their defaults</caption>
 *   <tr><th>Option</th><th>Default</th><th>Used by</th></tr>
 *   <tr><td>{@link #maxObjectivesPerOwner()}</td><td>5</td><td>{@link BuiltInRule#TOO_MANY_OBJECTIVES}</td></tr>
 *   <tr><td>{@link #minKeyResults()}, {@link #maxKeyResults()}</td><td>2, 5</td>
 *       <td>{@link BuiltInRule#TOO_FEW_KEY_RESULTS}, {@link BuiltInRule#TOO_MANY_KEY_RESULTS}</td></tr>
 *   <tr><td>{@link #startWindowDays()}</td><td>14</td><td>{@link BuiltInRule#TARGET_MET_AT_START}</td></tr>
 *   <tr><td>{@link #titleSimilarity()}</td><td>0.8</td><td>{@link BuiltInRule#DUPLICATE_TITLE}</td></tr>
 *   <tr><td>{@link #staleAfterDays()}</td><td>14</td><td>{@link BuiltInRule#STALE_KEY_RESULT}</td></tr>
 *   <tr><td>{@link #forbidLevelSkipping()}</td><td>false (follow the graph's policy)</td>
 *       <td>{@link BuiltInRule#LEVEL_SKIPPED}</td></tr>
 *   <tr><td>{@link #neverUpdatedAfter()}</td><td>0.5</td><td>{@link BuiltInRule#NEVER_UPDATED}</td></tr>
 * </table>
 *
 * <p>Enablement and severity are configured by rule code and kept even for codes that no rule in
 * the set has (yet), so a host can load its configuration before registering its rules. A rule is
 * enabled when configured so, or else when it is {@link LintRule#enabledByDefault() enabled by
 * default}; {@link BuiltInRule#WEIGHTS_NOT_NORMALIZED} is the only built-in rule that is not.
 * Invalid options are reported as {@link OkrException}s carrying {@code okr.required},
 * {@code okr.malformed.id} or {@code okr.out-of-range} errors whose path names the option.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LintRuleSet {

  /** The default of {@link #maxObjectivesPerOwner()}. */
  public static final int DEFAULT_MAX_OBJECTIVES_PER_OWNER = 5;
  /** The default of {@link #minKeyResults()}. */
  public static final int DEFAULT_MIN_KEY_RESULTS = 2;
  /** The default of {@link #maxKeyResults()}. */
  public static final int DEFAULT_MAX_KEY_RESULTS = 5;
  /** The default of {@link #startWindowDays()}. */
  public static final int DEFAULT_START_WINDOW_DAYS = 14;
  /** The default of {@link #staleAfterDays()}. */
  public static final int DEFAULT_STALE_AFTER_DAYS = 14;
  /** The default of {@link #neverUpdatedAfter()}: half the cycle. */
  public static final BigDecimal DEFAULT_NEVER_UPDATED_AFTER = new BigDecimal("0.5");
  /** The default of {@link #titleSimilarity()}. */
  public static final BigDecimal DEFAULT_TITLE_SIMILARITY = new BigDecimal("0.8");
  /** The largest number of days accepted by the day-count options (about a century). */
  public static final int MAX_DAYS = 36_500;

  private static final LintRuleSet EMPTY = ImmutableLintRuleSet.of(Vector.empty(), TreeMap.empty(),
      TreeMap.empty(), DEFAULT_MAX_OBJECTIVES_PER_OWNER, DEFAULT_MIN_KEY_RESULTS, DEFAULT_MAX_KEY_RESULTS,
      DEFAULT_START_WINDOW_DAYS, DEFAULT_TITLE_SIMILARITY, DEFAULT_STALE_AFTER_DAYS, DEFAULT_NEVER_UPDATED_AFTER, false);

  private static final LintRuleSet DEFAULTS = ImmutableLintRuleSet.of(Vector.of(BuiltInRule.values()),
      TreeMap.empty(), TreeMap.empty(), DEFAULT_MAX_OBJECTIVES_PER_OWNER, DEFAULT_MIN_KEY_RESULTS,
      DEFAULT_MAX_KEY_RESULTS, DEFAULT_START_WINDOW_DAYS, DEFAULT_TITLE_SIMILARITY, DEFAULT_STALE_AFTER_DAYS,
      DEFAULT_NEVER_UPDATED_AFTER, false);

  LintRuleSet() {}

  /**
   * Returns the rules of the set, enabled or not: the built-ins first, in declaration order, then
   * host rules in the order they were added.
   *
   * @return the rules, with unique codes
   */
  public abstract Seq<LintRule> rules();

  /**
   * Returns the codes explicitly enabled ({@code true}) or disabled ({@code false}).
   *
   * @return the enablement overrides, by code
   */
  public abstract SortedMap<String, Boolean> enabledOverrides();

  /**
   * Returns the severities that replace rules' defaults.
   *
   * @return the severity overrides, by code
   */
  public abstract SortedMap<String, Severity> severityOverrides();

  /**
   * Returns the largest number of objectives one owner should have in one cycle.
   *
   * @return at least 1; 5 by default
   */
  public abstract int maxObjectivesPerOwner();

  /**
   * Returns the smallest number of key results an objective should have.
   *
   * @return 0 or more, at most {@link #maxKeyResults()}; 2 by default
   */
  public abstract int minKeyResults();

  /**
   * Returns the largest number of key results an objective should have.
   *
   * @return at least 1; 5 by default
   */
  public abstract int maxKeyResults();

  /**
   * Returns how many days from a cycle's start count as "at the start": a first check-in before
   * {@code start + startWindowDays} that already meets the target is reported.
   *
   * @return 0 to {@link #MAX_DAYS}; 14 by default
   */
  public abstract int startWindowDays();

  /**
   * Returns the similarity from which two titles count as near-duplicates: the Dice coefficient of
   * their character bigrams after normalization (see {@link BuiltInRule#DUPLICATE_TITLE}).
   *
   * @return a fraction in (0, 1]; 0.8 by default
   */
  public abstract BigDecimal titleSimilarity();

  /**
   * Returns after how many days without a check-in a key result of a running cycle is stale.
   *
   * @return 1 to {@link #MAX_DAYS}; 14 by default
   */
  public abstract int staleAfterDays();

  /**
   * Returns the share of a cycle after which a key result that was never checked in is reported.
   *
   * @return a fraction in [0, 1]; 0.5 by default
   */
  public abstract BigDecimal neverUpdatedAfter();

  /**
   * Tells whether alignment links may not skip levels whatever the graph's policy allows: when
   * {@code true}, {@link BuiltInRule#LEVEL_SKIPPED} reports every link that skips a level; when
   * {@code false}, only links that the graph's own {@code AlignmentPolicy} forbids (its level rule
   * is {@code NO_SKIPPING}).
   *
   * @return {@code false} by default
   */
  public abstract boolean forbidLevelSkipping();

  /**
   * Returns every {@link BuiltInRule} with the default thresholds and severities.
   *
   * @return the default rule set
   */
  public static LintRuleSet defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a rule set without rules and with the default thresholds, for hosts that want only
   * the rules they add.
   *
   * @return the empty rule set
   */
  public static LintRuleSet empty() {
    return EMPTY;
  }

  /**
   * Returns the rule with {@code code}.
   *
   * @param code the rule's code
   * @return the rule, if the set has it
   */
  public Option<LintRule> rule(@Nullable String code) {
    return rules().find(r -> r.code().equals(code));
  }

  /**
   * Tells whether {@code rule} runs: as configured for its code, or else its own default.
   *
   * @param rule a rule
   * @return {@code true} if enabled
   * @throws OkrException with {@code okr.required} if an argument is missing
   */
  public boolean isEnabled(LintRule rule) {
    Problems.require(rule, "rule");
    return enabledOverrides().get(rule.code()).getOrElse(rule::enabledByDefault);
  }

  /**
   * Tells whether the rule with {@code code} runs.
   *
   * @param code a rule code
   * @return {@code true} if the set has an enabled rule with this code
   */
  public boolean isEnabled(@Nullable String code) {
    return rule(code).map(this::isEnabled).getOrElse(false);
  }

  /**
   * Returns the rules that run, in the order of {@link #rules()}.
   *
   * @return the enabled rules
   */
  public Seq<LintRule> enabledRules() {
    return rules().filter(this::isEnabled);
  }

  /**
   * Returns the severity of {@code rule}'s findings: as configured for its code, or else the
   * rule's default ({@link Severity#WARNING} if a host rule returns none).
   *
   * @param rule a rule
   * @return the severity
   * @throws OkrException with {@code okr.required} if an argument is missing
   */
  public Severity severityOf(LintRule rule) {
    Problems.require(rule, "rule");
    return severityOverrides().get(rule.code())
        .getOrElse(() -> Option.of(rule.defaultSeverity()).getOrElse(Severity.WARNING));
  }

  /**
   * Returns a copy with {@code rule} added, or in place of the rule with the same code (so a host
   * can also replace a built-in rule).
   *
   * @param rule the rule
   * @return the copy
   * @throws OkrException if {@code rule} is {@code null}, its code is not a valid identifier or
   *     its default severity is {@code null}
   */
  public LintRuleSet withRule(LintRule rule) {
    Problems problems = new Problems();
    if (problems.present(rule, OkrPath.of("rule"))) {
      problems.id(rule.code(), OkrPath.of("rule", "code"));
      problems.present(rule.defaultSeverity(), OkrPath.of("rule", "defaultSeverity"));
    }
    throwIfAny(problems);
    int at = rules().indexWhere(r -> r.code().equals(rule.code()));
    Seq<LintRule> updated = at < 0 ? rules().append(rule) : rules().update(at, rule);
    return copy(updated, enabledOverrides(), severityOverrides(), maxObjectivesPerOwner(), minKeyResults(),
        maxKeyResults(), startWindowDays(), titleSimilarity(), staleAfterDays(), neverUpdatedAfter());
  }

  /**
   * Returns a copy in which the rule with {@code code} is enabled or disabled.
   *
   * @param code a rule code, such as {@code okr.lint.weights-not-normalized}
   * @param enabled whether the rule runs
   * @return the copy
   * @throws OkrException if {@code code} is not a valid identifier
   */
  public LintRuleSet withEnabled(String code, boolean enabled) {
    String checked = checkCode(code);
    return copy(rules(), enabledOverrides().put(checked, enabled), severityOverrides(), maxObjectivesPerOwner(),
        minKeyResults(), maxKeyResults(), startWindowDays(), titleSimilarity(), staleAfterDays(),
        neverUpdatedAfter());
  }

  /**
   * Returns a copy in which findings of the rule with {@code code} have {@code severity}.
   *
   * @param code a rule code
   * @param severity the severity
   * @return the copy
   * @throws OkrException if {@code code} is not a valid identifier or {@code severity} is
   *     {@code null}
   */
  public LintRuleSet withSeverity(String code, Severity severity) {
    Problems problems = new Problems();
    String checked = problems.id(code, OkrPath.of("code"));
    problems.present(severity, OkrPath.of("severity"));
    throwIfAny(problems);
    return copy(rules(), enabledOverrides(), severityOverrides().put(checked, severity), maxObjectivesPerOwner(),
        minKeyResults(), maxKeyResults(), startWindowDays(), titleSimilarity(), staleAfterDays(),
        neverUpdatedAfter());
  }

  /**
   * Returns a copy with another {@link #maxObjectivesPerOwner()}.
   *
   * @param max the largest number of objectives per owner and cycle, at least 1
   * @return the copy
   * @throws OkrException if {@code max} is less than 1
   */
  public LintRuleSet withMaxObjectivesPerOwner(int max) {
    Problems problems = new Problems();
    atLeast(problems, "maxObjectivesPerOwner", max, 1, Integer.MAX_VALUE);
    throwIfAny(problems);
    return copy(rules(), enabledOverrides(), severityOverrides(), max, minKeyResults(), maxKeyResults(),
        startWindowDays(), titleSimilarity(), staleAfterDays(), neverUpdatedAfter());
  }

  /**
   * Returns a copy with other bounds for the number of key results per objective.
   *
   * @param min the smallest number, 0 or more and at most {@code max}
   * @param max the largest number, at least 1
   * @return the copy
   * @throws OkrException if a bound is out of range
   */
  public LintRuleSet withKeyResultsPerObjective(int min, int max) {
    Problems problems = new Problems();
    boolean ok = atLeast(problems, "minKeyResults", min, 0, Integer.MAX_VALUE)
        & atLeast(problems, "maxKeyResults", max, 1, Integer.MAX_VALUE);
    if (ok && min > max) {
      problems.add(new OkrError.OutOfRange(OkrPath.of("minKeyResults"), Integer.toString(min), "≤ " + max));
    }
    throwIfAny(problems);
    return copy(rules(), enabledOverrides(), severityOverrides(), maxObjectivesPerOwner(), min, max,
        startWindowDays(), titleSimilarity(), staleAfterDays(), neverUpdatedAfter());
  }

  /**
   * Returns a copy with another {@link #startWindowDays()}.
   *
   * @param days the number of days, 0 to {@link #MAX_DAYS}
   * @return the copy
   * @throws OkrException if {@code days} is out of range
   */
  public LintRuleSet withStartWindowDays(int days) {
    Problems problems = new Problems();
    atLeast(problems, "startWindowDays", days, 0, MAX_DAYS);
    throwIfAny(problems);
    return copy(rules(), enabledOverrides(), severityOverrides(), maxObjectivesPerOwner(), minKeyResults(),
        maxKeyResults(), days, titleSimilarity(), staleAfterDays(), neverUpdatedAfter());
  }

  /**
   * Returns a copy with another {@link #titleSimilarity()}.
   *
   * @param similarity a fraction in (0, 1]; 1 reports only titles that are equal after
   *     normalization
   * @return the copy
   * @throws OkrException if {@code similarity} is {@code null} or out of range
   */
  public LintRuleSet withTitleSimilarity(BigDecimal similarity) {
    Problems problems = new Problems();
    fraction(problems, "titleSimilarity", similarity, false);
    throwIfAny(problems);
    return copy(rules(), enabledOverrides(), severityOverrides(), maxObjectivesPerOwner(), minKeyResults(),
        maxKeyResults(), startWindowDays(), normalize(similarity), staleAfterDays(), neverUpdatedAfter());
  }

  /**
   * Returns a copy with another {@link #staleAfterDays()}.
   *
   * @param days the number of days, 1 to {@link #MAX_DAYS}
   * @return the copy
   * @throws OkrException if {@code days} is out of range
   */
  public LintRuleSet withStaleAfterDays(int days) {
    Problems problems = new Problems();
    atLeast(problems, "staleAfterDays", days, 1, MAX_DAYS);
    throwIfAny(problems);
    return copy(rules(), enabledOverrides(), severityOverrides(), maxObjectivesPerOwner(), minKeyResults(),
        maxKeyResults(), startWindowDays(), titleSimilarity(), days, neverUpdatedAfter());
  }

  /**
   * Returns a copy with another {@link #neverUpdatedAfter()}.
   *
   * @param fraction the share of the cycle, in [0, 1]
   * @return the copy
   * @throws OkrException if {@code fraction} is {@code null} or out of range
   */
  public LintRuleSet withNeverUpdatedAfter(BigDecimal fraction) {
    Problems problems = new Problems();
    fraction(problems, "neverUpdatedAfter", fraction, true);
    throwIfAny(problems);
    return copy(rules(), enabledOverrides(), severityOverrides(), maxObjectivesPerOwner(), minKeyResults(),
        maxKeyResults(), startWindowDays(), titleSimilarity(), staleAfterDays(), normalize(fraction));
  }

  /**
   * Returns a copy with another {@link #forbidLevelSkipping()}.
   *
   * @param forbid {@code true} to report every alignment link that skips a level
   * @return the copy
   */
  public LintRuleSet withForbidLevelSkipping(boolean forbid) {
    return ImmutableLintRuleSet.of(rules(), enabledOverrides(), severityOverrides(), maxObjectivesPerOwner(),
        minKeyResults(), maxKeyResults(), startWindowDays(), titleSimilarity(), staleAfterDays(),
        neverUpdatedAfter(), forbid);
  }

  private LintRuleSet copy(Seq<LintRule> rules, SortedMap<String, Boolean> enabled,
      SortedMap<String, Severity> severities, int maxObjectives, int minKeyResults, int maxKeyResults,
      int startWindowDays, BigDecimal titleSimilarity, int staleAfterDays, BigDecimal neverUpdatedAfter) {
    return ImmutableLintRuleSet.of(rules, enabled, severities, maxObjectives, minKeyResults, maxKeyResults,
        startWindowDays, titleSimilarity, staleAfterDays, neverUpdatedAfter, forbidLevelSkipping());
  }

  private static String checkCode(@Nullable String code) {
    Problems problems = new Problems();
    String checked = problems.id(code, OkrPath.of("code"));
    throwIfAny(problems);
    return checked;
  }

  private static boolean atLeast(Problems problems, String option, int value, int min, int max) {
    if (value < min || value > max) {
      String allowed = max == Integer.MAX_VALUE ? "≥ " + min : "[" + min + ", " + max + "]";
      problems.add(new OkrError.OutOfRange(OkrPath.of(option), Integer.toString(value), allowed));
      return false;
    }
    return true;
  }

  private static void fraction(Problems problems, String option, @Nullable BigDecimal value, boolean zeroAllowed) {
    OkrPath path = OkrPath.of(option);
    if (problems.number(value, path) == null) {
      return;
    }
    boolean low = zeroAllowed ? value.signum() < 0 : value.signum() <= 0;
    if (low || value.compareTo(BigDecimal.ONE) > 0) {
      problems.add(new OkrError.OutOfRange(path, value.toPlainString(), zeroAllowed ? "[0, 1]" : "(0, 1]"));
    }
  }

  private static BigDecimal normalize(BigDecimal value) {
    return value.stripTrailingZeros(); // 0.80 and 0.8 give equal rule sets; any zero becomes 0
  }

  private static void throwIfAny(Problems problems) {
    if (!problems.isEmpty()) {
      throw new OkrException(problems.errors());
    }
  }
}
