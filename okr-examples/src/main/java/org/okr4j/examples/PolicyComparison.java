package org.okr4j.examples;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;

/**
 * The marketing department's OKRs ({@link MarketingDepartment#set()}) as of the end of the quarter
 * under the default, Google, Quantive and Perdoo presets side by side: progress, grade and band of
 * every objective with key results.
 */
public final class PolicyComparison {

  /** The presets compared, by name. */
  public static final List<Tuple2<String, ScoringPolicy>> POLICIES = List.of(
      Tuple.of("default", ScoringPolicy.defaults()), Tuple.of("google", ScoringPolicy.google()),
      Tuple.of("quantive", ScoringPolicy.quantive()), Tuple.of("perdoo", ScoringPolicy.perdoo()));

  private PolicyComparison() {}

  /**
   * Runs the report on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new PrintStream(System.out, true, StandardCharsets.UTF_8).print(report());
  }

  /**
   * Scores the marketing set under each preset.
   *
   * @return the scorecards, in the order of {@link #POLICIES}
   */
  public static List<Scorecard> cards() {
    OkrSet set = MarketingDepartment.set();
    return POLICIES.map(p -> Scorer.evaluate(set, p._2, MarketingDepartment.AS_OF));
  }

  /**
   * Renders the comparison: one row per objective, for each preset progress / grade / band.
   *
   * @return the text
   */
  public static String report() {
    List<Scorecard> cards = cards();
    List<String> header = List.of("Objective").appendAll(POLICIES.map(p -> p._1));
    TextTable t = new TextTable(header.toJavaArray(String[]::new));
    for (Objective o : MarketingDepartment.set().objectives().filter(o -> !o.keyResults().isEmpty())) {
      List<String> row = List.of(o.title()).appendAll(cards.map(c -> cell(c.objective(o.id()).get())));
      t.row(row.toJavaArray(String[]::new));
    }
    return "okr4j — one quarter, four conventions (progress / grade / band), as of " + MarketingDepartment.AS_OF
        + "\n\n" + t.render();
  }

  private static String cell(ObjectiveScore s) {
    return MarketingDepartment.num(s.progress()) + " / " + MarketingDepartment.num(s.grade()) + " / "
        + s.band().map(b -> b.label()).getOrElse("—");
  }
}
