/**
 * Pictures of OKRs as immutable values that render deterministic SVG text: a {@link
 * org.okr4j.charts.BurnUpChart} per key result or objective, an {@link
 * org.okr4j.charts.AlignmentChart} of a privacy-safe scored view, and an {@link
 * org.okr4j.charts.HtmlReport} that puts them, the scorecard and the lint findings in one HTML file.
 */
@NullMarked
package org.okr4j.charts;

import org.jspecify.annotations.NullMarked;
