package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.model.CheckIn;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Zone;

/** The laws of stretch levels, zones, series and aggregation. */
class StretchProperties {

  private static final int EXAMPLES = Integer.getInteger("okr.qt.examples", 1000);

  @Test
  void derivedLevelsAreOrderedAlongTheDirection() {
    qt().withExamples(EXAMPLES).forAll(integers().between(-100_000, 100_000), integers().between(1, 100_000),
        integers().between(0, 1)).checkAssert((b, span, down) -> {
          BigDecimal base = BigDecimal.valueOf(b);
          BigDecimal s = base.add(BigDecimal.valueOf(down == 1 ? -span : span));
          StretchLevels l = StretchPolicy.defaults().derive(base, null, null, s).get();
          int dir = down == 1 ? -1 : 1;
          assertThat(l.commit().compareTo(base)).isEqualTo(dir);
          assertThat(l.target().compareTo(l.commit())).isEqualTo(dir);
          assertThat(l.stretch().compareTo(l.target())).isEqualTo(dir);
        });
  }

  @Test
  void zoneSharesSumToOne() {
    qt().withExamples(EXAMPLES).forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 40)).checkAssert(codes -> {
      Seq<Option<Zone>> zones = List.ofAll(codes).map(c -> c == 4 ? Option.<Zone>none() : Option.some(Zone.values()[c]));
      ZoneStatistics z = ZoneStatistics.of(zones);
      BigDecimal sum = z.shares().values().fold(z.noZoneShare(), BigDecimal::add);
      assertThat(sum).isEqualByComparingTo(codes.isEmpty() ? BigDecimal.ZERO : BigDecimal.ONE);
      assertThat(z.total()).isEqualTo(codes.size());
    });
  }

  @Test
  void seriesIsMonotoneForMonotoneCheckIns() {
    qt().withExamples(Math.max(1, EXAMPLES / 20)).forAll(lists().of(integers().between(0, 89)).ofSizeBetween(1, 8),
        lists().of(integers().between(0, 50)).ofSizeBetween(8, 8)).checkAssert((days, steps) -> {
          List<Integer> sortedDays = List.ofAll(days).distinct().sorted();
          java.util.ArrayList<CheckIn> checkIns = new java.util.ArrayList<>();
          int value = 0;
          for (int i = 0; i < sortedDays.size(); i++) {
            value += steps.get(i);
            checkIns.add(measure(sortedDays.get(i), Integer.toString(value)));
          }
          var k = kr("k", LinearMetric.count(200), checkIns.toArray(new CheckIn[0]));
          Seq<Series.Point> s = Series.keyResult(k, Q1, ScoringPolicy.defaults(), Series.Step.DAY);
          BigDecimal prev = null;
          for (Series.Point p : s) {
            if (prev != null) {
              assertThat(p.progress()).isNotEmpty();
            }
            if (p.progress().isDefined()) {
              if (prev != null) {
                assertThat(p.progress().get()).isGreaterThanOrEqualTo(prev);
              }
              prev = p.progress().get();
            }
          }
        });
  }

  @Test
  void flatEqualsHierarchicalForEqualGroups() {
    qt().withExamples(EXAMPLES).forAll(integers().between(1, 4), integers().between(1, 4),
        lists().of(integers().between(-50, 150)).ofSizeBetween(16, 16)).checkAssert((groups, size, values) -> {
          Seq<ScoreNode> gs = List.range(0, groups).map(g -> ScoreNode.group(List.range(0, size)
              .map(i -> ScoreNode.leaf(Option.some(BigDecimal.valueOf(values.get(g * size + i), 2))))));
          ScoreNode root = ScoreNode.group(gs);
          AggregationPolicy h = AggregationPolicy.defaults();
          // the exact means are equal; hierarchical rounds twice to DECIMAL128 (34 digits), so the
          // results may differ in the last digit only: within 1E-30 for values below 10
          assertThat(h.withStructure(AggregationPolicy.Structure.FLAT).aggregate(root).get())
              .isCloseTo(h.aggregate(root).get(), org.assertj.core.data.Offset.offset(new BigDecimal("1E-30")));
        });
  }
}
