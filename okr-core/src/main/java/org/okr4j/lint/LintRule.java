package org.okr4j.lint;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.MessageResolver;
import org.okr4j.validation.OkrPath;

/**
 * One lint rule: a stable {@link #code() code}, a {@link #defaultSeverity() default severity} and
 * a {@link #check(LintContext, LintRuleSet) check} that returns findings for an OKR set. The
 * built-in rules are the constants of {@link BuiltInRule}; a platform adds its own rules by
 * implementing this interface and registering them with {@link LintRuleSet#withRule(LintRule)},
 * where they are enabled, disabled and given a severity by code exactly like the built-ins.
 *
 * <pre>{@code
 * LintRule noEmoji = new LintRule() {
 *   public String code() { return "acme.no-emoji-title"; }
 *   public Severity defaultSeverity() { return Severity.INFO; }
 *   public Seq<Finding> check(LintContext context, LintRuleSet rules) {
 *     return context.okrSet().objectives().zipWithIndex()
 *         .filter(t -> t._1.title().codePoints().anyMatch(Character::isSupplementaryCodePoint))
 *         .map(t -> finding(rules, OkrPath.of("objectives").index(t._2).key("title")));
 *   }
 *   public String message(Locale locale, Seq<String> arguments) { return "title contains an emoji"; }
 * };
 * LintRuleSet rules = LintRuleSet.defaults().withRule(noEmoji);
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe, and {@code check} must be a pure function
 * of its arguments, so that linting the same input twice gives equal findings. The messages of the
 * built-in rules come from okr4j's catalogues through {@link MessageResolver}, so a host's
 * {@link org.okr4j.validation.MessageCatalog} translates them; a host rule overrides
 * {@link #message(Locale, Seq)} and {@link #fix(Locale, Seq)} to supply its own text, or puts
 * templates keyed by its code (and code {@code .fix}) in a catalogue.
 */
public interface LintRule {

  /**
   * Returns the rule's stable code, such as {@code okr.lint.too-many-objectives}; an identifier of
   * 1 to 64 of {@code A-Z a-z 0-9 . _ ~ : -}, starting with a letter or digit. Host codes should
   * not start with {@code okr.}, which is reserved for okr4j's own rules.
   *
   * @return the code
   */
  String code();

  /**
   * Returns the severity of this rule's findings unless a {@link LintRuleSet} overrides it.
   *
   * @return the default severity
   */
  Severity defaultSeverity();

  /**
   * Tells whether the rule runs when a {@link LintRuleSet} says nothing about it.
   *
   * @return {@code true} unless the rule is opt-in
   */
  default boolean enabledByDefault() {
    return true;
  }

  /**
   * Checks an OKR set. The linter calls this only for enabled rules and reports every finding
   * returned with the severity configured for this rule; order does not matter, the linter sorts.
   *
   * @param context what to check: the set and the instant of evaluation
   * @param rules the rule set in force, for thresholds and the configured severity
   * @return the findings, empty if the set passes
   */
  Seq<Finding> check(LintContext context, LintRuleSet rules);

  /**
   * Renders the message of one of this rule's findings. By default the template is the
   * catalogue entry whose key is {@link #code()}, formatted by {@link MessageResolver#defaults()}.
   *
   * @param locale the reader's locale (see {@link org.okr4j.validation.MessageResolver})
   * @param arguments the finding's arguments
   * @return the message
   */
  default String message(Locale locale, Seq<String> arguments) {
    return MessageResolver.defaults().format(code(), locale, arguments);
  }

  /**
   * Renders the suggested fix of one of this rule's findings. By default the template is the
   * catalogue entry whose key is {@link #code()} followed by {@code .fix}, and there is no fix
   * when the catalogue has no such entry.
   *
   * @param locale the reader's locale (see {@link org.okr4j.validation.MessageResolver})
   * @param arguments the finding's arguments
   * @return the fix, if the rule suggests one
   */
  default Option<String> fix(Locale locale, Seq<String> arguments) {
    String key = code() + ".fix";
    MessageResolver messages = MessageResolver.defaults();
    return messages.template(key, locale).map(template -> messages.format(key, locale, arguments));
  }

  /**
   * Renders the message of one of this rule's findings from the catalogues of {@code messages}: the
   * template keyed by {@link #code()} if one of them has it, else {@link #message(Locale, Seq)}
   * (a host rule's own text).
   *
   * @param locale the reader's locale
   * @param arguments the finding's arguments
   * @param messages the catalogues to read
   * @return the message
   */
  default String message(Locale locale, Seq<String> arguments, MessageResolver messages) {
    Problems.require(locale, "locale");
    Problems.require(arguments, "arguments");
    Problems.require(messages, "messages");
    return messages.template(code(), locale).isDefined()
        ? messages.format(code(), locale, arguments)
        : message(locale, arguments);
  }

  /**
   * Renders the suggested fix of one of this rule's findings from the catalogues of
   * {@code messages}: the template keyed by {@link #code()} followed by {@code .fix} if one of them
   * has it, else {@link #fix(Locale, Seq)}.
   *
   * @param locale the reader's locale
   * @param arguments the finding's arguments
   * @param messages the catalogues to read
   * @return the fix, if there is one
   */
  default Option<String> fix(Locale locale, Seq<String> arguments, MessageResolver messages) {
    Problems.require(locale, "locale");
    Problems.require(arguments, "arguments");
    Problems.require(messages, "messages");
    String key = code() + ".fix";
    return messages.template(key, locale).isDefined()
        ? Option.some(messages.format(key, locale, arguments))
        : fix(locale, arguments);
  }

  /**
   * Returns a finding of this rule at {@code path}, with the severity that {@code rules}
   * configures for it.
   *
   * @param rules the rule set in force, or {@code null} for this rule's default severity
   * @param path where the finding is, a JSON Pointer into the linted {@code OkrSet}
   * @param arguments the values for the message template's placeholders, in order
   * @return the finding
   * @throws org.okr4j.validation.OkrException if {@code path} or an argument is {@code null}
   */
  default Finding finding(@Nullable LintRuleSet rules, OkrPath path, String... arguments) {
    Severity severity = rules == null ? defaultSeverity() : rules.severityOf(this);
    return Finding.of(this, severity, path, arguments == null ? List.empty() : List.of(arguments));
  }
}
