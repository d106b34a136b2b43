package org.okr4j.examples;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;

/**
 * Two teams, one goal: the marketing team's 3000 leads from online ads and the customer team's lead
 * conversion rate to 10 % both contribute to the company's "conversion +20 %" (from 5 % to 6 %),
 * which reached +25 % (6.25 %).
 */
public final class CrossTeamFunnel {

  /** The instant of the report: the end of Q1 2026. */
  public static final Instant AS_OF = Instant.parse("2026-04-01T00:00:00Z");

  private CrossTeamFunnel() {}

  /**
   * Runs the report on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new PrintStream(System.out, true, StandardCharsets.UTF_8).print(report());
  }

  private static OkrSet add(OkrSet set, String kr, String date, String value) {
    return set.withCheckIn(KeyResultId.of(kr),
        CheckIn.of(Instant.parse(date + "T09:00:00Z"), new CheckInData.Measurement(new BigDecimal(value)))).get();
  }

  /**
   * Returns the shared goal and the two teams' objectives with check-ins.
   *
   * @return the set
   */
  public static OkrSet set() {
    OkrSet s = OkrSet.builder().cycle(Seed.Q1)
        .objective(Seed.conversion()).objective(Seed.marketingLeads()).objective(Seed.customerConversion())
        .buildOrThrow();
    s = add(s, "kr-leads", "2026-02-13", "1200");
    s = add(s, "kr-leads", "2026-03-27", "3150");
    s = add(s, "kr-lead-conversion", "2026-03-27", "8.5");
    s = add(s, "kr-conversion", "2026-03-27", "6.25");
    return s;
  }

  /**
   * Returns the links: both teams' key results contribute to the shared goal.
   *
   * @return the links
   */
  public static Seq<Link> links() {
    return List.of(Link.contributes(NodeRef.keyResult("kr-leads"), NodeRef.objective("o-conversion")),
        Link.contributes(NodeRef.keyResult("kr-lead-conversion"), NodeRef.objective("o-conversion")));
  }

  /**
   * Returns the alignment graph.
   *
   * @return the graph
   */
  public static AlignmentGraph graph() {
    return AlignmentGraph.buildOrThrow(set(), AlignmentPolicy.defaults(), links());
  }

  /**
   * Scores the set under the default policy.
   *
   * @return the scorecard
   */
  public static Scorecard score() {
    return Scorer.evaluate(set(), ScoringPolicy.defaults(), AS_OF);
  }

  /**
   * Renders the report.
   *
   * @return the text
   */
  public static String report() {
    Scorecard card = score();
    AlignmentGraph graph = graph();
    StringBuilder sb = new StringBuilder("okr4j — two teams, one goal, Q1 2026, as of " + AS_OF + "\n\n");
    sb.append(MarketingDepartment.scorecard(card));
    sb.append("\nCross-team links (each joins two owners)\n");
    for (Link link : graph.crossTeamLinks()) {
      sb.append("  ").append(graph.ownerOf(link.child()).get()).append(' ').append(link.child()).append(" → ")
          .append(graph.ownerOf(link.parent()).get()).append(' ').append(link.parent()).append('\n');
    }
    sb.append('\n').append(card.keyResult(KeyResultId.of("kr-conversion")).get().explanation().render()).append('\n');
    sb.append('\n').append(graph.toMermaid());
    return sb.toString();
  }
}
