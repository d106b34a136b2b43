package org.okr4j.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.lang.reflect.Executable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okr4j.OkrGenerators;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.Contribution;
import org.okr4j.scoring.EvaluationPlan;
import org.okr4j.scoring.Explanation;
import org.okr4j.scoring.ScoringPolicy;
import org.quicktheories.core.Gen;

/**
 * No raw exception escapes okr-core's exported API, whatever the input: every public constructor
 * and method of every exported type (found by reflection, so new members are covered without
 * touching this test) is called with hostile arguments, and may only return, throw
 * {@link org.okr4j.validation.OkrException} with well-formed errors, or throw
 * {@link NullPointerException} where {@code null} was passed against the JSpecify contract (see
 * {@link Runner} for the exact rule and the 1 s CPU-time guard).
 *
 * <p>Values of okr4j types come from a pool seeded with valid fixtures (including an explanation
 * nested 20,000 deep; {@link DeepTreesTest} goes to 100,000) and grown, before the property runs, by
 * a deterministic warm-up that calls every member a few times and keeps what they return; the
 * property then draws {@code okr.hostile.examples} (10,000 by default) calls from the frozen pool,
 * replayable with {@code -DQT_SEED=...}. {@code okr.hostile.nullOdds} (30: one argument in 30 that
 * must not be {@code null} is passed {@code null}) and {@code okr.hostile.rounds} (3 warm-up
 * rounds) tune it. Each run writes {@code target/hostile-input-report.txt}: the slowest members,
 * the pool's size, what the calls did and every problem found while warming up.
 */
class HostileInputProperties {

  private static final int EXAMPLES = Integer.getInteger("okr.hostile.examples", 10_000);
  private static final int WARM_UP_ROUNDS = Integer.getInteger("okr.hostile.rounds", 3);
  private static final int DEEP = 20_000;
  private static final int FILL_IN_TRIES = 200;

  private static java.util.List<Executable> members;
  private static java.util.List<Executable> weighted;
  private static Pool pool;
  private static Maker maker;
  private static Runner runner;
  /** Problems found while warming up, by member and kind, with one example each. */
  private static final Map<String, String> warmUpProblems = new LinkedHashMap<>();
  private static final java.util.Set<String> called = new TreeSet<>();
  private static final Map<String, Long> wallTimes = new java.util.HashMap<>();

  @BeforeAll
  static void buildPool() {
    members = ExportedApi.members();
    weighted = new ArrayList<>();
    for (Executable m : members) {
      for (int i = 0; i <= Math.min(m.getParameterCount(), 4); i++) {
        weighted.add(m);
      }
    }
    pool = new Pool();
    maker = new Maker(pool, members);
    runner = new Runner();
    Dice d = Dice.of(new Random(20_260_101L));
    seed(d);
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      for (Executable member : members) {
        for (int k = 0; k < 2; k++) {
          warmUp(member, d);
        }
      }
      fillIn(d);
    }
  }

  /**
   * Calls the members that return a type the pool still lacks (directly or inside a Vavr
   * container), up to {@link #FILL_IN_TRIES} times each, so that every instance method gets a
   * receiver even when valid input for its type is rare among hostile values.
   */
  private static void fillIn(Dice d) {
    for (Class<?> type : ExportedApi.types()) {
      if (!pool.of(type).isEmpty() || type.isEnum() || Maker.isBuilder(type)) {
        continue;
      }
      for (Executable producer : members) {
        java.lang.reflect.Type made = producer instanceof java.lang.reflect.Method m ? m.getGenericReturnType()
            : producer.getDeclaringClass();
        if (mentions(made, type)) {
          for (int k = 0; k < FILL_IN_TRIES && pool.of(type).isEmpty(); k++) {
            warmUp(producer, d);
          }
        }
      }
    }
  }

  private static boolean mentions(java.lang.reflect.Type t, Class<?> type) {
    if (t instanceof Class<?> c) {
      return type.isAssignableFrom(c);
    }
    if (t instanceof java.lang.reflect.ParameterizedType p) {
      for (java.lang.reflect.Type arg : p.getActualTypeArguments()) {
        if (mentions(arg, type)) {
          return true;
        }
      }
    }
    return false;
  }

  @AfterAll
  static void stop() throws java.io.IOException {
    runner.close();
    StringBuilder report = new StringBuilder("Slowest members in the warm-up (ms, all calls):\n");
    wallTimes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(20)
        .forEach(e -> report.append(e.getValue() / 1_000_000).append("  ").append(e.getKey()).append('\n'));
    report.append("\nPool: ").append(pool.size()).append(" values\nCalls: ").append(runner.tally.get(Runner.RETURNED))
        .append(" returned, ").append(runner.tally.get(Runner.OKR_EXCEPTION)).append(" threw OkrException, ")
        .append(runner.tally.get(Runner.CONTRACT_NPE)).append(" threw something else (a NullPointerException after a null against the contract, or a failure); ")
        .append(runner.tally.get(Runner.CONTRACT_NULL_CALLS)).append(" calls passed null against the contract\n\nProblems:\n")
        .append(String.join("\n", warmUpProblems.keySet())).append("\n\n")
        .append(String.join("\n\n", warmUpProblems.values()));
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "hostile-input-report.txt"),
        Runner.printable(report.toString()));
  }

  private static void seed(Dice d) {
    qt().withFixedSeed(20_260_101L).withExamples(16).forAll(OkrGenerators.okrSets())
        .checkAssert(set -> {
          pool.offer(set, "OkrGenerators.okrSets()", d);
          int n = set.objectives().size();
          EvaluationPlan.compile(set, ScoringPolicy.defaults(), Instant.parse("2026-02-15T00:00:00Z"), new int[n + 1],
              new int[0], new BigDecimal[0]).forEach(p -> pool.offer(p, "EvaluationPlan of OkrGenerators.okrSets()", d));
          if (n >= 2) {
            int[] start = new int[n + 1];
            java.util.Arrays.fill(start, 1, n + 1, 1);
            EvaluationPlan.compile(set, ScoringPolicy.defaults(), Instant.parse("2026-02-15T00:00:00Z"), start,
                new int[] {1}, new BigDecimal[] {BigDecimal.ONE})
                .forEach(p -> pool.offer(p, "EvaluationPlan of OkrGenerators.okrSets() with o-1 → o-0", d));
          }
          if (set.objectives().size() >= 3) {
            AlignmentGraph.of(set)
                .link(Link.contributes(NodeRef.objective("o-1"), NodeRef.objective("o-0")))
                .flatMap(g -> g.link(Link.supports(NodeRef.objective("o-2"), NodeRef.objective("o-1"))))
                .forEach(g -> pool.offer(g, "AlignmentGraph of OkrGenerators.okrSets() with o-2 → o-1 → o-0", d));
          }
        });
    pool.offer(new HostRule(), "new HostRule()", d);
    Explanation deep = Explanation.input("leaf", BigDecimal.ONE, "given");
    for (int i = 0; i < DEEP; i++) {
      deep = Explanation.of("level " + i, Option.some(BigDecimal.ONE), "x", "", List.of(deep));
    }
    pool.offer(deep, "Explanation nested " + DEEP + " deep", d);
    Contribution contribution = Contribution.of(Contribution.Kind.OBJECTIVE, "o-deep", "", Option.some(BigDecimal.ONE),
        BigDecimal.ONE).withDetail(deep);
    pool.offer(contribution, "Contribution with an explanation nested " + DEEP + " deep", d);
  }

  private static void warmUp(Executable member, Dice d) {
    Call call = maker.make(member, d);
    if (call.unreachable) {
      return;
    }
    called.add(ExportedApi.signature(member));
    long start = System.nanoTime();
    Runner.Outcome outcome = runner.run(call);
    wallTimes.merge(ExportedApi.signature(member), System.nanoTime() - start, Long::sum);
    if (outcome.problem() != null) {
      String kind = outcome.problem().lines().findFirst().orElse("").replaceAll("[0-9]+ ms", "N ms");
      warmUpProblems.putIfAbsent(ExportedApi.signature(member) + ": " + kind,
          Runner.printable(call + "\n    " + outcome.problem()));
    } else if (outcome.result() != null) {
      pool.offer(outcome.result(), call.step.text(), d);
    } else if (outcome.thrown() != null) {
      pool.offer(outcome.thrown(), call.step.text() + " threw", d);
    }
  }

  @Test
  void warmUpFindsNoEscape() {
    assertThat(warmUpProblems.values())
        .as("%d of %d members escaped while the pool was built:%n%s", warmUpProblems.size(), members.size(),
            String.join("\n\n", warmUpProblems.values()))
        .isEmpty();
  }

  @Test
  void everyMemberIsCalled() {
    java.util.List<String> never = members.stream().map(ExportedApi::signature).filter(s -> !called.contains(s))
        .distinct().toList();
    assertThat(never).as("members the warm-up never managed to call (add a seed or a generator)").isEmpty();
  }

  @Test
  void noPublicMemberLetsARawExceptionEscape() {
    Gen<Call> calls = in -> {
      Dice d = Dice.of(in);
      Call call;
      do {
        call = maker.make(d.pick(weighted), d);
      } while (call.unreachable);
      return call;
    };
    qt().withExamples(EXAMPLES).withShrinkCycles(50).forAll(calls).checkAssert(call -> {
      Runner.Outcome outcome = runner.run(call);
      assertThat(outcome.problem()).as("%s", call).isNull();
    });
  }
}
