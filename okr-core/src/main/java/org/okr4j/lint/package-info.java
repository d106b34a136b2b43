/**
 * OKR quality lint: {@link org.okr4j.lint.OkrLinter} applies a configurable
 * {@link org.okr4j.lint.LintRuleSet} of built-in and host-defined rules to an OKR set and returns
 * ordered, localized {@link org.okr4j.lint.Finding}s with paths and suggested fixes.
 */
@NullMarked
@OkrStyle
package org.okr4j.lint;

import org.jspecify.annotations.NullMarked;
import org.okr4j.internal.OkrStyle;
