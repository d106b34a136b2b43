package org.okr4j.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.Cap;
import org.okr4j.scoring.ProgressPolicy;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;

/**
 * The seed's e-commerce market entry over six months (H1 2026): market share in the new market +10 %
 * (from 20 % to 22 %), achieved +12 % (22.4 %), so the key result's raw progress is 1.2; shown under a
 * capped policy (every key result clamped to [0, 1]) and an uncapped one (Quantive's preset).
 */
public final class EcommerceMarketEntry {

  /** The instant of the report: the end of H1 2026. */
  public static final Instant AS_OF = Instant.parse("2026-07-01T00:00:00Z");

  /** Every key result clamped to [0, 1] (Oslo, Google). */
  public static final ScoringPolicy CAPPED = ScoringPolicy.defaults()
      .withProgress(ProgressPolicy.defaults().withCap(Cap.clamp01()));

  /** Never capped, at key-result level or in the roll-up (Quantive). */
  public static final ScoringPolicy UNCAPPED = ScoringPolicy.quantive();

  private EcommerceMarketEntry() {}

  /**
   * Runs the report on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new PrintStream(System.out, true, StandardCharsets.UTF_8).print(report());
  }

  private static OkrSet add(OkrSet set, String kr, String date, CheckInData data) {
    return set.withCheckIn(KeyResultId.of(kr), CheckIn.of(Instant.parse(date + "T09:00:00Z"), data)).get();
  }

  private static CheckInData m(String value) {
    return new CheckInData.Measurement(new BigDecimal(value));
  }

  /**
   * Returns the e-commerce objective with check-ins through the half-year.
   *
   * @return the set
   */
  public static OkrSet set() {
    OkrSet s = OkrSet.builder().cycle(Seed.H1).objective(Seed.ecommerceEntry()).buildOrThrow();
    s = add(s, "kr-new-market-share", "2026-03-31", m("21.1"));
    s = add(s, "kr-new-market-share", "2026-06-26", m("22.4"));
    s = add(s, "kr-ad-budget", "2026-06-26", m("4200000"));
    s = add(s, "kr-partners", "2026-06-26", m("2"));
    s = add(s, "kr-campaign", "2026-05-20", m("120000"));
    return s;
  }

  /**
   * Scores the set under a policy as of {@link #AS_OF}.
   *
   * @param policy the policy
   * @return the scorecard
   */
  public static Scorecard score(ScoringPolicy policy) {
    return Scorer.evaluate(set(), policy, AS_OF);
  }

  /**
   * Renders the report.
   *
   * @return the text
   */
  public static String report() {
    StringBuilder sb = new StringBuilder("okr4j — e-commerce market entry, H1 2026, as of " + AS_OF + "\n\n");
    sb.append("Capped (every key result clamped to [0, 1])\n").append(MarketingDepartment.scorecard(score(CAPPED)));
    sb.append("\nUncapped (Quantive: never capped)\n").append(MarketingDepartment.scorecard(score(UNCAPPED)));
    sb.append('\n').append(score(UNCAPPED).keyResult(KeyResultId.of("kr-new-market-share")).get().explanation().render())
        .append('\n');
    return sb.toString();
  }

}
