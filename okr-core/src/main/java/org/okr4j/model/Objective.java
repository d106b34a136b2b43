package org.okr4j.model;

import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * A qualitative goal for one cycle with the key results that measure it: an id, a title, a
 * description, an owner, a cycle, an organisational {@link Level}, a {@link ObjectiveType type}
 * (committed or aspirational), a {@link Visibility}, ordered key results and tags.
 *
 * <pre>{@code
 * Objective o = Objective.builder()
 *     .id("o-social")
 *     .title("Raise brand influence on social media")
 *     .owner(OwnerRef.person("new-media-specialist"))
 *     .cycle("2026-q1")
 *     .level(Level.INDIVIDUAL)
 *     .keyResult(KeyResult.builder().id("kr-articles").title("15 original articles every month")
 *         .metric(RecurringMetric.of(Unit.custom("articles"), Period.MONTH, BigDecimal.valueOf(15))))
 *     .buildOrThrow();
 * }</pre>
 *
 * <p>Defaults: type {@link ObjectiveType#COMMITTED}, visibility {@link Visibility#PUBLIC}, empty
 * description, no tags. Build with {@link #builder()}; {@link Builder#build()} returns every
 * problem at once, key-result problems under {@code /keyResults/i}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = false)
public abstract class Objective {

  /** The longest tag accepted. */
  public static final int MAX_TAG_LENGTH = 64;

  /** The tags of every objective without tags: one shared empty set. */
  private static final SortedSet<String> NO_TAGS = TreeSet.empty();
  private static final OkrPath ID = OkrPath.of("id");
  private static final OkrPath TITLE = OkrPath.of("title");
  private static final OkrPath DESCRIPTION = OkrPath.of("description");
  private static final OkrPath OWNER = OkrPath.of("owner");
  private static final OkrPath CYCLE = OkrPath.of("cycle");
  private static final OkrPath LEVEL = OkrPath.of("level");
  private static final OkrPath TYPE = OkrPath.of("type");
  private static final OkrPath VISIBILITY = OkrPath.of("visibility");
  private static final OkrPath KEY_RESULTS = OkrPath.of("keyResults");
  private static final OkrPath TAGS = OkrPath.of("tags");

  Objective() {}

  /**
   * Returns the objective's id, unique within its {@link OkrSet}.
   *
   * @return the id
   */
  public abstract ObjectiveId id();

  /**
   * Returns what the objective sets out to achieve, in words ("Raise brand influence in the
   * target market").
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the longer context behind the title: why the objective matters, what is out of scope.
   *
   * @return the description, empty if none
   */
  public abstract String description();

  /**
   * Returns who is accountable for the objective: a person, a team, a department or the company.
   *
   * @return the owner; its key results belong to it unless they name their own
   */
  public abstract OwnerRef owner();

  /**
   * Returns the id of the cycle the objective belongs to.
   *
   * @return the cycle id
   */
  public abstract CycleId cycle();

  /**
   * Returns the organisational level.
   *
   * @return the level
   */
  public abstract Level level();

  /**
   * Returns whether the objective is committed or aspirational.
   *
   * @return the type
   */
  public abstract ObjectiveType type();

  /**
   * Returns who may see the objective and its key results.
   *
   * @return the visibility
   */
  public abstract Visibility visibility();

  /**
   * Returns the key results in order.
   *
   * @return the key results
   */
  public abstract Seq<KeyResult> keyResults();

  /**
   * Returns the tags, sorted.
   *
   * @return the tags
   */
  public abstract SortedSet<String> tags();

  /**
   * Returns the key result with {@code id}.
   *
   * @param id the key result's id
   * @return the key result, if this objective has it
   */
  public Option<KeyResult> keyResult(KeyResultId id) {
    return keyResults().find(kr -> kr.id().equals(id));
  }

  /**
   * Returns the owner of {@code keyResult}: its own owner, or this objective's.
   *
   * @param keyResult one of this objective's key results
   * @return the effective owner
   * @throws OkrException with {@code okr.required} if an argument is missing
   */
  public OwnerRef ownerOf(KeyResult keyResult) {
    return Problems.require(keyResult, "keyResult").owner().getOrElse(this::owner);
  }

  /**
   * Returns a copy with {@code keyResult} in place of the key result with the same id.
   *
   * @param keyResult the replacement
   * @return the copy, or this objective if it has no key result with that id
   */
  Objective replacing(KeyResult keyResult) {
    Seq<KeyResult> krs = keyResults().map(kr -> kr.id().equals(keyResult.id()) ? keyResult : kr);
    return ImmutableObjective.of(id(), title(), description(), owner(), cycle(), level(), type(),
        visibility(), krs, tags());
  }

  /**
   * Validates an objective's parts, as {@link Builder#build()} does; shared with
   * {@link OkrSet.Loader}, which keeps the parts in columns rather than in a builder per objective.
   *
   * @param keyResultCount how many key results
   * @param keyResult the validation of the key result at each position
   * @return the objective, or every problem with paths relative to it
   */
  static Validation<Seq<OkrError>, Objective> validate(@Nullable String id, @Nullable String title,
      @Nullable String description, @Nullable OwnerRef owner, @Nullable String cycle, @Nullable Level level,
      @Nullable ObjectiveType type, @Nullable Visibility visibility, int keyResultCount,
      java.util.function.IntFunction<Validation<Seq<OkrError>, KeyResult>> keyResult,
      java.util.List<? extends @Nullable String> tags) {
    Problems problems = new Problems();
    String checkedId = problems.id(id, ID);
    String checkedTitle = problems.text(title, TITLE);
    String checkedDescription = problems.optionalText(description, DESCRIPTION);
    problems.present(owner, OWNER);
    String checkedCycle = problems.id(cycle, CYCLE);
    problems.present(level, LEVEL);
    problems.present(type, TYPE);
    if (problems.present(visibility, VISIBILITY) && visibility instanceof Visibility.Restricted r) {
      problems.present(r.principals(), OkrPath.of("visibility", "principals"));
    }
    KeyResult[] krs = new KeyResult[keyResultCount];
    int n = 0;
    java.util.Set<KeyResultId> seen = keyResultCount > 8 ? new java.util.HashSet<>() : null;
    for (int i = 0; i < keyResultCount; i++) {
      Validation<Seq<OkrError>, KeyResult> v = keyResult.apply(i);
      KeyResult kr = v == null ? null : v.isValid() && v.get() != null ? v.get() : problems.take(v, KEY_RESULTS.index(i));
      if (v == null) {
        problems.add(new OkrError.Required(KEY_RESULTS.index(i)));
      }
      if (kr != null) {
        if (seen != null ? !seen.add(kr.id()) : contains(krs, n, kr.id())) {
          problems.add(new OkrError.DuplicateId(KEY_RESULTS.index(i).key("id"), kr.id().value()));
        }
        krs[n++] = kr;
      }
    }
    SortedSet<String> checkedTags = NO_TAGS;
    if (!tags.isEmpty()) {
      java.util.TreeSet<String> sorted = new java.util.TreeSet<>();
      for (int i = 0; i < tags.size(); i++) {
        OkrPath at = TAGS.index(i);
        String tag = problems.text(tags.get(i), at);
        if (tag != null && tag.length() > MAX_TAG_LENGTH) {
          problems.add(new OkrError.TooLong(at, MAX_TAG_LENGTH, tag.length()));
        } else if (tag != null) {
          sorted.add(tag);
        }
      }
      checkedTags = TreeSet.ofAll(sorted);
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(problems.errors());
    }
    return Validation.valid(ImmutableObjective.of(ImmutableObjectiveId.of(checkedId), checkedTitle,
        checkedDescription, owner, ImmutableCycleId.of(checkedCycle), level, type, visibility,
        n == 0 ? Array.empty() : Array.of(n == krs.length ? krs : java.util.Arrays.copyOf(krs, n)), checkedTags));
  }

  /** Tells whether one of the first {@code n} key results has {@code id}: objectives hold a handful. */
  private static boolean contains(KeyResult[] krs, int n, KeyResultId id) {
    for (int i = 0; i < n; i++) {
      if (krs[i].id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a builder for an objective.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this objective's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().id(id().value()).title(title()).description(description()).owner(owner())
        .cycle(cycle().value()).level(level()).type(type()).visibility(visibility());
    keyResults().forEach(b::keyResult);
    tags().forEach(b::tag);
    return b;
  }

  /**
   * Collects an objective's parts; {@link #build()} validates them all at once. A builder is
   * mutable and not thread-safe; the objective it builds is immutable.
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String title;
    private @Nullable String description = "";
    private @Nullable OwnerRef owner;
    private @Nullable String cycle;
    private @Nullable Level level;
    private @Nullable ObjectiveType type = ObjectiveType.COMMITTED;
    private @Nullable Visibility visibility = Visibility.PUBLIC;
    private final java.util.ArrayList<Validation<Seq<OkrError>, KeyResult>> keyResults = new java.util.ArrayList<>();
    private final java.util.ArrayList<@Nullable String> tags = new java.util.ArrayList<>();

    Builder() {}

    /**
     * Sets the objective's id, unique among the objectives of a set (such as {@code o-brand}).
     *
     * @param id an identifier
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets what the objective sets out to achieve, in words.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the description (default empty).
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets who is accountable for the objective.
     *
     * @param owner the owner
     * @return this builder
     */
    public Builder owner(@Nullable OwnerRef owner) {
      this.owner = owner;
      return this;
    }

    /**
     * Sets the cycle by id.
     *
     * @param cycle the cycle's id
     * @return this builder
     */
    public Builder cycle(@Nullable String cycle) {
      this.cycle = cycle;
      return this;
    }

    /**
     * Sets the level the objective sits at (company, department, team, individual).
     *
     * @param level the level
     * @return this builder
     */
    public Builder level(@Nullable Level level) {
      this.level = level;
      return this;
    }

    /**
     * Sets the type (default {@link ObjectiveType#COMMITTED}).
     *
     * @param type the type
     * @return this builder
     */
    public Builder type(@Nullable ObjectiveType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the visibility (default {@link Visibility#PUBLIC}).
     *
     * @param visibility the visibility
     * @return this builder
     */
    public Builder visibility(@Nullable Visibility visibility) {
      this.visibility = visibility;
      return this;
    }

    /**
     * Adds a key result.
     *
     * @param keyResult the key result
     * @return this builder
     */
    public Builder keyResult(@Nullable KeyResult keyResult) {
      keyResults.add(keyResult == null
          ? Validation.invalid(List.of(new OkrError.Required(OkrPath.root())))
          : Validation.valid(keyResult));
      return this;
    }

    /**
     * Adds a key result from its builder; its problems are reported by {@link #build()} under
     * {@code /keyResults/i}.
     *
     * @param keyResult the key result's builder
     * @return this builder
     */
    public Builder keyResult(KeyResult.@Nullable Builder keyResult) {
      return keyResult == null ? keyResult((KeyResult) null) : keyResult(keyResult.build());
    }

    /**
     * Adds a key result from its validation; its problems are reported by {@link #build()} under
     * {@code /keyResults/i}.
     *
     * @param keyResult the key result's validation
     * @return this builder
     */
    public Builder keyResult(Validation<Seq<OkrError>, KeyResult> keyResult) {
      keyResults.add(keyResult == null
          ? Validation.invalid(List.of(new OkrError.Required(OkrPath.root())))
          : keyResult);
      return this;
    }

    /**
     * Adds a tag: non-blank, at most 64 characters.
     *
     * @param tag the tag
     * @return this builder
     */
    public Builder tag(@Nullable String tag) {
      tags.add(tag);
      return this;
    }

    /**
     * Validates every part and builds the objective. Key-result ids must be unique within the
     * objective; uniqueness across objectives is checked by {@link OkrSet}.
     *
     * @return the objective, or every problem with paths relative to it
     */
    public Validation<Seq<OkrError>, Objective> build() {
      return validate(id, title, description, owner, cycle, level, type, visibility, keyResults.size(),
          keyResults::get, tags);
    }

    /**
     * Builds the objective or throws.
     *
     * @return the objective
     * @throws OkrException with every problem, if any
     */
    public Objective buildOrThrow() {
      return OkrException.getOrThrow(build());
    }
  }
}
