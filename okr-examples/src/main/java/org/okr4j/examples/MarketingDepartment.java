package org.okr4j.examples;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeAnnotation;
import org.okr4j.alignment.NodeRef;
import org.okr4j.lint.Finding;
import org.okr4j.lint.OkrLinter;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Confidence;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Level;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Contribution;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;

/**
 * The seed's marketing department over one quarter (Q1 2026): the company goal, the marketing
 * department's objective under it, and the director, the new-media specialist and the market
 * analyst aligned to the department; dated check-ins through the quarter; the scorecard as of the
 * end of the quarter with grades, bands and statuses; each person's line of sight to the company
 * goal; the lint findings; and the alignment tree as Mermaid.
 *
 * <p>The company objective has no key results of its own: its progress is rolled up from the
 * marketing department's objective ({@link RollUpPolicy.Children#CHILDREN_WHEN_NO_KEY_RESULTS}).
 */
public final class MarketingDepartment {

  /** The instant of the report: the end of Q1 2026, so the expected progress is 1. */
  public static final Instant AS_OF = Instant.parse("2026-04-01T00:00:00Z");

  /** The company goal. */
  public static final ObjectiveId COMPANY = ObjectiveId.of("o-company");

  /** The marketing department's objective. */
  public static final ObjectiveId MARKETING = ObjectiveId.of("o-marketing");

  private MarketingDepartment() {}

  /**
   * Runs the report on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(report());
  }

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  private static Instant at(String date) {
    return Instant.parse(date + "T09:00:00Z");
  }

  private static CheckIn measured(String date, String value) {
    return CheckIn.of(at(date), new CheckInData.Measurement(n(value)));
  }

  private static CheckIn measured(String date, String value, int confidence, String note) {
    return CheckIn.validate(at(date), new CheckInData.Measurement(n(value)), Confidence.ofScale10(BigDecimal.valueOf(confidence)),
        note, null).get();
  }

  private static CheckIn period(String date, String value) {
    return CheckIn.of(at(date), new CheckInData.PeriodValue(LocalDate.parse(date), n(value)));
  }

  private static CheckIn items(String date, CheckInData.Item... items) {
    return CheckIn.of(at(date), new CheckInData.ItemValues(List.of(items)));
  }

  private static OkrSet withCheckIns(OkrSet set, String keyResult, CheckIn... checkIns) {
    OkrSet s = set;
    for (CheckIn c : checkIns) {
      s = s.withCheckIn(KeyResultId.of(keyResult), c).get();
    }
    return s;
  }

  /**
   * Returns the company goal: grow market share. It has no key results; the marketing department
   * contributes to it.
   *
   * @return the objective
   */
  public static Objective company() {
    return Objective.builder()
        .id(COMPANY.value()).title("扩大市场份额 Grow market share")
        .owner(OwnerRef.company("acme")).cycle(Seed.Q1.id().value()).level(Level.COMPANY)
        .buildOrThrow();
  }

  /**
   * Returns the marketing department's objective, market share +2 percentage points, with the
   * seed's key results (+2 pp, media exposure +50 %, 3 national campaigns).
   *
   * @return the objective
   */
  public static Objective marketing() {
    return Seed.company().toBuilder()
        .id(MARKETING.value()).title("市场部：市场份额提高2个百分点 Marketing: market share +2 pp")
        .owner(OwnerRef.department("marketing")).level(Level.DEPARTMENT)
        .buildOrThrow();
  }

  /**
   * Returns the department's OKRs (company, marketing, director, new-media specialist, analyst)
   * with a quarter of dated check-ins; the analyst ran no survey in March.
   *
   * @return the set
   */
  public static OkrSet set() {
    OkrSet s = OkrSet.builder().cycle(Seed.Q1)
        .objective(company()).objective(marketing()).objective(Seed.director()).objective(Seed.newMedia())
        .objective(Seed.analyst())
        .buildOrThrow();
    s = withCheckIns(s, "kr-share", measured("2026-02-02", "10.8"),
        measured("2026-03-27", "11.5", 7, "spring campaign landed"));
    s = withCheckIns(s, "kr-media", measured("2026-01-30", "2300000"), measured("2026-03-27", "2600000"));
    s = withCheckIns(s, "kr-national", measured("2026-02-27", "1"), measured("2026-03-27", "3"));

    s = withCheckIns(s, "kr-exposure", measured("2026-02-02", "2400000"),
        measured("2026-03-27", "2750000", 8, "two trade fairs"));
    s = withCheckIns(s, "kr-talks", measured("2026-02-13", "1"), measured("2026-03-20", "3"));
    s = withCheckIns(s, "kr-cobrand", measured("2026-02-27", "2"), measured("2026-03-27", "4"));
    s = withCheckIns(s, "kr-followers", measured("2026-01-30", "21000"), measured("2026-02-27", "23000"),
        measured("2026-03-27", "24500", 6, "video series helps"));
    s = withCheckIns(s, "kr-articles", period("2026-01-30", "15"), period("2026-02-27", "16"),
        period("2026-03-27", "12"));
    s = withCheckIns(s, "kr-interaction",
        items("2026-01-30", new CheckInData.Item("a-jan", n("60"), n("1000"))),
        items("2026-02-27", new CheckInData.Item("a-feb", n("40"), n("1000"))),
        items("2026-03-27", new CheckInData.Item("a-mar", n("75"), n("1000"))));
    s = withCheckIns(s, "kr-reports", period("2026-03-27", "3"));
    s = withCheckIns(s, "kr-surveys", period("2026-01-23", "1"), period("2026-02-20", "1"));
    s = withCheckIns(s, "kr-proposals", measured("2026-03-13", "1", 4, "data pipeline late"));
    return s;
  }

  /**
   * Returns the alignment links: the department contributes to the company goal, the director
   * contributes to the department, the new-media specialist to the director's brand-exposure key
   * result, and the analyst supports the department.
   *
   * @return the links
   */
  public static Seq<Link> links() {
    return List.of(
        Link.contributes(NodeRef.objective("o-marketing"), NodeRef.objective("o-company")),
        Link.contributes(NodeRef.objective("o-director"), NodeRef.objective("o-marketing")),
        Link.contributes(NodeRef.objective("o-new-media"), NodeRef.keyResult("kr-exposure")),
        Link.supports(NodeRef.objective("o-analyst"), NodeRef.objective("o-marketing")));
  }

  /**
   * Returns the alignment graph of {@link #set()} with {@link #links()}.
   *
   * @return the graph
   */
  public static AlignmentGraph graph() {
    return AlignmentGraph.buildOrThrow(set(), AlignmentPolicy.defaults(), links());
  }

  /**
   * Scores the set under the default policy, then rolls the marketing department's progress up into
   * the company goal, which has no key results of its own.
   *
   * @param card the scorecard of {@code set}
   * @param set the OKRs
   * @param policy the scoring policy
   * @param asOf the instant of evaluation
   * @return the company goal's score
   */
  public static ObjectiveScore companyScore(Scorecard card, OkrSet set, ScoringPolicy policy, Instant asOf) {
    ScoringPolicy rollUp = policy.withRollUp(policy.rollUp().withChildren(RollUpPolicy.Children.CHILDREN_WHEN_NO_KEY_RESULTS));
    ObjectiveScore marketing = card.objective(MARKETING).get();
    // Contribution.objective(score, weight) refuses progress with more than 30 decimals, which a
    // mean of thirds has (0.78333…, 34 digits); the contribution is built from the progress rounded
    // to 30 decimals instead, which changes nothing at the 4 decimals shown.
    Contribution child = Contribution.of(Contribution.Kind.OBJECTIVE, MARKETING.value(), marketing.objective().title(),
        marketing.progress().map(p -> p.setScale(30, RoundingMode.HALF_EVEN).stripTrailingZeros()), BigDecimal.ONE);
    return Scorer.scoreObjective(set.objective(COMPANY).get(), List.empty(), List.of(child), rollUp, asOf);
  }

  /**
   * Renders the whole report as of {@link #AS_OF} under the default policy.
   *
   * @return the report text
   */
  public static String report() {
    OkrSet set = set();
    AlignmentGraph graph = graph();
    ScoringPolicy policy = ScoringPolicy.defaults();
    Scorecard card = Scorer.evaluate(set, policy, AS_OF);
    ObjectiveScore company = companyScore(card, set, policy, AS_OF);

    StringBuilder sb = new StringBuilder();
    sb.append("okr4j — the seed's marketing department, Q1 2026, as of ").append(AS_OF).append("\n\n");
    sb.append("Scorecard (default policy; progress of key results uncapped, capped at 1 when rolled up)\n");
    sb.append(scorecard(card, company));
    sb.append('\n').append("Company goal: ").append(company.explanation().equation()).append('\n');
    sb.append('\n').append("Line of sight to the company goal\n");
    sb.append(lineOfSight(graph, set));
    sb.append('\n').append("Lint findings\n");
    Seq<Finding> findings = OkrLinter.withDefaults().lint(set, AS_OF);
    for (Finding f : findings) {
      sb.append("  ").append(f.severity()).append(' ').append(f.code()).append(" at ").append(f.path()).append(": ")
          .append(f.message(Locale.ENGLISH)).append('\n');
    }
    if (findings.isEmpty()) {
      sb.append("  none\n");
    }
    sb.append('\n').append("Alignment (Mermaid)\n");
    sb.append(mermaid(graph, card, company));
    return sb.toString();
  }

  /**
   * Renders a scorecard as a table: one row per objective, then one per key result.
   *
   * @param card the scorecard
   * @param extra objective scores computed outside the card (such as a rolled-up goal), shown first
   *     and in place of the card's score of the same objective
   * @return the table
   */
  public static String scorecard(Scorecard card, ObjectiveScore... extra) {
    TextTable t = new TextTable("Objective / key result", "Owner", "Raw", "Progress", "Grade", "Band", "Status",
        "Forecast", "Confidence");
    List<ObjectiveScore> shown = List.of(extra);
    for (ObjectiveScore o : shown.appendAll(card.objectives().filter(o -> !shown.exists(e -> e.id().equals(o.id()))))) {
      t.row(o.objective().title(), o.objective().owner().toString(), num(o.raw()), num(o.progress()), num(o.grade()),
          band(o.band()), status(o.status().name()), forecast(o.forecast()),
          o.confidence().map(c -> num(Option.some(c.value()))).getOrElse(""));
      for (KeyResultScore k : o.keyResults()) {
        t.row("  " + k.keyResult().title(), "", num(k.raw()), num(k.progress()), num(k.grade()), band(k.band()),
            status(k.status().name()), forecast(k.forecast()),
            k.confidence().map(c -> num(Option.some(c.value()))).getOrElse(""));
      }
    }
    return t.render();
  }

  private static String lineOfSight(AlignmentGraph graph, OkrSet set) {
    StringBuilder sb = new StringBuilder();
    for (String id : List.of("o-director", "o-new-media", "o-analyst")) {
      NodeRef node = NodeRef.objective(id);
      Objective o = set.objective(ObjectiveId.of(id)).get();
      sb.append("  ").append(o.owner()).append('\n');
      for (Seq<NodeRef> path : graph.lineOfSight(node)) {
        sb.append("    ").append(path.mkString(" → ")).append('\n');
      }
    }
    return sb.toString();
  }

  private static String mermaid(AlignmentGraph graph, Scorecard card, ObjectiveScore company) {
    return graph.toMermaid(node -> {
      Option<BigDecimal> progress;
      Option<Band> band;
      if (node instanceof NodeRef.OfObjective o) {
        Option<ObjectiveScore> s = o.id().equals(COMPANY) ? Option.some(company) : card.objective(o.id());
        progress = s.flatMap(ObjectiveScore::progress);
        band = s.flatMap(ObjectiveScore::band);
      } else {
        Option<KeyResultScore> s = card.keyResult(((NodeRef.OfKeyResult) node).id());
        progress = s.flatMap(KeyResultScore::progress);
        band = s.flatMap(KeyResultScore::band);
      }
      return progress.map(p -> band.isEmpty() ? NodeAnnotation.of(num(Option.some(p)))
          : NodeAnnotation.of(num(Option.some(p)), band.get().label()));
    });
  }

  /**
   * Formats a number to at most four decimals, half-even, without trailing zeros; empty for none.
   *
   * @param value the number
   * @return the text
   */
  public static String num(Option<BigDecimal> value) {
    return value.map(v -> {
      BigDecimal r = v.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
      return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    }).getOrElse("—");
  }

  private static String band(Option<Band> band) {
    return band.map(Band::label).getOrElse("—");
  }

  private static String status(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Formats a forecast for a report: its progress, marked "(final)" once the window has closed and
   * "(will miss)" while it falls short with time left.
   *
   * @param forecast the forecast
   * @return the text, {@code —} without a forecast
   */
  public static String forecast(org.okr4j.scoring.Forecast forecast) {
    Option<BigDecimal> progress = forecast.progress();
    return progress.isEmpty() ? "—"
        : num(progress) + (forecast.isFinal() ? " (final)" : forecast.willMiss() ? " (will miss)" : "");
  }

}
