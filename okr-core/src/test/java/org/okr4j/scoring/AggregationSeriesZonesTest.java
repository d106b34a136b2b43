package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.d;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.okr4j.scoring.Fixtures.objective;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Zone;
import org.okr4j.validation.OkrException;

/** Aggregation structure, series and zone statistics. */
class AggregationSeriesZonesTest {

  private static ScoreNode leaf(String p) {
    return ScoreNode.leaf(p == null ? Option.none() : Option.some(d(p)));
  }

  private static ScoreNode group(ScoreNode... children) {
    return ScoreNode.group(List.of(children));
  }

  private static final ScoreNode TEAM = group(group(leaf("1"), leaf("0")), group(leaf("1")));
  private static final AggregationPolicy HIER = AggregationPolicy.defaults();
  private static final AggregationPolicy FLAT = HIER.withStructure(AggregationPolicy.Structure.FLAT);

  @Test
  void flatVersusHierarchical() {
    // hierarchical: objective means 0.5 and 1 → (0.5 + 1) / 2 = 0.75; flat: (1 + 0 + 1) / 3 = 0.666…
    assertThat(HIER.aggregate(TEAM).get()).isEqualByComparingTo("0.75");
    assertThat(FLAT.aggregate(TEAM).get()).isEqualByComparingTo(d("2").divide(d("3"), org.okr4j.internal.Numbers.MATH));
    // weighted leaves: 0.2·3 + 0.8·1 = 1.4 over 4 = 0.35 both ways for one group
    ScoreNode weighted = group(ScoreNode.leaf(Option.some(d("0.2")), d("3")), ScoreNode.leaf(Option.some(d("0.8")), d("1")));
    assertThat(HIER.aggregate(weighted).get()).isEqualByComparingTo("0.35");
    assertThat(FLAT.aggregate(weighted).get()).isEqualByComparingTo("0.35");
  }

  @Test
  void notScoredCountedAsZeroOrSkipped() {
    ScoreNode t = group(leaf("1"), leaf(null), leaf("0.5"));
    // counted as 0 (the default, as in a roll-up): 1.5 / 3 = 0.5; skipped: (1 + 0.5) / 2 = 0.75
    assertThat(HIER.aggregate(t).get()).isEqualByComparingTo("0.5");
    assertThat(FLAT.aggregate(t).get()).isEqualByComparingTo("0.5");
    assertThat(HIER.withMissing(RollUpPolicy.Missing.SKIP).aggregate(t).get()).isEqualByComparingTo("0.75");
    assertThat(FLAT.withMissing(RollUpPolicy.Missing.SKIP).aggregate(t).get()).isEqualByComparingTo("0.75");
    // nothing scored is not scored either way, as an objective none of whose key results is scored
    assertThat(HIER.aggregate(group(leaf(null)))).isEmpty();
    assertThat(HIER.withMissing(RollUpPolicy.Missing.SKIP).aggregate(group(leaf(null)))).isEmpty();
  }

  @Test
  void emptyGroupNotScoredOrZero() {
    ScoreNode t = group(group(leaf("1")), group());
    // the empty group is not scored, then counted as 0 beside a scored one (the default): (1 + 0) / 2 = 0.5;
    // skipped: 1; an empty group scoring 0 gives 0.5 either way
    assertThat(HIER.aggregate(t).get()).isEqualByComparingTo("0.5");
    assertThat(HIER.withMissing(RollUpPolicy.Missing.SKIP).aggregate(t).get()).isEqualByComparingTo("1");
    assertThat(HIER.withMissing(RollUpPolicy.Missing.SKIP).withEmpty(RollUpPolicy.Empty.ZERO).aggregate(t).get())
        .isEqualByComparingTo("0.5");
    assertThat(HIER.withEmpty(RollUpPolicy.Empty.ZERO).aggregate(t).get()).isEqualByComparingTo("0.5");
    assertThat(FLAT.aggregate(group())).isEmpty();
    assertThat(FLAT.withEmpty(RollUpPolicy.Empty.ZERO).aggregate(group(group()))).contains(BigDecimal.ZERO);
    assertThat(FLAT.aggregate(leaf("0.4")).get()).isEqualByComparingTo("0.4");
  }

  @Test
  void allZeroWeightsAreNotScored() {
    ScoreNode t = group(ScoreNode.leaf(Option.some(d("1")), BigDecimal.ZERO), ScoreNode.leaf(Option.some(d("0.5")), BigDecimal.ZERO));
    assertThat(HIER.aggregate(t)).isEmpty();
    assertThat(FLAT.aggregate(t)).isEmpty();
    assertThatThrownBy(() -> ScoreNode.leaf(Option.none(), d("-1"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> ScoreNode.group(List.empty(), null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> HIER.withStructure(null)).isInstanceOf(OkrException.class);
  }

  @Test
  void dailySeriesCarriesTheLastValueForward() {
    // 0 → 100, check-ins on day 2 (20) and day 5 (50): days 0–1 empty, 2–4 0.2, 5… 0.5
    KeyResult k = kr("k", LinearMetric.count(100), measure(2, "20"), measure(5, "50"));
    Seq<Series.Point> s = Series.keyResult(k, Q1, ScoringPolicy.defaults(), Series.Step.DAY);
    assertThat(s).hasSize(90);
    assertThat(s.get(0).date()).isEqualTo(Q1.start());
    assertThat(s.take(2).map(Series.Point::progress)).allMatch(Option::isEmpty);
    assertThat(s.get(2).progress().get()).isEqualByComparingTo("0.2");
    assertThat(s.get(4).progress().get()).isEqualByComparingTo("0.2");
    assertThat(s.get(89).progress().get()).isEqualByComparingTo("0.5");
    // a point is what the scorer gives at its instant: when no check-in counts as 0 (Oslo), 0 before the first
    assertThat(Series.keyResult(k, Q1, ScoringPolicy.oslo(), Series.Step.DAY).head().progress()).contains(BigDecimal.ZERO);
  }

  @Test
  void weeklySeriesOfObjectiveAndGroup() {
    // week 0 = days 0–6: a at 0.2 (day 2); b none → objective (skipped? roll-up counts as 0 while another is scored) 0.1
    KeyResult a = kr("a", LinearMetric.count(100), measure(2, "20"));
    KeyResult b = kr("b", LinearMetric.count(10), measure(8, "10"));
    var o = objective("o", a, b);
    Seq<Series.Point> obj = Series.objective(o, Q1, ScoringPolicy.defaults(), Series.Step.WEEK);
    assertThat(obj).hasSize(13); // 90 days: 12 full weeks and one of 6 days
    assertThat(obj.get(0).progress().get()).isEqualByComparingTo("0.1");
    assertThat(obj.get(1).progress().get()).isEqualByComparingTo("0.6");
    assertThat(obj.get(12).date()).isEqualTo(Q1.start().plusDays(84));
    // a group of one objective is that objective: its roll-up counts b as 0 in week 0 (0.1), then (0.2 + 1) / 2;
    // it used to average the key results with its own skip rule and give 0.2 in week 0
    Seq<Series.Point> grp = Series.group(List.of(o), Q1, ScoringPolicy.defaults(), AggregationPolicy.defaults(), Series.Step.WEEK);
    assertThat(grp.get(0).progress().get()).isEqualByComparingTo("0.1");
    assertThat(grp.get(1).progress().get()).isEqualByComparingTo("0.6");
    assertThat(grp.map(Series.Point::progress)).isEqualTo(obj.map(Series.Point::progress));
    assertThat(Series.group(List.empty(), Q1, ScoringPolicy.defaults(), AggregationPolicy.defaults(), Series.Step.DAY))
        .allMatch(p -> p.progress().isEmpty());
    assertThatThrownBy(() -> Series.keyResult(a, Q1, ScoringPolicy.defaults(), null)).isInstanceOf(OkrException.class);
  }

  @Test
  void zoneStatistics() {
    // FAIL, TARGET, TARGET, none: 1/4, 0, 2/4, 0, none 1/4
    ZoneStatistics z = ZoneStatistics.of(List.of(Option.some(Zone.FAIL), Option.some(Zone.TARGET), Option.some(Zone.TARGET), Option.none()));
    assertThat(z.counts().get(Zone.TARGET)).contains(2);
    assertThat(z.noZone()).isEqualTo(1);
    assertThat(z.total()).isEqualTo(4);
    assertThat(z.shares().get(Zone.FAIL).get()).isEqualByComparingTo("0.25");
    assertThat(z.shares().get(Zone.COMMIT).get()).isEqualByComparingTo("0");
    assertThat(z.shares().get(Zone.TARGET).get()).isEqualByComparingTo("0.5");
    assertThat(z.noZoneShare()).isEqualByComparingTo("0.25");
    // thirds: 1/3 + 1/3 + (1 − 2/3) = 1 exactly
    ZoneStatistics thirds = ZoneStatistics.of(List.of(Option.some(Zone.FAIL), Option.some(Zone.COMMIT), Option.some(Zone.STRETCH)));
    assertThat(thirds.shares().values().fold(thirds.noZoneShare(), BigDecimal::add)).isEqualByComparingTo("1");
    // empty: every share 0
    ZoneStatistics empty = ZoneStatistics.of(List.empty());
    assertThat(empty.shares().values()).allMatch(v -> v.signum() == 0);
    assertThat(empty.noZoneShare()).isEqualByComparingTo("0");
    assertThat(empty.total()).isZero();
    assertThat(z.total()).isEqualTo(4);
    // a record built by hand: total counts what it holds, and refuses missing counts where it adds them
    assertThat(new ZoneStatistics(io.vavr.collection.LinkedHashMap.of(Zone.FAIL, 2, Zone.STRETCH, 3), 1,
        io.vavr.collection.LinkedHashMap.empty(), BigDecimal.ZERO).total()).isEqualTo(6);
    assertThatThrownBy(() -> new ZoneStatistics(null, 1, null, null).total()).isInstanceOf(OkrException.class)
        .hasMessageContaining("okr.required at /counts");
    assertThatThrownBy(() -> new ZoneStatistics(io.vavr.collection.LinkedHashMap.of(Zone.FAIL, null), 0, null, null)
        .total()).isInstanceOf(OkrException.class).hasMessageContaining("okr.required at /counts");
  }
}
