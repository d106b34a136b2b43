package org.okr4j.lint;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.OkrSet;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * Applies a {@link LintRuleSet} to an OKR set: runs every enabled rule, gives each finding the
 * severity configured for its rule, and returns all findings sorted by path, then code (see
 * {@link Finding#compareTo}). Linting is a pure function: the same set, instant and rules always
 * give equal findings in the same order, so a host can run it on save, in CI or in a review.
 *
 * <pre>{@code
 * Seq<Finding> findings = OkrLinter.withDefaults().lint(set, Instant.parse("2026-02-15T09:00:00Z"));
 * findings.filter(f -> f.severity() == Severity.ERROR)
 *     .forEach(f -> show(f.path(), f.message(Locale.SIMPLIFIED_CHINESE), f.fix(Locale.SIMPLIFIED_CHINESE)));
 * }</pre>
 *
 * <p>Findings of host-defined rules are reported as returned, with the configured severity; a
 * rule that returns {@code null} is treated as having found nothing and {@code null} elements are
 * skipped. An exception thrown by a host rule propagates. Immutable and thread-safe, provided the
 * host rules are.
 */
public final class OkrLinter {

  private static final OkrLinter DEFAULT = new OkrLinter(LintRuleSet.defaults());

  private final LintRuleSet rules;

  private OkrLinter(LintRuleSet rules) {
    this.rules = rules;
  }

  /**
   * Returns a linter that applies {@code rules}.
   *
   * @param rules the rule set
   * @return the linter
   * @throws OkrException with an {@code okr.required} error if {@code rules} is {@code null}
   */
  public static OkrLinter of(LintRuleSet rules) {
    if (rules == null) {
      throw new OkrException(List.of(new OkrError.Required(OkrPath.of("rules"))));
    }
    return new OkrLinter(rules);
  }

  /**
   * Returns a linter that applies {@link LintRuleSet#defaults()}.
   *
   * @return the default linter
   */
  public static OkrLinter withDefaults() {
    return DEFAULT;
  }

  /**
   * Returns the rule set this linter applies.
   *
   * @return the rules
   */
  public LintRuleSet rules() {
    return rules;
  }

  /**
   * Lints a context.
   *
   * @param context the set and the instant of evaluation
   * @return every finding, sorted by path, then code
   * @throws OkrException with an {@code okr.required} error if {@code context} is {@code null}
   */
  public Seq<Finding> lint(LintContext context) {
    if (context == null) {
      throw new OkrException(List.of(new OkrError.Required(OkrPath.of("context"))));
    }
    ArrayList<Finding> all = new ArrayList<>();
    for (LintRule rule : rules.enabledRules()) {
      Severity severity = rules.severityOf(rule);
      @Nullable Seq<Finding> found = rule.check(context, rules);
      if (found == null) {
        continue;
      }
      for (Finding f : found) {
        if (f != null) {
          all.add(f.withSeverity(severity));
        }
      }
    }
    all.sort(null);
    return Vector.ofAll(all);
  }

  /**
   * Lints {@code set} as of {@code asOf}; short for {@code lint(LintContext.of(set, asOf))}.
   *
   * @param set the set
   * @param asOf the instant of evaluation
   * @return every finding, sorted by path, then code
   * @throws OkrException if an input is missing or {@code asOf} is out of range
   */
  public Seq<Finding> lint(OkrSet set, Instant asOf) {
    return lint(LintContext.of(set, asOf));
  }

  /** Returns {@code OkrLinter} with its rule set. */
  @Override
  public String toString() {
    return "OkrLinter" + rules.enabledRules().map(LintRule::code).mkString("[", ", ", "]");
  }
}
