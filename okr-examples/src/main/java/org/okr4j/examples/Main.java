package org.okr4j.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.validation.OkrError;

/**
 * The README's examples command: prints the seed's marketing department report
 * ({@link MarketingDepartment#report()}). {@link #report(OkrSet)} renders the seed as okr4j models it:
 * every objective with its owner, level and type, and every key result with its metric; then what
 * problem scoring reports for a key result whose target equals its baseline.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the report on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(MarketingDepartment.report());
  }

  /**
   * Renders the report for {@code set}.
   *
   * @param set the OKRs
   * @return the report text
   */
  public static String report(OkrSet set) {
    StringBuilder sb = new StringBuilder();
    sb.append("okr4j — the seed's marketing department\n\n");
    TextTable table = new TextTable("Objective / key result", "Owner", "Level", "Type", "Metric");
    for (Objective o : set.objectives()) {
      table.row(o.title(), o.owner().toString(), o.level().name(), o.type().name().toLowerCase(Locale.ROOT), "");
      for (KeyResult kr : o.keyResults()) {
        table.row("  " + kr.title(), o.ownerOf(kr).toString(), "", "", describe(kr.metric()));
      }
    }
    sb.append(table.render());
    sb.append('\n').append("Scoring a key result whose target equals its baseline (not scored by default):\n");
    KeyResult flat = KeyResult.builder().id("kr-flat").title("Keep market share at 12%")
        .metric(LinearMetric.of(org.okr4j.model.Unit.PERCENT, new java.math.BigDecimal("12"),
            org.okr4j.model.Target.absolute(new java.math.BigDecimal("12"))))
        .buildOrThrow();
    org.okr4j.scoring.Scorer.scoreKeyResult(flat, set.cycles().head(), org.okr4j.scoring.ScoringPolicy.defaults(),
            set.cycles().head().startInstant())
        .problems()
        .forEach(e -> sb.append("  ").append(line(e, Locale.ENGLISH)).append('\n')
            .append("  ").append(line(e, Locale.SIMPLIFIED_CHINESE)).append('\n'));
    return sb.toString();
  }

  private static String line(OkrError e, Locale locale) {
    return e.code() + " at " + e.path() + ": " + e.message(locale);
  }

  /**
   * Describes a metric in one line, such as {@code 10 → 12 (percent, +2 pp)}.
   *
   * @param metric the metric
   * @return the description
   */
  public static String describe(Metric metric) {
    if (metric instanceof LinearMetric m) {
      String how = switch (m.target().getClass().getSimpleName()) {
        case "PointsDelta" -> ", +" + m.target().amount().toPlainString() + " pp";
        case "RelativeDelta" -> ", " + signedPercent(m.target().amount());
        default -> "";
      };
      return m.baseline().toPlainString() + " → " + m.targetValue().stripTrailingZeros().toPlainString()
          + " (" + m.unit() + how + ")";
    } else if (metric instanceof ThresholdMetric m) {
      return m.comparison().symbol() + " " + m.threshold().toPlainString() + " (" + m.unit() + ")";
    } else if (metric instanceof RangeMetric m) {
      return "[" + m.lower().toPlainString() + ", " + m.upper().toPlainString() + "] (" + m.unit() + ")";
    } else if (metric instanceof BinaryMetric) {
      return "done / not done";
    } else if (metric instanceof MilestoneMetric m) {
      return m.milestones().size() + " milestones";
    } else if (metric instanceof RecurringMetric m) {
      return m.perPeriod().toPlainString() + " " + m.unit() + " every " + m.period().name().toLowerCase(Locale.ROOT);
    } else {
      AggregateMetric m = (AggregateMetric) metric;
      return "mean over items " + m.comparison().symbol() + " " + m.target().toPlainString() + " (" + m.unit() + ")";
    }
  }

  private static String signedPercent(java.math.BigDecimal fraction) {
    java.math.BigDecimal pct = fraction.movePointRight(2).stripTrailingZeros();
    return (pct.signum() >= 0 ? "+" : "") + pct.toPlainString() + "%";
  }
}
