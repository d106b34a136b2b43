package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.ObjectiveId;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.Status;

/**
 * The marketing department report's numbers, computed by hand from docs/conventions.md.
 *
 * <p>As of 2026-04-01T00:00Z, the end of Q1 2026 = [2026-01-01, 2026-04-01), the expected progress
 * is e = clamp((τ − S) / (E − S), 0, 1) = 1 (§0). Default policy: linear progress from the baseline
 * r = (c − b) / (t − b), uncapped at key-result level (§1.1); recurring key results score the share
 * of planned periods met (§1.10 A); the average interaction rate is the mean of per-article rates
 * compared with the threshold, inclusive (§1.11, §1.4); objectives take the normalized weighted mean
 * with every weight 1 and each key result clamped to [0, 1] (§3, Perdoo cap); grade = progress
 * (continuous scale, at most 1); Google bands red &lt; 0.4 ≤ yellow &lt; 0.7 ≤ green (§2); status: a
 * key result at 1 or more is achieved, otherwise a ≥ e is on track, else behind (§4, Viva Goals),
 * and an objective takes its weakest key result's status; forecast from the pace p̂ = a / e, "will
 * miss" when p̂ &lt; 1 (§4 F1).
 */
class MarketingDepartmentTest {

  private final Scorecard card = Scorer.evaluate(MarketingDepartment.set(), ScoringPolicy.defaults(),
      MarketingDepartment.AS_OF);

  private static String four(BigDecimal v) {
    return v.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }

  private KeyResultScore kr(String id) {
    return card.keyResult(KeyResultId.of(id)).get();
  }

  private ObjectiveScore objective(String id) {
    return card.objective(ObjectiveId.of(id)).get();
  }

  @Test
  void keyResultProgressMatchesTheFormulas() {
    // Marketing: share b=10, t=10+2pp=12, c=11.5 → 1.5/2 = 0.75 (E01); media b=2M, t=2M·1.5=3M,
    // c=2.6M → 0.6 (E03); national campaigns 3 of 3 → 1.
    assertThat(four(kr("kr-share").progress().get())).isEqualTo("0.7500");
    assertThat(four(kr("kr-media").progress().get())).isEqualTo("0.6000");
    assertThat(four(kr("kr-national").progress().get())).isEqualTo("1.0000");
    // Director: exposure (2.75M − 2M)/1M = 0.75; talks 3/5 = 0.6 (E06); co-branded 4/3 = 1.3333 raw (E07).
    assertThat(four(kr("kr-exposure").progress().get())).isEqualTo("0.7500");
    assertThat(four(kr("kr-talks").progress().get())).isEqualTo("0.6000");
    assertThat(four(kr("kr-cobrand").raw().get())).isEqualTo("1.3333");
    // New media: followers (24500 − 20000)/(26000 − 20000) = 0.75; articles Jan 15 ≥ 15 met, Feb 16
    // met, Mar 12 missed → 2/3; interaction rates 6 %, 4 %, 7.5 % → mean 5.8333 % ≥ 5 % → 1.
    assertThat(four(kr("kr-followers").progress().get())).isEqualTo("0.7500");
    assertThat(four(kr("kr-articles").progress().get())).isEqualTo("0.6667");
    assertThat(four(kr("kr-interaction").progress().get())).isEqualTo("1.0000");
    // Analyst: 3 reports in the quarter's one period → 1; surveys Jan and Feb, none in March → 2/3;
    // proposals 1/3.
    assertThat(four(kr("kr-reports").progress().get())).isEqualTo("1.0000");
    assertThat(four(kr("kr-surveys").progress().get())).isEqualTo("0.6667");
    assertThat(four(kr("kr-proposals").progress().get())).isEqualTo("0.3333");
  }

  @Test
  void objectivesRollUpWithTheCapAndTheCompanyFromTheDepartment() {
    // (0.75 + 0.6 + 1)/3 = 2.35/3 = 0.78333…
    assertThat(four(objective("o-marketing").progress().get())).isEqualTo("0.7833");
    // raw (0.75 + 0.6 + 1.3333…)/3 = 0.89444…; the co-branded KR is capped at 1 in the roll-up → 0.7833
    assertThat(four(objective("o-director").raw().get())).isEqualTo("0.8944");
    assertThat(four(objective("o-director").progress().get())).isEqualTo("0.7833");
    // (0.75 + 2/3 + 1)/3 = 29/36 = 0.80555…
    assertThat(four(objective("o-new-media").progress().get())).isEqualTo("0.8056");
    // (1 + 2/3 + 1/3)/3 = 2/3
    assertThat(four(objective("o-analyst").progress().get())).isEqualTo("0.6667");
    // the company goal has no key results: its one child, marketing, at weight 1 → 0.7833
    ObjectiveScore company = MarketingDepartment.companyScore(card, MarketingDepartment.set(), ScoringPolicy.defaults(),
        MarketingDepartment.AS_OF);
    assertThat(four(company.progress().get())).isEqualTo("0.7833");
    assertThat(company.explanation().equation()).isEqualTo("0.7833 = 0.7833·1");
  }

  @Test
  void bandsStatusesForecastsAndConfidence() {
    // bands: 0.3333 < 0.4 red; 0.6 and 0.6667 in [0.4, 0.7) yellow; 0.75 and above green
    assertThat(kr("kr-proposals").band().get().label()).isEqualTo("red");
    assertThat(kr("kr-media").band().get().label()).isEqualTo("yellow");
    assertThat(kr("kr-articles").band().get().label()).isEqualTo("yellow");
    assertThat(kr("kr-share").band().get().label()).isEqualTo("green");
    assertThat(objective("o-analyst").band().get().label()).isEqualTo("yellow");
    // grade = progress, at most 1: 1.3333 → 1
    assertThat(four(kr("kr-cobrand").grade().get())).isEqualTo("1.0000");
    // as of the cycle's end every status is final: at ≥ 1 achieved; 0.75 < 1 missed (it was "behind"
    // against the e = 1 expected at the close); an objective not achieved after its cycle is missed
    assertThat(kr("kr-national").status()).isEqualTo(Status.ACHIEVED);
    assertThat(kr("kr-cobrand").status()).isEqualTo(Status.ACHIEVED);
    assertThat(kr("kr-share").status()).isEqualTo(Status.MISSED);
    assertThat(objective("o-marketing").status()).isEqualTo(Status.MISSED);
    // the forecast after the end is final, the progress reached (pace a/e = 0.75/1), and no longer "will miss"
    assertThat(four(kr("kr-share").forecast().progress().get())).isEqualTo("0.7500");
    assertThat(kr("kr-share").forecast().isFinal()).isTrue();
    assertThat(kr("kr-share").forecast().willMiss()).isFalse();
    assertThat(kr("kr-cobrand").forecast().willMiss()).isFalse();
    // confidence 7/10 on the share KR, the department's only rated KR → 0.7
    assertThat(objective("o-marketing").confidence().get().value()).isEqualByComparingTo("0.7");
  }

  @Test
  void everyoneSeesTheCompanyGoal() {
    AlignmentGraph graph = MarketingDepartment.graph();
    NodeRef company = NodeRef.objective("o-company");
    NodeRef marketing = NodeRef.objective("o-marketing");
    NodeRef director = NodeRef.objective("o-director");
    assertThat(graph.lineOfSight(director)).containsExactly(List.of(director, marketing, company));
    assertThat(graph.lineOfSight(NodeRef.objective("o-new-media"))).containsExactly(List.of(
        NodeRef.objective("o-new-media"), NodeRef.keyResult("kr-exposure"), director, marketing, company));
    assertThat(graph.lineOfSight(NodeRef.objective("o-analyst")))
        .containsExactly(List.of(NodeRef.objective("o-analyst"), marketing, company));
  }

  @Test
  void theReportPrintsTheseNumbers() {
    String report = MarketingDepartment.report();
    assertThat(report).startsWith("okr4j — the seed's marketing department, Q1 2026, as of 2026-04-01T00:00:00Z\n");
    assertThat(lineOf(report, "Marketing: market share +2 pp  "))
        .matches(".*department:marketing\\s+0\\.7833\\s+0\\.7833\\s+0\\.7833\\s+green\\s+missed\\s+0\\.7833 \\(final\\)\\s+0\\.7");
    assertThat(lineOf(report, "3 co-branded campaigns"))
        .matches(".*\\s1\\.3333\\s+1\\.3333\\s+1\\s+green\\s+achieved\\s+1\\.3333 \\(final\\)");
    assertThat(lineOf(report, "Raise brand influence in the target market  "))
        .matches(".*person:marketing-director\\s+0\\.8944\\s+0\\.7833\\s+0\\.7833\\s+green\\s+missed.*0\\.8");
    assertThat(lineOf(report, "3 data-driven proposals"))
        .matches(".*\\s0\\.3333\\s+0\\.3333\\s+0\\.3333\\s+red\\s+missed\\s+0\\.3333 \\(final\\)\\s+0\\.4");
    assertThat(lineOf(report, "Grow market share  "))
        .matches(".*company:acme\\s+0\\.7833\\s+0\\.7833\\s+0\\.7833\\s+green\\s+not scored\\s+—");
    assertThat(report.lines().filter(l -> l.startsWith("扩大市场份额 Grow market share")).count()).isEqualTo(1);
    assertThat(report).contains("Company goal: 0.7833 = 0.7833·1\n")
        .contains("    objective:o-new-media → key-result:kr-exposure → objective:o-director → objective:o-marketing"
            + " → objective:o-company\n")
        .contains("  WARNING okr.lint.too-few-key-results at /objectives/0/keyResults: has 0 key results;"
            + " 2 to 5 are recommended\n")
        .contains("flowchart BT\n")
        .contains("  n3 ==> n1\n")
        .contains("  n0 -.-> n3\n")
        .contains("  class n12 band_red\n");
    // the columns line up whatever the script of the title
    int status = -1;
    for (String line : report.lines().filter(l -> l.contains(" behind ") || l.contains(" achieved ")).toList()) {
      int at = line.indexOf(line.contains(" behind ") ? " behind " : " achieved ");
      int col = TextTable.displayWidth(line.substring(0, at));
      status = status < 0 ? col : status;
      assertThat(col).as(line).isEqualTo(status);
    }
    assertThat(status).isPositive();
  }

  @Test
  void mainPrintsTheMarketingReport() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.out;
    System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      Main.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(MarketingDepartment.report());
  }

  private static String lineOf(String report, String needle) {
    return report.lines().filter(l -> l.contains(needle)).findFirst().orElseThrow();
  }
}
