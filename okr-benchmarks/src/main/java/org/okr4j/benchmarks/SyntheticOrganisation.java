package org.okr4j.benchmarks;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.SplittableRandom;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Period;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;

/**
 * A deterministic synthetic organisation for benchmarks: {@code keyResults / krsPerObjective}
 * objectives in one of three {@link Shape shapes}, each with {@code krsPerObjective} key results and
 * {@code checkInsPerKr} check-ins spread over one quarter, and alignment links from each objective
 * to its parent objective(s). The same parameters always give the same organisation.
 *
 * @param set the objectives and the cycle
 * @param links every alignment link, child first, in the order a host would add them
 * @param parameters the parameters it was generated with
 */
public record SyntheticOrganisation(OkrSet set, java.util.List<Edge> links, Parameters parameters) {

  /** The quarter every objective belongs to. */
  public static final Cycle QUARTER = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));

  /** The instant the benchmarks score at: two thirds into the quarter, after at least two check-ins of each key result. */
  public static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");

  /** The weight of a wide organisation's second-parent links. */
  public static final BigDecimal SECOND_PARENT_WEIGHT = new BigDecimal("0.5");

  /**
   * An alignment link as ids: {@code child} contributes to {@code parent} with {@code weight}.
   *
   * @param child the child's id ({@code o…} an objective, {@code k…} a key result)
   * @param parent the parent's id
   * @param weight the link's weight
   */
  public record Edge(String child, String parent, BigDecimal weight) {

    /**
     * Returns the contributing okr4j link.
     *
     * @return the link
     */
    public Link toLink() {
      return Link.contributes(node(child), node(parent), weight);
    }

    /**
     * Returns the node of an id: an objective for {@code o…}, else a key result.
     *
     * @param id the id
     * @return the node
     */
    public static NodeRef node(String id) {
      return id.startsWith("o") ? NodeRef.objective(id) : NodeRef.keyResult(id);
    }
  }

  /** The layout of the objectives. */
  public enum Shape {
    /**
     * A tree of 6 levels with the smallest fan-out that fits every objective (objective {@code i}'s
     * parent is {@code (i − 1) / fanOut}); a share of key results also cascade to a key result of an
     * objective higher up (cross-team links); the metric mix of {@link Parameters#linearOnly()}.
     */
    SIX_LEVEL,
    /**
     * A deep, narrow organisation of 20 levels: each level 1.5 times as wide as the one above (about
     * 37 top objectives and 83,000 at the bottom for 250,000 objectives), each objective aligned to
     * one objective of the level above (1 or 2 children each), so every path to the top of a
     * bottom objective has 19 links. Linear key results weighted 1, 2 or 3.
     */
    DEEP,
    /**
     * A wide, flat organisation of 2 levels: {@code min(400, objectives / 625)} top objectives,
     * every other objective aligned to one of them in contiguous blocks (about 625 children each), 5 %
     * of them also to a second top objective with weight {@link #SECOND_PARENT_WEIGHT}. Linear key
     * results weighted 1, 2 or 3.
     */
    WIDE;

    /**
     * Returns the shape named in lower case ({@code six-level}, {@code deep}, {@code wide}).
     *
     * @param name the name
     * @return the shape
     */
    public static Shape of(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  /**
   * The generator's parameters.
   *
   * @param shape the layout
   * @param keyResults how many key results (10 000, 100 000, 1 000 000)
   * @param krsPerObjective key results per objective
   * @param levels organisational levels (6 for {@link Shape#SIX_LEVEL}, 20 deep, 2 wide)
   * @param checkInsPerKr check-ins per key result (4)
   * @param crossTeamShare share of key results with a cross-team cascade link (six-level only)
   * @param seed the random seed
   * @param linearOnly whether every key result is linear (for arithmetic baselines), rather than
   *     the mix of 60 % linear, 10 % threshold, 10 % milestones, 10 % recurring, 5 % binary and
   *     5 % aggregate; always true for the deep and wide shapes
   */
  public record Parameters(Shape shape, int keyResults, int krsPerObjective, int levels, int checkInsPerKr,
      double crossTeamShare, long seed, boolean linearOnly) {

    /**
     * Returns the six-level parameters for {@code keyResults} key results: 4 per objective, 4
     * check-ins each, 5 % cross-team links, seed 42, the metric mix.
     *
     * @param keyResults how many key results
     * @return the parameters
     */
    public static Parameters of(int keyResults) {
      return new Parameters(Shape.SIX_LEVEL, keyResults, 4, 6, 4, 0.05, 42L, false);
    }

    /**
     * Returns the parameters of a shape for {@code keyResults} key results: 4 per objective, 4
     * check-ins each, seed 42.
     *
     * @param shape the layout
     * @param keyResults how many key results
     * @return the parameters
     */
    public static Parameters of(Shape shape, int keyResults) {
      return switch (shape) {
        case SIX_LEVEL -> of(keyResults);
        case DEEP -> new Parameters(shape, keyResults, 4, 20, 4, 0, 42L, true);
        case WIDE -> new Parameters(shape, keyResults, 4, 2, 4, 0.05, 42L, true);
      };
    }

    /**
     * Returns a copy whose key results are all linear.
     *
     * @return the parameters
     */
    public Parameters linear() {
      return new Parameters(shape, keyResults, krsPerObjective, levels, checkInsPerKr, crossTeamShare, seed, true);
    }

    /**
     * Returns the number of objectives.
     *
     * @return {@code ceil(keyResults / krsPerObjective)}
     */
    public int objectives() {
      return (keyResults + krsPerObjective - 1) / krsPerObjective;
    }

    /**
     * Returns the smallest fan-out that fits every objective in {@code levels} levels (the
     * six-level tree's).
     *
     * @return the fan-out, at least 2
     */
    public int fanOut() {
      for (int f = 2; ; f++) {
        long total = 0;
        long width = 1;
        for (int d = 0; d < levels; d++) {
          total += width;
          width *= f;
        }
        if (total >= objectives()) {
          return f;
        }
      }
    }

    /**
     * Returns where each level starts, for the deep shape: level {@code d} is objectives
     * {@code [start[d], start[d + 1])}, each level 1.5 times as wide as the one above and none
     * empty.
     *
     * @return {@code levels + 1} positions from 0 to the number of objectives
     */
    public int[] levelStarts() {
      int n = objectives();
      int[] start = new int[levels + 1];
      double total = Math.pow(1.5, levels) - 1;
      for (int d = 1; d < levels; d++) {
        int geometric = (int) Math.floor(n * (Math.pow(1.5, d) - 1) / total);
        start[d] = Math.min(Math.max(start[d - 1] + 1, geometric), n - (levels - d));
      }
      start[levels] = n;
      return start;
    }

    /**
     * Returns the number of top objectives of the wide shape.
     *
     * @return {@code min(400, objectives / 625)}, at least 1
     */
    public int topObjectives() {
      return Math.max(1, Math.min(400, objectives() / 625));
    }
  }

  /**
   * Returns the okr4j links.
   *
   * @return every link, in order
   */
  public java.util.List<Link> alignmentLinks() {
    java.util.List<Link> out = new ArrayList<>(links.size());
    for (Edge e : links) {
      out.add(e.toLink());
    }
    return out;
  }

  /**
   * Builds the alignment graph under the default policy (many parents, free level steps).
   *
   * @return the graph
   */
  public AlignmentGraph graph() {
    return AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(), alignmentLinks());
  }

  /**
   * Generates an organisation, loading its set with {@link OkrSet#loader()}.
   *
   * @param p the parameters
   * @return the organisation
   */
  public static SyntheticOrganisation generate(Parameters p) {
    return generate(p, true);
  }

  /**
   * Generates an organisation, loading its set with {@link OkrSet#loader()} or building it with
   * one {@link Objective.Builder} and {@link KeyResult.Builder} per value; both give equal sets from
   * the same parameters.
   *
   * @param p the parameters
   * @param loader whether to load the set (else to build it)
   * @return the organisation
   */
  public static SyntheticOrganisation generate(Parameters p, boolean loader) {
    SplittableRandom random = new SplittableRandom(p.seed());
    int objectives = p.objectives();
    Level[] levels = new Level[p.levels()];
    for (int d = 0; d < levels.length; d++) {
      levels[d] = Level.of("level-" + d, d);
    }
    int[] parent = new int[objectives];
    int[] depth = new int[objectives];
    layout(p, parent, depth);
    long start = QUARTER.startInstant().getEpochSecond();
    long span = QUARTER.endInstant().getEpochSecond() - start;
    Rows rows = loader ? new Loaded() : new Built();
    java.util.List<Edge> links = new ArrayList<>();
    boolean six = p.shape() == Shape.SIX_LEVEL;
    int top = p.topObjectives();
    int kr = 0;
    String cycle = QUARTER.id().value();
    for (int i = 0; i < objectives; i++) {
      rows.objective("o" + i, "Objective " + i, OwnerRef.team("team-" + Math.max(0, parent[i])), cycle, levels[depth[i]]);
      for (int k = 0; k < p.krsPerObjective() && kr < p.keyResults(); k++, kr++) {
        Metric metric = p.linearOnly() || !six ? linear(random) : metric(random);
        BigDecimal weight = six ? BigDecimal.ONE : BigDecimal.valueOf(1 + random.nextInt(3));
        rows.keyResult("k" + kr, "Key result " + kr, weight, metric);
        for (int c = 0; c < p.checkInsPerKr(); c++) {
          Instant at = Instant.ofEpochSecond(start + (span * (c + 1)) / (p.checkInsPerKr() + 1) + random.nextInt(3600));
          rows.checkIn(CheckIn.of(at, data(metric, random, c)));
        }
        if (six && i > 0 && random.nextDouble() < p.crossTeamShare()) {
          int target = random.nextInt(i);
          links.add(new Edge("k" + kr, "k" + (target * p.krsPerObjective()), BigDecimal.ONE));
        }
      }
      if (parent[i] >= 0) {
        links.add(new Edge("o" + i, "o" + parent[i], BigDecimal.ONE));
        if (p.shape() == Shape.WIDE && top > 1 && random.nextDouble() < p.crossTeamShare()) {
          int second = (parent[i] + 1 + random.nextInt(top - 1)) % top;
          links.add(new Edge("o" + i, "o" + second, SECOND_PARENT_WEIGHT));
        }
      }
    }
    return new SyntheticOrganisation(rows.set(), links, p);
  }

  /** Where generated rows go: objectives, each followed by its key results, each by its check-ins. */
  private interface Rows {
    void objective(String id, String title, OwnerRef owner, String cycle, Level level);

    void keyResult(String id, String title, BigDecimal weight, Metric metric);

    void checkIn(CheckIn checkIn);

    OkrSet set();
  }

  /** Rows into {@link OkrSet#loader()}. */
  private static final class Loaded implements Rows {
    private final OkrSet.Loader loader = OkrSet.loader().cycle(QUARTER);

    @Override
    public void objective(String id, String title, OwnerRef owner, String cycle, Level level) {
      loader.objective(id, title, owner, cycle, level);
    }

    @Override
    public void keyResult(String id, String title, BigDecimal weight, Metric metric) {
      loader.keyResult(id, title, weight, metric);
    }

    @Override
    public void checkIn(CheckIn checkIn) {
      loader.checkIn(checkIn);
    }

    @Override
    public OkrSet set() {
      return loader.loadOrThrow();
    }
  }

  /** Rows into one builder per objective and key result, each objective built before the next starts. */
  private static final class Built implements Rows {
    private final OkrSet.Builder set = OkrSet.builder().cycle(QUARTER);
    private Objective.Builder objective;
    private KeyResult.Builder keyResult;

    @Override
    public void objective(String id, String title, OwnerRef owner, String cycle, Level level) {
      flush();
      objective = Objective.builder().id(id).title(title).owner(owner).cycle(cycle).level(level);
    }

    @Override
    public void keyResult(String id, String title, BigDecimal weight, Metric metric) {
      flushKeyResult();
      keyResult = KeyResult.builder().id(id).title(title).weight(weight).metric(metric);
    }

    @Override
    public void checkIn(CheckIn checkIn) {
      keyResult.checkIn(checkIn);
    }

    private void flushKeyResult() {
      if (keyResult != null) {
        objective.keyResult(keyResult);
        keyResult = null;
      }
    }

    private void flush() {
      flushKeyResult();
      if (objective != null) {
        set.objective(objective.buildOrThrow());
        objective = null;
      }
    }

    @Override
    public OkrSet set() {
      flush();
      return set.buildOrThrow();
    }
  }

  /** Fills each objective's (first) parent, -1 at the top, and its level. */
  private static void layout(Parameters p, int[] parent, int[] depth) {
    int n = parent.length;
    switch (p.shape()) {
      case SIX_LEVEL -> {
        int fanOut = p.fanOut();
        for (int i = 0; i < n; i++) {
          parent[i] = i == 0 ? -1 : (i - 1) / fanOut;
          depth[i] = i == 0 ? 0 : Math.min(depth[parent[i]] + 1, p.levels() - 1);
        }
      }
      case DEEP -> {
        int[] start = p.levelStarts();
        for (int d = 0; d < p.levels(); d++) {
          int width = start[d + 1] - start[d];
          int above = d == 0 ? 0 : start[d] - start[d - 1];
          for (int j = 0; j < width; j++) {
            int i = start[d] + j;
            depth[i] = d;
            parent[i] = d == 0 ? -1 : start[d - 1] + (int) ((long) j * above / width);
          }
        }
      }
      case WIDE -> {
        int top = p.topObjectives();
        int block = Math.max(1, (n - top + top - 1) / top);
        for (int i = 0; i < n; i++) {
          depth[i] = i < top ? 0 : 1;
          parent[i] = i < top ? -1 : Math.min(top - 1, (i - top) / block);
        }
      }
    }
  }

  private static Metric linear(SplittableRandom random) {
    int baseline = random.nextInt(100);
    return LinearMetric.of(Unit.NUMBER, BigDecimal.valueOf(baseline),
        Target.absolute(BigDecimal.valueOf(baseline + 1 + random.nextInt(1000))));
  }

  private static Metric metric(SplittableRandom random) {
    int roll = random.nextInt(100);
    if (roll < 60) {
      return linear(random);
    } else if (roll < 70) {
      return ThresholdMetric.of(Unit.PERCENT, Comparison.AT_LEAST, BigDecimal.valueOf(random.nextInt(100)));
    } else if (roll < 80) {
      return MilestoneMetric.of(Milestone.of("m1", "First"), Milestone.of("m2", "Second"), Milestone.of("m3", "Third"));
    } else if (roll < 90) {
      return RecurringMetric.of(Unit.COUNT, Period.MONTH, BigDecimal.valueOf(1 + random.nextInt(20)));
    } else if (roll < 95) {
      return BinaryMetric.INSTANCE;
    }
    return AggregateMetric.of(Unit.PERCENT, Comparison.AT_LEAST, BigDecimal.valueOf(1 + random.nextInt(10)));
  }

  private static CheckInData data(Metric metric, SplittableRandom random, int c) {
    if (metric instanceof MilestoneMetric) {
      return new CheckInData.MilestonesDone(c == 0 ? TreeSet.empty() : TreeSet.of("m1"));
    } else if (metric instanceof RecurringMetric) {
      return new CheckInData.PeriodValue(QUARTER.start().plusDays(20L * c), BigDecimal.valueOf(random.nextInt(25)));
    } else if (metric instanceof BinaryMetric) {
      return new CheckInData.Completion(c > 2);
    } else if (metric instanceof AggregateMetric) {
      return new CheckInData.ItemValues(List.of(new CheckInData.Item("item-" + c,
          BigDecimal.valueOf(random.nextInt(50)), BigDecimal.valueOf(100 + random.nextInt(900)))));
    }
    return new CheckInData.Measurement(BigDecimal.valueOf(random.nextInt(1200)));
  }
}
