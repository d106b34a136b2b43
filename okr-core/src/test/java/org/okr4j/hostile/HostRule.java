package org.okr4j.hostile;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.okr4j.lint.Finding;
import org.okr4j.lint.LintContext;
import org.okr4j.lint.LintRule;
import org.okr4j.lint.LintRuleSet;
import org.okr4j.lint.Severity;
import org.okr4j.validation.OkrPath;

/** A well-behaved host lint rule: one finding per objective, at its title. */
final class HostRule implements LintRule {

  @Override
  public String code() {
    return "host.every-objective";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public Seq<Finding> check(LintContext context, LintRuleSet rules) {
    if (context == null) {
      return List.empty();
    }
    return List.ofAll(context.okrSet().objectives().zipWithIndex()
        .map(t -> finding(rules, OkrPath.of("objectives", Integer.toString(t._2), "title"), t._1.id().value())));
  }
}
