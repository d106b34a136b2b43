package org.okr4j.lint;

import io.vavr.collection.Seq;

/** The check of a {@link BuiltInRule}: a pure function of the rule, the context and the rule set. */
@FunctionalInterface
interface RuleCheck {

  /**
   * Finds what the rule looks for in the context's set.
   *
   * @param self the rule, for creating its findings
   * @param context what to check
   * @param rules the rule set in force
   * @return the findings
   */
  Seq<Finding> apply(LintRule self, LintContext context, LintRuleSet rules);
}
