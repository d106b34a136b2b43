package org.okr4j.model;


import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
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
    private final IdTable<ObjectiveId> objectives;
    private final IdTable<KeyResultId> keyResults;

    Index(java.util.Map<CycleId, Cycle> cycles, IdTable<ObjectiveId> objectives, IdTable<KeyResultId> keyResults) {
      this.cycles = cycles;
      this.objectives = objectives;
      this.keyResults = keyResults;
    }
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
    int at = index().objectives.get(id);
    return at < 0 ? Option.none() : Option.some(objectives().get(at));
  }

  /**
   * Returns the position of the objective with {@code id} in {@link #objectives()}, looked up in
   * the set's id table (for hosts that keep their own arrays in the set's order).
   *
   * @param id the objective's id, may be {@code null}
   * @return its position, or {@code -1} if it is not in the set
   */
  public int indexOf(@Nullable ObjectiveId id) {
    return index().objectives.get(id);
  }

  /**
   * Returns the position in {@link #objectives()} of the objective that holds the key result
   * {@code id}.
   *
   * @param id the key result's id, may be {@code null}
   * @return the holding objective's position, or {@code -1} if the key result is not in the set
   */
  public int objectiveIndexOf(@Nullable KeyResultId id) {
    return index().keyResults.get(id);
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
    int at = index().keyResults.get(id);
    return at < 0 ? Option.none() : Option.some(objectives().get(at));
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
    int oi = index().keyResults.get(id);
    if (oi < 0) {
      return Either.left(new OkrError.DanglingReference(OkrPath.of("keyResult"), String.valueOf(id)));
    }
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
    int keyResultCount = 0;
    for (Objective o : os) {
      keyResultCount += o == null ? 0 : o.keyResults().size();
    }
    IdTable<ObjectiveId> objectiveIds = new IdTable<>(os.size());
    IdTable<KeyResultId> keyResultIds = new IdTable<>(keyResultCount);
    int i = 0;
    for (Objective o : os) {
      int position = i++;
      if (o == null) {
        continue;
      }
      if (!objectiveIds.putIfAbsent(o.id(), position)) {
        problems.add(new OkrError.DuplicateId(OBJECTIVES.index(position).key("id"), o.id().value()));
      }
      Cycle cycle = byId.get(o.cycle());
      if (cycle == null) {
        problems.add(new OkrError.DanglingReference(OBJECTIVES.index(position).key("cycle"), o.cycle().value()));
      }
      int k = 0;
      for (KeyResult kr : o.keyResults()) {
        if (!keyResultIds.putIfAbsent(kr.id(), position)) {
          problems.add(new OkrError.DuplicateId(keyResultPath(position, k).key("id"), kr.id().value()));
        }
        if (cycle != null && kr.metric() instanceof RecurringMetric) {
          checkPeriods(problems, cycle, kr, keyResultPath(position, k));
        }
        k++;
      }
    }
    return problems.result(() -> ImmutableOkrSet.of(cs, os, new Index(byId, objectiveIds, keyResultIds)));
  }

  private static OkrPath keyResultPath(int objective, int keyResult) {
    return OBJECTIVES.index(objective).key("keyResults").index(keyResult);
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
   * Returns an empty loader, for many objectives at once.
   *
   * @return a new loader
   */
  public static Loader loader() {
    return new Loader();
  }

  /**
   * Loads a whole organisation from rows, as a database export or a file importer produces it:
   * objectives, each followed by its key results, each followed by its check-ins. The rows are kept
   * in columns, one array per field, until {@link #load()}, which validates every value once with the
   * very checks of {@link Objective.Builder}, {@link KeyResult.Builder} and {@link Builder} and
   * reports every problem at the same path they would ({@code /objectives/3/keyResults/0/weight}),
   * without a builder, a list and a validation per objective and key result. A valid load equals
   * the set the builders give for the same values.
   *
   * <pre>{@code
   * OkrSet set = OkrSet.loader()
   *     .cycle(q1)
   *     .objective("o-brand", "Raise brand influence", OwnerRef.team("marketing"), "2026-q1", Level.TEAM)
   *     .keyResult("kr-leads", "3000 leads", BigDecimal.ONE, LinearMetric.count(3000))
   *     .checkIn(CheckIn.of(Instant.parse("2026-02-01T09:00:00Z"), new CheckInData.Measurement(new BigDecimal("2250"))))
   *     .loadOrThrow();
   * }</pre>
   *
   * <p>Mutable and not thread-safe; the set it loads is immutable.
   */
  public static final class Loader {
    private static final OkrPath KEY_RESULT = OkrPath.of("keyResult");

    private final java.util.ArrayList<@Nullable Cycle> cycles = new java.util.ArrayList<>();
    // objective columns
    private final java.util.ArrayList<@Nullable String> objectiveIds = new java.util.ArrayList<>();
    private final java.util.ArrayList<@Nullable String> objectiveTitles = new java.util.ArrayList<>();
    private final java.util.ArrayList<@Nullable String> descriptions = new java.util.ArrayList<>();
    private final java.util.ArrayList<@Nullable OwnerRef> owners = new java.util.ArrayList<>();
    private final java.util.ArrayList<@Nullable String> objectiveCycles = new java.util.ArrayList<>();
    private final java.util.ArrayList<@Nullable Level> levels = new java.util.ArrayList<>();
    private final java.util.ArrayList<@Nullable ObjectiveType> types = new java.util.ArrayList<>();
    private final java.util.ArrayList<@Nullable Visibility> visibilities = new java.util.ArrayList<>();
    private final java.util.ArrayList<java.util.List<@Nullable String>> tags = new java.util.ArrayList<>();
    private int[] firstKeyResult = new int[16];
    // key-result columns
    private final java.util.ArrayList<@Nullable String> keyResultIds = new java.util.ArrayList<>();
    private final java.util.ArrayList<@Nullable String> keyResultTitles = new java.util.ArrayList<>();
    private final java.util.ArrayList<@Nullable OwnerRef> keyResultOwners = new java.util.ArrayList<>();
    private final java.util.ArrayList<@Nullable BigDecimal> weights = new java.util.ArrayList<>();
    private final java.util.ArrayList<@Nullable LocalDate> dueDates = new java.util.ArrayList<>();
    private final java.util.ArrayList<@Nullable Metric> metrics = new java.util.ArrayList<>();
    private int[] firstCheckIn = new int[16];
    // check-in column
    private final java.util.ArrayList<@Nullable CheckIn> checkIns = new java.util.ArrayList<>();

    Loader() {}

    /**
     * Adds a cycle.
     *
     * @param cycle the cycle
     * @return this loader
     */
    public Loader cycle(@Nullable Cycle cycle) {
      cycles.add(cycle);
      return this;
    }

    /**
     * Adds an objective with the defaults of {@link Objective.Builder}: committed, public, no
     * description, no tags. Key results added next belong to it.
     *
     * @param id the objective's id
     * @param title the title
     * @param owner the owner
     * @param cycle the cycle's id
     * @param level the level
     * @return this loader
     */
    public Loader objective(@Nullable String id, @Nullable String title, @Nullable OwnerRef owner,
        @Nullable String cycle, @Nullable Level level) {
      return objective(id, title, "", owner, cycle, level, ObjectiveType.COMMITTED, Visibility.PUBLIC, java.util.List.of());
    }

    /**
     * Adds an objective with every field of {@link Objective.Builder}. Key results added next
     * belong to it.
     *
     * @param id the objective's id
     * @param title the title
     * @param description the description, empty for none
     * @param owner the owner
     * @param cycle the cycle's id
     * @param level the level
     * @param type committed or aspirational
     * @param visibility the visibility
     * @param tags the tags, in any order, {@code null} for none (a {@code null} tag is reported at its index)
     * @return this loader
     */
    public Loader objective(@Nullable String id, @Nullable String title, @Nullable String description,
        @Nullable OwnerRef owner, @Nullable String cycle, @Nullable Level level, @Nullable ObjectiveType type,
        @Nullable Visibility visibility, @Nullable Iterable<? extends @Nullable String> tags) {
      int at = objectiveIds.size();
      firstKeyResult = room(firstKeyResult, at + 1);
      firstKeyResult[at] = keyResultIds.size();
      objectiveIds.add(id);
      objectiveTitles.add(title);
      descriptions.add(description);
      owners.add(owner);
      objectiveCycles.add(cycle);
      levels.add(level);
      types.add(type);
      visibilities.add(visibility);
      java.util.ArrayList<@Nullable String> list = new java.util.ArrayList<>();
      if (tags != null) {
        tags.forEach(list::add);
      }
      this.tags.add(list.isEmpty() ? java.util.List.of() : list);
      return this;
    }

    /**
     * Adds a key result with weight {@code weight} to the last objective added, with no owner of
     * its own and no due date of its own. Check-ins added next belong to it.
     *
     * @param id the key result's id
     * @param title the title
     * @param weight the weight, at least 0
     * @param metric the metric
     * @return this loader
     * @throws OkrException with {@code okr.required} at {@code /objectives} if no objective was added yet
     */
    public Loader keyResult(@Nullable String id, @Nullable String title, @Nullable BigDecimal weight,
        @Nullable Metric metric) {
      return keyResult(id, title, null, weight, null, metric);
    }

    /**
     * Adds a key result with every field of {@link KeyResult.Builder} to the last objective added.
     * Check-ins added next belong to it.
     *
     * @param id the key result's id
     * @param title the title
     * @param owner an owner other than the objective's, or {@code null}
     * @param weight the weight, at least 0
     * @param dueDate a due date other than the cycle's end, or {@code null}
     * @param metric the metric
     * @return this loader
     * @throws OkrException with {@code okr.required} at {@code /objectives} if no objective was added yet
     */
    public Loader keyResult(@Nullable String id, @Nullable String title, @Nullable OwnerRef owner,
        @Nullable BigDecimal weight, @Nullable LocalDate dueDate, @Nullable Metric metric) {
      if (objectiveIds.isEmpty()) {
        throw new OkrException(List.of(new OkrError.Required(OBJECTIVES)));
      }
      int at = keyResultIds.size();
      firstCheckIn = room(firstCheckIn, at + 1);
      firstCheckIn[at] = checkIns.size();
      keyResultIds.add(id);
      keyResultTitles.add(title);
      keyResultOwners.add(owner);
      weights.add(weight);
      dueDates.add(dueDate);
      metrics.add(metric);
      return this;
    }

    /**
     * Adds a check-in to the last key result added; order does not matter.
     *
     * @param checkIn the check-in
     * @return this loader
     * @throws OkrException with {@code okr.required} at {@code /keyResult} if no key result was added
     *     since the last objective
     */
    public Loader checkIn(@Nullable CheckIn checkIn) {
      if (keyResultIds.isEmpty() || firstKeyResult[objectiveIds.size() - 1] == keyResultIds.size()) {
        throw new OkrException(List.of(new OkrError.Required(KEY_RESULT)));
      }
      checkIns.add(checkIn);
      return this;
    }

    private static int[] room(int[] column, int size) {
      return size <= column.length ? column : java.util.Arrays.copyOf(column, Math.max(size, column.length * 2));
    }

    /**
     * Validates every row and loads the set.
     *
     * @return the set, or every problem with its path
     */
    public Validation<Seq<OkrError>, OkrSet> load() {
      Builder set = new Builder();
      cycles.forEach(set::cycle);
      int objectives = objectiveIds.size();
      for (int o = 0; o < objectives; o++) {
        int from = firstKeyResult[o];
        int to = o + 1 < objectives ? firstKeyResult[o + 1] : keyResultIds.size();
        set.objective(Objective.validate(objectiveIds.get(o), objectiveTitles.get(o), descriptions.get(o), owners.get(o),
            objectiveCycles.get(o), levels.get(o), types.get(o), visibilities.get(o), to - from,
            k -> keyResult(from + k), tags.get(o)));
      }
      return set.build();
    }

    private Validation<Seq<OkrError>, KeyResult> keyResult(int k) {
      int from = firstCheckIn[k];
      int to = k + 1 < keyResultIds.size() ? firstCheckIn[k + 1] : checkIns.size();
      return KeyResult.validate(keyResultIds.get(k), keyResultTitles.get(k), keyResultOwners.get(k), weights.get(k),
          dueDates.get(k), metrics.get(k), List.empty(), checkIns.subList(from, to));
    }

    /**
     * Loads the set or throws.
     *
     * @return the set
     * @throws OkrException with every problem, if any
     */
    public OkrSet loadOrThrow() {
      return OkrException.getOrThrow(load());
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
