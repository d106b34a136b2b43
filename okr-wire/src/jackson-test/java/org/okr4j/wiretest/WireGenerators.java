package org.okr4j.wiretest;

import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.ManualStatus;
import org.okr4j.model.Comparison;
import org.okr4j.model.Confidence;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveType;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerKind;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Period;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Zone;
import org.okr4j.model.Unit;
import org.okr4j.model.Visibility;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid okr4j values for the wire-format properties: every metric kind
 * with matching check-in data, every unit, level and visibility, and text and numbers chosen to
 * stress JSON (escapes, non-ASCII, surrogate pairs, trailing zeros, exponents, 30-digit values).
 * Values are built through the core's public factories, so each one is valid by construction.
 */
final class WireGenerators {

  private static final String[] TEXT_PIECES = {"a", "Z", "7", " ", "-", "\"", "\\", "/", "\n", "\t", "\u0001",
      "\u001f", "é", "中文", "品牌影响力", "😀", "\u2028", "<", "&", "'", "{}", "[]", "%", "null"};

  private static final String ID_CHARS = "abcxyzABCZ0189._~:-";

  private static final java.util.List<BigDecimal> EDGE_DECIMALS = java.util.List.of(
      BigDecimal.ZERO, new BigDecimal("0.10"), new BigDecimal("1E+3"), new BigDecimal("-0.000001"),
      new BigDecimal("1E-30"), new BigDecimal("999999999999999999999999999999"), new BigDecimal("0.000000"),
      new BigDecimal("12.500"), new BigDecimal("-7"), new BigDecimal("3.14159265358979323846264338327"),
      BigDecimal.ONE, new BigDecimal("1.0"));

  private static final java.util.List<ZoneId> ZONES = java.util.List.of(ZoneOffset.UTC, ZoneId.of("UTC"),
      ZoneId.of("Asia/Shanghai"), ZoneOffset.ofHours(8), ZoneId.of("Europe/Berlin"), ZoneOffset.ofHoursMinutes(-3, -30));

  private WireGenerators() {}

  /** Generates OKR sets of up to 3 cycles and 4 objectives, with every metric kind and check-ins. */
  static Gen<OkrSet> okrSets() {
    return in -> {
      int cycles = range(in, 1, 3);
      ArrayList<Cycle> cs = new ArrayList<>();
      for (int i = 0; i < cycles; i++) {
        Cycle c = cycle(in, i);
        if (i > 0 && bool(in)) {
          c = c.withParent(cs.get(range(in, 0, i - 1)).id());
        }
        cs.add(c);
      }
      int objectives = range(in, 0, 4);
      OkrSet.Builder set = OkrSet.builder();
      cs.forEach(set::cycle);
      for (int i = 0; i < objectives; i++) {
        set.objective(objective(in, "o" + i, cs.get(range(in, 0, cycles - 1))));
      }
      return set.buildOrThrow();
    };
  }

  /**
   * Generates alignment graphs over generated sets: up to six links between random objectives and key
   * results (objective → objective, key result → objective, key result → key result cascades),
   * contributing with generated weights or supporting, under a random alignment policy; links the
   * policy or acyclicity refuses are left out.
   */
  static Gen<org.okr4j.alignment.AlignmentGraph> graphs() {
    return in -> {
      OkrSet set = okrSets().generate(in);
      org.okr4j.alignment.AlignmentPolicy policy = bool(in) ? org.okr4j.alignment.AlignmentPolicy.permissive()
          : org.okr4j.alignment.AlignmentPolicy.defaults();
      org.okr4j.alignment.AlignmentGraph graph = org.okr4j.alignment.AlignmentGraph.buildOrThrow(set, policy,
          java.util.List.of());
      java.util.List<org.okr4j.alignment.NodeRef> nodes = new java.util.ArrayList<>();
      for (Objective o : set.objectives()) {
        nodes.add(new org.okr4j.alignment.NodeRef.OfObjective(o.id()));
        o.keyResults().forEach(kr -> nodes.add(new org.okr4j.alignment.NodeRef.OfKeyResult(kr.id())));
      }
      int links = nodes.size() < 2 ? 0 : range(in, 0, 6);
      for (int i = 0; i < links; i++) {
        org.okr4j.alignment.NodeRef child = nodes.get(range(in, 0, nodes.size() - 1));
        org.okr4j.alignment.NodeRef parent = nodes.get(range(in, 0, nodes.size() - 1));
        org.okr4j.alignment.Link link = bool(in) ? org.okr4j.alignment.Link.supports(child, parent)
            : org.okr4j.alignment.Link.contributes(child, parent, Generate.pick(java.util.List.of(BigDecimal.ONE,
                new BigDecimal("0.50"), new BigDecimal("2"), BigDecimal.ZERO, new BigDecimal("1E+1"))).generate(in));
        graph = graph.link(link).getOrElse(graph);
      }
      return graph;
    };
  }

  /** Generates key-result cascades. */
  static Gen<org.okr4j.alignment.GraphScorecard.Cascade> cascades() {
    return Generate.enumValues(org.okr4j.alignment.GraphScorecard.Cascade.class);
  }

  /** Generates cycles. */
  static Gen<Cycle> cycles() {
    return in -> cycle(in, 0);
  }

  /** Generates objectives in a cycle {@code c0}. */
  static Gen<Objective> objectives() {
    return in -> objective(in, "o", cycle(in, 0));
  }

  /** Generates key results whose check-ins lie in a cycle {@code c0}. */
  static Gen<KeyResult> keyResults() {
    return in -> keyResult(in, "kr", cycle(in, 0));
  }

  /** Generates check-ins of every data kind. */
  static Gen<CheckIn> checkIns() {
    return in -> {
      Cycle c = cycle(in, 0);
      return checkIn(in, metric(in), c);
    };
  }

  static Cycle cycle(RandomnessSource in, int index) {
    LocalDate start = LocalDate.of(range(in, 1990, 2100), range(in, 1, 12), range(in, 1, 28));
    LocalDate end = start.plusDays(range(in, 1, 400));
    Cycle c = Cycle.of(id(in) + "." + index, text(in, 20), start, end);
    return bool(in) ? c : c.withZone(Generate.pick(ZONES).generate(in));
  }

  static Objective objective(RandomnessSource in, String prefix, Cycle cycle) {
    Objective.Builder b = Objective.builder()
        .id(id(in) + "." + prefix)
        .title(text(in, 40))
        .owner(owner(in))
        .cycle(cycle.id().value())
        .level(level(in));
    if (bool(in)) {
      b.description(range(in, 0, 1) == 0 ? "" : text(in, 200));
    }
    if (bool(in)) {
      b.type(Generate.enumValues(ObjectiveType.class).generate(in));
    }
    if (bool(in)) {
      b.visibility(visibility(in));
    }
    int krs = range(in, 0, 3);
    for (int i = 0; i < krs; i++) {
      b.keyResult(keyResult(in, prefix + ".kr" + i, cycle));
    }
    int tags = range(in, 0, 3);
    for (int i = 0; i < tags; i++) {
      b.tag(text(in, 20) + i);
    }
    return b.buildOrThrow();
  }

  static KeyResult keyResult(RandomnessSource in, String idSuffix, Cycle cycle) {
    Metric metric = metric(in);
    KeyResult.Builder b = KeyResult.builder().id(id(in) + "." + idSuffix).title(text(in, 40)).metric(metric);
    if (bool(in)) {
      b.owner(owner(in));
    }
    if (bool(in)) {
      b.weight(nonNegative(in));
    }
    if (bool(in)) {
      b.dueDate(cycle.end().minusDays(range(in, 0, 30)));
    }
    int checkIns = range(in, 0, 3);
    for (int i = 0; i < checkIns; i++) {
      b.checkIn(checkIn(in, metric, cycle));
    }
    return b.buildOrThrow();
  }

  static CheckIn checkIn(RandomnessSource in, Metric metric, Cycle cycle) {
    long from = cycle.startInstant().getEpochSecond();
    long to = cycle.endInstant().getEpochSecond();
    Instant instant = Instant.ofEpochSecond(Generate.longRange(from, to - 1).generate(in),
        bool(in) ? 0 : range(in, 0, 999_999_999));
    CheckIn c = CheckIn.of(instant, data(in, metric, cycle));
    if (bool(in)) {
      c = c.withConfidence(Confidence.of(BigDecimal.valueOf(range(in, 0, 100), range(in, 0, 1) * 2)
          .min(BigDecimal.ONE)));
    }
    if (bool(in)) {
      c = c.withNote(text(in, 100));
    }
    if (bool(in)) {
      c = c.withAuthor(owner(in));
    }
    if (bool(in)) {
      c = c.withStatus(Generate.enumValues(ManualStatus.class).generate(in));
    }
    if (bool(in)) {
      String label = text(in, 16);
      c = c.withConfidenceLabel(label.length() > CheckIn.MAX_LABEL_LENGTH ? "medium" : label);
    }
    return c;
  }

  static CheckInData data(RandomnessSource in, Metric metric, Cycle cycle) {
    if (metric instanceof BinaryMetric) {
      return new CheckInData.Completion(bool(in));
    }
    if (metric instanceof MilestoneMetric m) {
      return new CheckInData.MilestonesDone(io.vavr.collection.TreeSet.ofAll(
          m.milestones().map(Milestone::id).filter(id -> bool(in))));
    }
    if (metric instanceof RecurringMetric) {
      LocalDate day = cycle.start().plusDays(range(in, 0, (int) cycle.lengthInDays() - 1));
      return new CheckInData.PeriodValue(day, nonNegative(in));
    }
    if (metric instanceof OrdinalMetric) {
      return new CheckInData.ZoneReached(Generate.enumValues(Zone.class).generate(in));
    }
    if (metric instanceof AggregateMetric) {
      int n = range(in, 0, 3);
      ArrayList<CheckInData.Item> items = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        items.add(new CheckInData.Item(text(in, 10) + "#" + i, nonNegative(in), positive(in)));
      }
      return new CheckInData.ItemValues(List.ofAll(items));
    }
    return new CheckInData.Measurement(decimal(in));
  }

  static Metric metric(RandomnessSource in) {
    Unit unit = unit(in);
    switch (range(in, 0, 7)) {
      case 0 -> {
        BigDecimal baseline = decimal(in);
        Target target = switch (range(in, 0, 3)) {
          case 0 -> Target.absolute(decimal(in));
          case 1 -> Target.points(decimal(in));
          case 2 -> Target.absolute(baseline); // degenerate: the policy's degenerate option decides its score
          default -> Target.relative(decimal(in));
        };
        Unit u = target instanceof Target.PointsDelta ? Unit.PERCENT : unit;
        Validation<?, LinearMetric> m = LinearMetric.validate(u, baseline, target);
        LinearMetric linear = m.isValid() ? m.get() : LinearMetric.of(u, BigDecimal.ZERO, Target.absolute(baseline.signum() == 0 ? BigDecimal.TEN : baseline));
        if (bool(in)) {
          // declared levels: the midpoint as commit (when it lies strictly between), the target plus its span as stretch
          BigDecimal b = linear.baseline();
          BigDecimal t = linear.targetValue();
          BigDecimal mid = b.add(t).divide(BigDecimal.valueOf(2));
          Validation<?, LinearMetric> levelled = LinearMetric.validate(linear.unit(), b, linear.target(),
              bool(in) ? mid : null, bool(in) ? t.add(t.subtract(b)) : null);
          return levelled.isValid() ? levelled.get() : linear;
        }
        return linear;
      }
      case 1 -> {
        return ThresholdMetric.of(unit, Generate.enumValues(Comparison.class).generate(in), decimal(in));
      }
      case 2 -> {
        BigDecimal a = decimal(in);
        BigDecimal b = decimal(in);
        return RangeMetric.of(unit, a.min(b), a.max(b));
      }
      case 3 -> {
        return BinaryMetric.INSTANCE;
      }
      case 4 -> {
        int n = range(in, 1, 4);
        Milestone[] ms = new Milestone[n];
        for (int i = 0; i < n; i++) {
          ms[i] = Milestone.of(id(in) + "." + i, text(in, 30), i == 0 ? positive(in) : nonNegative(in));
        }
        return MilestoneMetric.of(ms);
      }
      case 5 -> {
        return RecurringMetric.of(unit, Generate.enumValues(Period.class).generate(in), positive(in));
      }
      case 7 -> {
        if (bool(in)) {
          return OrdinalMetric.of();
        }
        // non-decreasing scores from a decimal base by non-negative steps; some zones described
        BigDecimal fail = decimal(in);
        BigDecimal commit = fail.add(nonNegative(in));
        BigDecimal target = commit.add(nonNegative(in));
        BigDecimal stretch = target.add(nonNegative(in));
        io.vavr.collection.SortedMap<Zone, String> texts = io.vavr.collection.TreeMap.empty();
        for (Zone zone : Zone.values()) {
          if (bool(in)) {
            texts = texts.put(zone, text(in, 40));
          }
        }
        io.vavr.control.Validation<?, OrdinalMetric> m = OrdinalMetric.validate(io.vavr.collection.TreeMap.of(
            Zone.FAIL, fail, Zone.COMMIT, commit, Zone.TARGET, target, Zone.STRETCH, stretch), texts);
        return m.isValid() ? m.get() : OrdinalMetric.of();
      }
      default -> {
        BigDecimal target = decimal(in);
        BigDecimal baseline = bool(in) ? null : decimal(in);
        if (baseline != null && baseline.compareTo(target) == 0) {
          baseline = null;
        }
        return AggregateMetric.validate(unit, Generate.enumValues(Comparison.class).generate(in), target, baseline)
            .get();
      }
    }
  }

  static Unit unit(RandomnessSource in) {
    return switch (range(in, 0, 5)) {
      case 0 -> Unit.NUMBER;
      case 1 -> Unit.PERCENT;
      case 2 -> Unit.PERCENTAGE_POINTS;
      case 3 -> Unit.COUNT;
      case 4 -> Unit.currency(Generate.pick(java.util.List.of("CNY", "EUR", "USD", "JPY")).generate(in));
      default -> Unit.custom(text(in, 30));
    };
  }

  static Level level(RandomnessSource in) {
    return switch (range(in, 0, 4)) {
      case 0 -> Level.COMPANY;
      case 1 -> Level.DEPARTMENT;
      case 2 -> Level.TEAM;
      case 3 -> Level.INDIVIDUAL;
      default -> Level.of("division-" + range(in, 0, 9), range(in, 0, Level.MAX_RANK));
    };
  }

  static Visibility visibility(RandomnessSource in) {
    return switch (range(in, 0, 2)) {
      case 0 -> Visibility.PUBLIC;
      case 1 -> Visibility.PRIVATE;
      default -> {
        int n = range(in, 0, 3);
        OwnerRef[] principals = new OwnerRef[n];
        for (int i = 0; i < n; i++) {
          principals[i] = owner(in);
        }
        yield Visibility.restricted(principals);
      }
    };
  }

  static OwnerRef owner(RandomnessSource in) {
    OwnerKind kind = switch (range(in, 0, 4)) {
      case 0 -> OwnerKind.PERSON;
      case 1 -> OwnerKind.TEAM;
      case 2 -> OwnerKind.DEPARTMENT;
      case 3 -> OwnerKind.COMPANY;
      default -> OwnerKind.of("squad-" + range(in, 0, 9));
    };
    return OwnerRef.of(kind, text(in, 30));
  }

  /** A decimal in okr4j's domain: random digits and scale, mixed with edge values. */
  static BigDecimal decimal(RandomnessSource in) {
    if (range(in, 0, 4) == 0) {
      return Generate.pick(EDGE_DECIMALS).generate(in);
    }
    long unscaled = Generate.longRange(-1_000_000_000_000L, 1_000_000_000_000L).generate(in);
    return new BigDecimal(BigInteger.valueOf(unscaled), range(in, -5, 12));
  }

  static BigDecimal nonNegative(RandomnessSource in) {
    return decimal(in).abs();
  }

  static BigDecimal positive(RandomnessSource in) {
    BigDecimal d = decimal(in).abs();
    return d.signum() == 0 ? new BigDecimal("0.5") : d;
  }

  static String id(RandomnessSource in) {
    int n = range(in, 1, 8);
    StringBuilder sb = new StringBuilder().append("abcXYZ0189".charAt(range(in, 0, 9)));
    for (int i = 1; i < n; i++) {
      sb.append(ID_CHARS.charAt(range(in, 0, ID_CHARS.length() - 1)));
    }
    return sb.toString();
  }

  /** Non-blank text of up to about {@code max} characters with characters JSON must escape. */
  static String text(RandomnessSource in, int max) {
    int pieces = range(in, 1, Math.max(1, max / 4));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(TEXT_PIECES[range(in, 0, TEXT_PIECES.length - 1)]);
    }
    return sb.toString().isBlank() ? "x" + sb : sb.toString();
  }

  static int range(RandomnessSource in, int from, int to) {
    return Generate.range(from, to).generate(in);
  }

  static boolean bool(RandomnessSource in) {
    return Generate.booleans().generate(in);
  }
}
