package org.okr4j.lint;

import org.jspecify.annotations.Nullable;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import org.okr4j.internal.Problems;
import org.okr4j.validation.MessageResolver;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * One piece of advice from the linter: the {@link LintRule} that found it (and so its
 * {@link #code() code}), a {@link Severity}, the {@link #path() path} of the element it is about
 * and the arguments of its message. The message and the suggested fix are rendered on demand by
 * the rule, in English, Simplified or Traditional Chinese or a language a host adds with a
 * {@link org.okr4j.validation.MessageCatalog}.
 *
 * <pre>{@code
 * Finding f = ...; // from OkrLinter.lint(...)
 * f.code();                          // "okr.lint.too-few-key-results"
 * f.path().toString();               // "/objectives/5/keyResults"
 * f.message(Locale.ENGLISH);         // "has 1 key results; 2 to 5 are recommended"
 * f.fix(Locale.SIMPLIFIED_CHINESE);  // Some("补充可衡量的关键结果，至少达到 2 个")
 * }</pre>
 *
 * <p>Findings are ordered by path ({@link OkrPath#compareTo}: numeric segments numerically), then
 * code, then arguments, then severity; the linter returns them in that order. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = false)
public abstract class Finding implements Comparable<Finding> {

  Finding() {}

  /**
   * Returns the rule that produced the finding.
   *
   * @return the rule
   */
  public abstract LintRule rule();

  /**
   * Returns how much the finding matters.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns where the finding is: a JSON Pointer into the linted {@code OkrSet}, as given.
   *
   * @return the path
   */
  public abstract OkrPath path();

  /**
   * Returns the values for the message's placeholders, in order.
   *
   * @return the arguments
   */
  public abstract Seq<String> arguments();

  /**
   * Validates a finding.
   *
   * @param rule the rule; its code must be a valid identifier; may be {@code null}
   * @param severity the severity, may be {@code null}
   * @param path the path, may be {@code null}
   * @param arguments the arguments, none {@code null}; may be {@code null}
   * @return the finding, or every problem: {@code okr.required} at {@code /rule}, {@code /severity},
   *     {@code /path}, {@code /arguments} or {@code /arguments/i}, {@code okr.malformed.id} at
   *     {@code /rule/code}
   */
  public static Validation<Seq<OkrError>, Finding> validate(@Nullable LintRule rule, @Nullable Severity severity,
      @Nullable OkrPath path, @Nullable Iterable<String> arguments) {
    Problems problems = new Problems();
    if (problems.present(rule, OkrPath.of("rule"))) {
      problems.id(rule.code(), OkrPath.of("rule", "code"));
    }
    problems.present(severity, OkrPath.of("severity"));
    problems.present(path, OkrPath.of("path"));
    Seq<String> args = arguments == null ? List.empty() : List.ofAll(arguments);
    if (problems.present(arguments, OkrPath.of("arguments"))) {
      for (int i = 0; i < args.size(); i++) {
        problems.present(args.get(i), OkrPath.of("arguments").index(i));
      }
    }
    return problems.result(() -> ImmutableFinding.of(rule, severity, path, args));
  }

  /**
   * Returns a finding.
   *
   * @param rule the rule that produced it
   * @param severity how much it matters
   * @param path where it is
   * @param arguments the message arguments
   * @return the finding
   * @throws OkrException with the problems of {@link #validate}
   */
  public static Finding of(LintRule rule, Severity severity, OkrPath path, Seq<String> arguments) {
    return OkrException.getOrThrow(validate(rule, severity, path, arguments));
  }

  /**
   * Returns a finding of {@code rule} with the rule's default severity.
   *
   * @param rule the rule
   * @param path where the finding is
   * @param arguments the message arguments
   * @return the finding
   * @throws OkrException if a component is missing or the rule's code is malformed
   */
  public static Finding of(LintRule rule, OkrPath path, String... arguments) {
    if (rule == null) {
      throw new OkrException(List.of(new OkrError.Required(OkrPath.of("rule"))));
    }
    return rule.finding(null, path, arguments);
  }

  /**
   * Returns the code of the rule that produced the finding.
   *
   * @return the code, such as {@code okr.lint.stale-key-result}
   */
  public String code() {
    return rule().code();
  }

  /**
   * Returns the message in {@code locale}.
   *
   * @param locale the reader's locale (see {@link org.okr4j.validation.MessageResolver})
   * @return the message, without the path
   */
  public String message(Locale locale) {
    return rule().message(locale, arguments());
  }

  /**
   * Returns the suggested fix in {@code locale}.
   *
   * @param locale the reader's locale (see {@link org.okr4j.validation.MessageResolver})
   * @return the fix, if the rule suggests one
   */
  public Option<String> fix(Locale locale) {
    return rule().fix(locale, arguments());
  }

  /**
   * Returns the message in {@code locale} from the catalogues of {@code messages} (see
   * {@link LintRule#message(Locale, Seq, MessageResolver)}).
   *
   * @param locale the reader's locale
   * @param messages the catalogues to read
   * @return the message, without the path
   */
  public String message(Locale locale, MessageResolver messages) {
    return rule().message(Problems.require(locale, "locale"), arguments(), Problems.require(messages, "messages"));
  }

  /**
   * Returns the suggested fix in {@code locale} from the catalogues of {@code messages}.
   *
   * @param locale the reader's locale
   * @param messages the catalogues to read
   * @return the fix, if there is one
   */
  public Option<String> fix(Locale locale, MessageResolver messages) {
    return rule().fix(Problems.require(locale, "locale"), arguments(), Problems.require(messages, "messages"));
  }

  /**
   * Returns the same finding with another severity.
   *
   * @param severity the new severity
   * @return a copy with {@code severity}, or this finding if it already has it
   * @throws OkrException if {@code severity} is {@code null}
   */
  public Finding withSeverity(Severity severity) {
    return severity == severity() ? this : of(rule(), severity, path(), arguments());
  }

  /**
   * Orders findings by path, then code, then arguments (element by element, a shorter list
   * first), then severity.
   */
  @Override
  public int compareTo(Finding other) {
    int c = path().compareTo(other.path());
    if (c == 0) {
      c = code().compareTo(other.code());
    }
    if (c == 0) {
      c = compareArguments(arguments(), other.arguments());
    }
    return c != 0 ? c : severity().compareTo(other.severity());
  }

  private static int compareArguments(Seq<String> a, Seq<String> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** Returns {@code SEVERITY code at path: English message}. */
  @Override
  public String toString() {
    String where = path().isRoot() ? "/" : path().toString();
    return severity() + " " + code() + " at " + where + ": " + message(Locale.ENGLISH);
  }
}
