package org.okr4j.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.okr4j.scoring.AggregationPolicy;
import org.okr4j.scoring.Contribution;
import org.okr4j.scoring.Explanation;
import org.okr4j.scoring.RollUp;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoreNode;

/**
 * Trees nested 100,000 deep (explanations built by hand, contributions whose details are roll-ups of
 * contributions, aggregation trees) are rendered, hashed, compared and rolled up without a
 * {@link StackOverflowError}: every walk is a loop. Each check runs on a thread with a 256 KB stack,
 * on which a recursive walk would fail after a few thousand levels. Slow for mutation testing, and
 * every behaviour it touches has example tests, so PIT leaves it out.
 */
class DeepTreesTest {

  private static final int DEEP = 100_000;
  private static final long SMALL_STACK = 256 * 1024;

  /** Runs {@code check} on a thread with a small stack and rethrows what it threw. */
  private static void onSmallStack(Runnable check) throws InterruptedException {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        check.run();
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "deep-tree", SMALL_STACK);
    t.start();
    t.join();
    if (failure.get() instanceof Error e) {
      throw e;
    }
    if (failure.get() instanceof RuntimeException e) {
      throw e;
    }
  }

  /** {@code level 99999 → … → level 0 → leaf}, each node with one input. */
  private static Explanation chain(String leafLabel) {
    Explanation e = Explanation.input(leafLabel, BigDecimal.ONE, "given");
    for (int i = 0; i < DEEP; i++) {
      e = Explanation.of("level " + i, Option.some(BigDecimal.valueOf(i)), "x", "", List.of(e));
    }
    return e;
  }

  @Test
  void anExplanationNested100000DeepRendersHashesAndCompares() throws InterruptedException {
    Explanation deep = chain("leaf");
    Explanation same = chain("leaf");
    Explanation other = chain("another leaf");
    onSmallStack(() -> {
      String text = deep.render();
      assertThat(text.lines().count()).isEqualTo(DEEP + 1L);
      assertThat(text.lines().findFirst()).contains("level 99999: 99999 = x");
      // indentation stops growing at MAX_INDENTED_DEPTH; deeper lines carry their depth instead
      String indent = "  ".repeat(Explanation.MAX_INDENTED_DEPTH);
      assertThat(text.lines().skip(40).findFirst()).contains(indent + "(depth 40) level 99959: 99959 = x");
      assertThat(text.lines().reduce((a, b) -> b)).contains(indent + "(depth 100000) leaf: 1  [given]");
      assertThat(deep.toString()).isEqualTo(text);
      assertThat(deep).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
      assertThat(deep.withLabel("top")).isNotEqualTo(deep);
    });
  }

  @Test
  void contributionDetailsChained100000DeepRollUp() throws InterruptedException {
    RollUpPolicy policy = RollUpPolicy.defaults();
    Contribution base = Contribution.of(Contribution.Kind.OBJECTIVE, "o", "", Option.some(new BigDecimal("0.5")),
        BigDecimal.ONE);
    Contribution c = base;
    for (int i = 0; i < DEEP; i++) {
      c = base.withDetail(policy.combine(List.of(c)).explanation());
    }
    Contribution deep = c;
    onSmallStack(() -> {
      RollUp rollUp = policy.combine(List.of(deep, base));
      assertThat(rollUp.progress()).contains(new BigDecimal("0.5"));
      assertThat(rollUp.explanation().render().lines().count()).isGreaterThan(DEEP);
      assertThat(rollUp).isEqualTo(policy.combine(List.of(deep, base))).hasSameHashCodeAs(policy.combine(List.of(deep, base)));
      assertThat(rollUp.toString()).contains("roll-up");
      assertThat(deep).isNotEqualTo(base).hasToString(deep.toString());
    });
  }

  @Test
  void anAggregationTreeNested100000DeepIsAggregated() throws InterruptedException {
    ScoreNode node = ScoreNode.leaf(Option.some(new BigDecimal("0.25")));
    for (int i = 0; i < DEEP; i++) {
      node = ScoreNode.group(List.of(node, ScoreNode.leaf(Option.none())));
    }
    ScoreNode deep = node;
    ScoreNode same = ScoreNode.group(((ScoreNode.Group) deep).children());
    onSmallStack(() -> {
      // with not-scored leaves skipped, each group scores its scored child: 0.25 all the way up
      AggregationPolicy skip = AggregationPolicy.defaults().withMissing(RollUpPolicy.Missing.SKIP);
      assertThat(skip.aggregate(deep)).contains(new BigDecimal("0.25"));
      assertThat(skip.withStructure(AggregationPolicy.Structure.FLAT).aggregate(deep))
          .contains(new BigDecimal("0.25"));
      assertThat(deep).isEqualTo(same).hasSameHashCodeAs(same);
      assertThat(deep.toString()).startsWith("Group[children=[Group[children=[").endsWith(", weight=1]");
    });
  }
}
