package org.okr4j.model;


import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * The aggregate root: the cycles and objectives of one organisation (or tenant), with referential
 * integrity. In a valid set
 * <ul>
 *   <li>cycle, objective and key-result ids are each unique (key-result ids across all
 *       objectives);</li>
 *   <li>every objective's cycle and every cycle's parent exist, and parents do not loop;</li>
 *   <li>every recurring check-in's period date lies inside its objective's cycle.</li>
 * </ul>
 * Due dates outside the cycle are allowed (results are sometimes measured after a quarter closes);
 * the linter reports them. Paths in errors point into the set as given, such as
 * {@code /objectives/3/keyResults/0/metric/target}.
 *
 * <pre>{@code
 * OkrSet set = OkrSet.builder().cycle(q1).objective(marketing).buildOrThrow();
 * set.keyResult(KeyResultId.of("kr-leads")); // Some(...)
 * }</pre>
 *
 * <p>Immutable and thread-safe; look-ups by id use tables built once, at validation, and shared
 * unchanged by {@link #withCheckIn} copies. The hash code is computed on first use, not on
 * construction, so a {@link #withCheckIn} copy costs nothing in the size of the set.
 */
@Value.Immutable(builder = false, copy = false, prehash = false, lazyhash = true)
public abstract class OkrSet {

  OkrSet() {}

  /**
   * Returns the cycles in the order given.
   *
   * @return the cycles
   */
  public abstract Vector<Cycle> cycles();

  /**
   * Returns the objectives in the order given.
   *
   * @return the objectives
   */
  public abstract Vector<Objective> objectives();

  /**
   * The look-up tables, built once by {@link #validate} and handed on unchanged by
   * {@link #withCheckIn}, which moves no objective or key result. Excluded from equality.
   */
  @Value.Auxiliary
  abstract Index index();

  private static final OkrPath OBJECTIVES = OkrPath.of("objectives");

  /** Id → position tables over an immutable set; never mutated after construction. */
  static final class Index {
    private final java.util.Map<CycleId, Cycle> cycles;
    private final java.util.Map<ObjectiveId, Integer> objectives;
    private final java.util.Map<KeyResultId, Integer> keyResults;

    Index(Vector<Cycle> cycles, Vector<Objective> objectives) {
      this.cycles = new java.util.HashMap<>(cycles.size() * 2);
      for (Cycle c : cycles) {
        this.cycles.putIfAbsent(c.id(), c);
      }
      this.objectives = new java.util.HashMap<>(objectives.size() * 2);
      this.keyResults = new java.util.HashMap<>(objectives.size() * 8);
      int i = 0;
      for (Objective o : objectives) {
        this.objectives.putIfAbsent(o.id(), i);
        for (KeyResult kr : o.keyResults()) {
          this.keyResults.putIfAbsent(kr.id(), i);
        }
        i++;
      }
    }
  }

  static OkrSet create(Vector<Cycle> cycles, Vector<Objective> objectives) {
    return ImmutableOkrSet.of(cycles, objectives, new Index(cycles, objectives));
  }

  /**
   * Returns the cycle with {@code id}.
   *
   * @param id the cycle's id
   * @return the cycle, if present
   */
  public Option<Cycle> cycle(CycleId id) {
    return Option.of(id == null ? null : index().cycles.get(id));
  }

  /**
   * Returns the objective with {@code id}.
   *
   * @param id the objective's id
   * @return the objective, if present
   */
  public Option<Objective> objective(ObjectiveId id) {
    return Option.of(id == null ? null : index().objectives.get(id)).map(objectives()::get);
  }

  /**
   * Returns the key result with {@code id}.
   *
   * @param id the key result's id
   * @return the key result, if present
   */
  public Option<KeyResult> keyResult(KeyResultId id) {
    return objectiveOf(id).flatMap(o -> o.keyResult(id));
  }

  /**
   * Returns the objective that holds the key result {@code id}.
   *
   * @param id the key result's id
   * @return the objective, if the key result is present
   */
  public Option<Objective> objectiveOf(KeyResultId id) {
    return Option.of(id == null ? null : index().keyResults.get(id)).map(objectives()::get);
  }

  /**
   * Returns the cycle of {@code objective}; present for every objective of this set.
   *
   * @param objective an objective of this set
   * @return its cycle
   * @throws OkrException with {@code okr.required} at {@code /objective} if it is missing, or
   *     {@code okr.dangling-reference} at {@code /cycle} if its cycle is not in this set (an objective
   *     of another set)
   */
  public Cycle cycleOf(Objective objective) {
    if (objective == null) {
      throw new OkrException(List.of(new OkrError.Required(OkrPath.of("objective"))));
    }
    return cycle(objective.cycle()).getOrElseThrow(() -> new OkrException(
        List.of(new OkrError.DanglingReference(OkrPath.of("cycle"), objective.cycle().value()))));
  }

  /**
   * Returns the objectives of {@code cycle}.
   *
   * @param cycle the cycle's id
   * @return the objectives, in order
   */
  public Seq<Objective> objectivesIn(CycleId cycle) {
    return objectives().filter(o -> o.cycle().equals(cycle));
  }

  /**
   * Returns a copy with one more check-in on the key result {@code id}.
   *
   * @param id the key result's id
   * @param checkIn the check-in
   * @return the new set, or an {@code okr.dangling-reference} error if no such key result exists,
   *     or the check-in's first problem
   */
  public Either<OkrError, OkrSet> withCheckIn(KeyResultId id, CheckIn checkIn) {
    Option<Integer> at = Option.of(id == null ? null : index().keyResults.get(id));
    if (at.isEmpty()) {
      return Either.left(new OkrError.DanglingReference(OkrPath.of("keyResult"), String.valueOf(id)));
    }
    int oi = at.get();
    Objective objective = objectives().get(oi);
    KeyResult kr = objective.keyResult(id).get();
    return kr.withCheckIn(checkIn)
        .flatMap(updated -> {
          Problems problems = new Problems();
          checkPeriods(problems, cycleOf(objective), updated, OkrPath.root());
          return problems.isEmpty()
              ? Either.right(ImmutableOkrSet.of(cycles(), objectives().update(oi, objective.replacing(updated)), index()))
              : Either.left(problems.errors().head());
        });
  }

  /**
   * Validates cycles and objectives together.
   *
   * <p>Every problem is found in one call: a missing ({@code null}) cycle or objective is reported
   * as {@code okr.required} at its index, and the checks across elements (unique ids, references,
   * cycle parents, recurring periods) still run on the others, at their own indices.
   *
   * @param cycles the cycles, may be {@code null} or hold {@code null}
   * @param objectives the objectives, may be {@code null} or hold {@code null}
   * @return the set, or every problem
   */
  public static Validation<Seq<OkrError>, OkrSet> validate(
      @Nullable Iterable<@Nullable Cycle> cycles, @Nullable Iterable<@Nullable Objective> objectives) {
    Problems problems = new Problems();
    Vector<@Nullable Cycle> cs = elements(problems, cycles, OkrPath.of("cycles"));
    Vector<@Nullable Objective> os = elements(problems, objectives, OkrPath.of("objectives"));
    java.util.HashMap<CycleId, Cycle> byId = new java.util.HashMap<>();
    for (int i = 0; i < cs.size(); i++) {
      Cycle c = cs.get(i);
      if (c != null && byId.putIfAbsent(c.id(), c) != null) {
        problems.add(new OkrError.DuplicateId(OkrPath.of("cycles").index(i).key("id"), c.id().value()));
      }
    }
    for (int i = 0; i < cs.size(); i++) {
      if (cs.get(i) != null) {
        checkParent(problems, cs.get(i), byId, OkrPath.of("cycles").index(i).key("parent"));
      }
    }
    java.util.HashSet<ObjectiveId> objectiveIds = new java.util.HashSet<>();
    java.util.HashSet<KeyResultId> keyResultIds = new java.util.HashSet<>();
    int i = 0;
    for (Objective o : os) {
      OkrPath at = OBJECTIVES.index(i++);
      if (o == null) {
        continue;
      }
      if (!objectiveIds.add(o.id())) {
        problems.add(new OkrError.DuplicateId(at.key("id"), o.id().value()));
      }
      Cycle cycle = byId.get(o.cycle());
      if (cycle == null) {
        problems.add(new OkrError.DanglingReference(at.key("cycle"), o.cycle().value()));
      }
      int k = 0;
      for (KeyResult kr : o.keyResults()) {
        if (!keyResultIds.add(kr.id())) {
          problems.add(new OkrError.DuplicateId(at.key("keyResults").index(k).key("id"), kr.id().value()));
        }
        if (cycle != null && kr.metric() instanceof RecurringMetric) {
          checkPeriods(problems, cycle, kr, at.key("keyResults").index(k));
        }
        k++;
      }
    }
    return problems.result(() -> create(cs, os));
  }

  private static <T> Vector<@Nullable T> elements(Problems problems, @Nullable Iterable<@Nullable T> items, OkrPath path) {
    if (!problems.present(items, path)) {
      return Vector.empty();
    }
    Vector<@Nullable T> all = Vector.ofAll(items);
    int i = 0;
    for (T item : all) {
      if (item == null) {
        problems.present(null, path.index(i));
      }
      i++;
    }
    return all;
  }

  private static void checkParent(Problems problems, Cycle cycle, java.util.Map<CycleId, Cycle> byId, OkrPath path) {
    if (cycle.parent().isEmpty()) {
      return;
    }
    CycleId parent = cycle.parent().get();
    if (!byId.containsKey(parent)) {
      problems.add(new OkrError.DanglingReference(path, parent.value()));
      return;
    }
    java.util.LinkedHashSet<CycleId> chain = new java.util.LinkedHashSet<>();
    chain.add(cycle.id());
    Option<CycleId> next = cycle.parent();
    while (next.isDefined()) {
      CycleId id = next.get();
      if (!chain.add(id)) {
        if (id.equals(cycle.id())) {
          problems.add(new OkrError.CyclicReference(path,
              List.ofAll(chain).map(CycleId::value).append(id.value())));
        }
        return;
      }
      Cycle c = byId.get(id);
      next = c == null ? Option.none() : c.parent();
    }
  }

  private static void checkPeriods(Problems problems, Cycle cycle, KeyResult kr, OkrPath krPath) {
    if (!(kr.metric() instanceof RecurringMetric)) {
      return;
    }
    int j = 0;
    for (CheckIn checkIn : kr.checkIns()) {
      if (checkIn.data() instanceof CheckInData.PeriodValue p && !cycle.contains(p.period())) {
        problems.add(new OkrError.OutsideCycle(krPath.key("checkIns").index(j).key("data").key("period"),
            p.period().toString(), cycle.id().value()));
      }
      j++;
    }
  }

  /**
   * Returns an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects cycles and objectives; {@link #build()} validates them together. Mutable and not
   * thread-safe.
   */
  public static final class Builder {
    private final java.util.ArrayList<@Nullable Cycle> cycles = new java.util.ArrayList<>();
    private final java.util.ArrayList<@Nullable Objective> objectives = new java.util.ArrayList<>();
    private final java.util.TreeMap<Integer, Seq<OkrError>> nestedCycleErrors = new java.util.TreeMap<>();
    private final java.util.TreeMap<Integer, Seq<OkrError>> nestedObjectiveErrors = new java.util.TreeMap<>();

    Builder() {}

    /**
     * Adds a cycle.
     *
     * @param cycle the cycle
     * @return this builder
     */
    public Builder cycle(@Nullable Cycle cycle) {
      cycles.add(cycle);
      return this;
    }

    /**
     * Adds an objective.
     *
     * @param objective the objective
     * @return this builder
     */
    public Builder objective(@Nullable Objective objective) {
      objectives.add(objective);
      return this;
    }

    /**
     * Adds a cycle from its validation, such as {@code Cycle.validate(...)}: its problems are
     * reported by {@link #build()} under {@code /cycles/i}, together with the problems across the
     * set, which are checked on the valid cycles and objectives.
     *
     * @param cycle the cycle's validation
     * @return this builder
     */
    public Builder cycle(Validation<Seq<OkrError>, Cycle> cycle) {
      return add(cycle, cycles, nestedCycleErrors);
    }

    /**
     * Adds an objective from its validation, such as {@code Objective.builder()...build()}: its
     * problems are reported by {@link #build()} under {@code /objectives/i}, together with the
     * problems across the set (duplicate ids, dangling cycles, ...), which are checked on the valid
     * cycles and objectives, so one call reports everything.
     *
     * @param objective the objective's validation
     * @return this builder
     */
    public Builder objective(Validation<Seq<OkrError>, Objective> objective) {
      return add(objective, objectives, nestedObjectiveErrors);
    }

    /**
     * Adds an objective from its builder, as {@link Objective.Builder#keyResult(KeyResult.Builder)}
     * adds a key result: the objective's problems are reported by {@link #build()} under
     * {@code /objectives/i} ({@code /objectives/0/keyResults/1/metric}), together with the problems
     * across the set.
     *
     * <pre>{@code
     * OkrSet.builder().cycle(q1)
     *     .objective(Objective.builder().id("o-brand").title("Raise brand influence") ...)
     *     .build();
     * }</pre>
     *
     * @param objective the objective's builder; {@code null} is {@code okr.required} at
     *     {@code /objectives/i}
     * @return this builder
     */
    public Builder objective(Objective.@Nullable Builder objective) {
      return objective == null ? objective((Objective) null) : objective(objective.build());
    }

    private <T> Builder add(@Nullable Validation<Seq<OkrError>, T> item, java.util.ArrayList<@Nullable T> items,
        java.util.Map<Integer, Seq<OkrError>> nested) {
      if (item != null && item.isInvalid()) {
        // an invalid validation without errors (a caller's own) still leaves the element missing
        nested.put(items.size(), item.getError().isEmpty() ? List.of(new OkrError.Required(OkrPath.root())) : item.getError());
      }
      items.add(item == null || item.isInvalid() ? null : item.get());
      return this;
    }

    /**
     * Validates and builds the set.
     *
     * @return the set, or every problem
     */
    public Validation<Seq<OkrError>, OkrSet> build() {
      Validation<Seq<OkrError>, OkrSet> set = validate(cycles, objectives);
      if (nestedCycleErrors.isEmpty() && nestedObjectiveErrors.isEmpty()) {
        return set;
      }
      // an invalid element's own problems replace the okr.required that its absence would give
      Problems problems = new Problems();
      nestedCycleErrors.forEach((i, errors) -> problems.addAll(errors, OkrPath.of("cycles").index(i)));
      nestedObjectiveErrors.forEach((i, errors) -> problems.addAll(errors, OBJECTIVES.index(i)));
      for (OkrError e : set.isInvalid() ? set.getError() : List.<OkrError>empty()) {
        if (!(e instanceof OkrError.Required && isReplaced(e.path()))) {
          problems.add(e);
        }
      }
      return Validation.invalid(problems.errors().sorted(java.util.Comparator.comparing(OkrError::path)));
    }

    private boolean isReplaced(OkrPath path) {
      Vector<String> at = path.segments();
      if (at.size() != 2 || !at.get(1).chars().allMatch(Character::isDigit)) {
        return false;
      }
      int i = Integer.parseInt(at.get(1));
      return at.get(0).equals("cycles") ? nestedCycleErrors.containsKey(i)
          : at.get(0).equals("objectives") && nestedObjectiveErrors.containsKey(i);
    }

    /**
     * Builds the set or throws.
     *
     * @return the set
     * @throws OkrException with every problem, if any
     */
    public OkrSet buildOrThrow() {
      return OkrException.getOrThrow(build());
    }
  }

}
