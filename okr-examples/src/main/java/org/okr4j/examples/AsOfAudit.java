package org.okr4j.examples;

import io.vavr.collection.List;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;

/**
 * The marketing department's scorecard as of the end of each month of Q1 2026: evaluation as of an
 * instant uses only the check-ins known then, so January's audit does not see February's numbers.
 * For every key result: progress, expected progress, status and the pace forecast.
 */
public final class AsOfAudit {

  /** The ends of January, February and March 2026. */
  public static final List<Instant> MONTH_ENDS = List.of(Instant.parse("2026-02-01T00:00:00Z"),
      Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));

  private AsOfAudit() {}

  /**
   * Runs the report on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new PrintStream(System.out, true, StandardCharsets.UTF_8).print(report());
  }

  /**
   * Scores the marketing set as of each month end.
   *
   * @return the scorecards, in the order of {@link #MONTH_ENDS}
   */
  public static List<Scorecard> cards() {
    OkrSet set = MarketingDepartment.set();
    return MONTH_ENDS.map(at -> Scorer.evaluate(set, ScoringPolicy.defaults(), at));
  }

  /**
   * Renders one table per month end.
   *
   * @return the text
   */
  public static String report() {
    StringBuilder sb = new StringBuilder("okr4j — the marketing scorecard at each month end (default policy)\n");
    for (Scorecard card : cards()) {
      sb.append("\nAs of ").append(card.asOf()).append('\n');
      TextTable t = new TextTable("Key result", "Progress", "Expected", "Status", "Forecast");
      for (KeyResultScore k : card.keyResults()) {
        t.row(k.keyResult().title(), MarketingDepartment.num(k.progress()),
            MarketingDepartment.num(io.vavr.control.Option.some(k.expected())),
            k.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
            MarketingDepartment.forecast(k.forecast()));
      }
      sb.append(t.render());
    }
    return sb.toString();
  }
}
