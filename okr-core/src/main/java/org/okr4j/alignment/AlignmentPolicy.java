package org.okr4j.alignment;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.model.Cycle;
import org.okr4j.model.Level;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * Which alignment links a graph accepts: how many parents a node may have ({@link ParentRule}),
 * which level steps a link may take ({@link LevelRule}) and which cycles it may join
 * ({@link CycleRule}). Products disagree on all three (Viva Goals allows many parents, Lattice and
 * Perdoo one; OpenOKR forbids skipping levels), so each is an explicit option.
 *
 * <p>Defaults ({@link #defaults()}): {@link ParentRule#MULTIPLE}, {@link LevelRule#FREE},
 * {@link CycleRule#ENCLOSING} — any number of parents, any level step, and the parent in the same
 * cycle or one that encloses it (a quarter's objective may align to the year's). A key result's
 * level and cycle are those of the objective that holds it.
 *
 * <pre>{@code
 * AlignmentPolicy strict = AlignmentPolicy.defaults()
 *     .withParents(AlignmentPolicy.ParentRule.SINGLE)
 *     .withLevels(AlignmentPolicy.LevelRule.NO_SKIPPING);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AlignmentPolicy {

  private static final AlignmentPolicy DEFAULTS =
      ImmutableAlignmentPolicy.of(ParentRule.MULTIPLE, LevelRule.FREE, CycleRule.ENCLOSING);

  AlignmentPolicy() {}

  /**
   * Returns how many parents a node may have.
   *
   * @return the parent rule
   */
  public abstract ParentRule parents();

  /**
   * Returns which level steps a link may take.
   *
   * @return the level rule
   */
  public abstract LevelRule levels();

  /**
   * Returns which cycles a link may join.
   *
   * @return the cycle rule
   */
  public abstract CycleRule cycles();

  /**
   * Returns the default policy: many parents, free level steps, same or enclosing cycle.
   *
   * @return the defaults
   */
  public static AlignmentPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the strictest policy, as OpenOKR's method prescribes: one parent, no skipped levels, the
   * same cycle only.
   *
   * @return the strict policy
   */
  public static AlignmentPolicy strict() {
    return ImmutableAlignmentPolicy.of(ParentRule.SINGLE, LevelRule.NO_SKIPPING, CycleRule.SAME_CYCLE);
  }

  /**
   * Returns the most permissive policy: many parents, free level steps, any cycle.
   *
   * @return the permissive policy
   */
  public static AlignmentPolicy permissive() {
    return ImmutableAlignmentPolicy.of(ParentRule.MULTIPLE, LevelRule.FREE, CycleRule.ANY);
  }

  /**
   * Validates and builds a policy.
   *
   * @param parents the parent rule, may be {@code null}
   * @param levels the level rule, may be {@code null}
   * @param cycles the cycle rule, may be {@code null}
   * @return the policy, or an {@code okr.required} error at {@code /parents}, {@code /levels} or
   *     {@code /cycles} for each missing rule
   */
  public static Validation<Seq<OkrError>, AlignmentPolicy> validate(
      @Nullable ParentRule parents, @Nullable LevelRule levels, @Nullable CycleRule cycles) {
    Problems problems = new Problems();
    problems.present(parents, OkrPath.of("parents"));
    problems.present(levels, OkrPath.of("levels"));
    problems.present(cycles, OkrPath.of("cycles"));
    return problems.result(() -> ImmutableAlignmentPolicy.of(parents, levels, cycles));
  }

  /**
   * Returns a copy with another parent rule.
   *
   * @param parents the rule
   * @return the copy
   * @throws OkrException if {@code parents} is {@code null}
   */
  public AlignmentPolicy withParents(ParentRule parents) {
    return OkrException.getOrThrow(validate(parents, levels(), cycles()));
  }

  /**
   * Returns a copy with another level rule.
   *
   * @param levels the rule
   * @return the copy
   * @throws OkrException if {@code levels} is {@code null}
   */
  public AlignmentPolicy withLevels(LevelRule levels) {
    return OkrException.getOrThrow(validate(parents(), levels, cycles()));
  }

  /**
   * Returns a copy with another cycle rule.
   *
   * @param cycles the rule
   * @return the copy
   * @throws OkrException if {@code cycles} is {@code null}
   */
  public AlignmentPolicy withCycles(CycleRule cycles) {
    return OkrException.getOrThrow(validate(parents(), levels(), cycles));
  }

  /** Returns {@code AlignmentPolicy[parents=…, levels=…, cycles=…]}. */
  @Override
  public String toString() {
    return "AlignmentPolicy[parents=" + parents() + ", levels=" + levels() + ", cycles=" + cycles() + "]";
  }

  /**
   * How many alignment parents a node may have. A key result's own objective never counts.
   *
   * <p><b>What counts as a parent.</b> Under {@link #SINGLE} every alignment link out of a node is a
   * parent, {@link LinkKind#SUPPORTS supporting} or {@link LinkKind#CONTRIBUTES contributing}, so a
   * node shows at most one "who I work for" (two contributing links to two objectives are refused,
   * and so are a supporting link and a contributing one). Only {@link #SINGLE_CONTRIBUTING} lets
   * supporting links through besides the one contributing parent. Only accepted links take a parent's
   * place: a link refused for another reason (say the cycle rule) does not, in
   * {@link AlignmentGraph#link(Link)} and in bulk construction alike, so the next link is judged as
   * the first. A refused link is {@code okr.alignment.too-many-parents} at {@code /links/i}, naming
   * the child and the parent it already has.
   */
  public enum ParentRule {
    /**
     * At most one link from any node, contributing or supporting (Lattice, Perdoo, OpenOKR): a
     * supporting link is a parent too.
     */
    SINGLE,
    /** At most one contributing link from any node; any number of supporting links. */
    SINGLE_CONTRIBUTING,
    /** Any number of links from a node (Viva Goals' multi-alignment). */
    MULTIPLE;

    /**
     * Tells whether a node that already has {@code links} links, {@code contributing} of them
     * contributing, may get one more of kind {@code kind}.
     *
     * @param links the node's links so far
     * @param contributing how many of them contribute
     * @param kind the new link's kind
     * @return {@code true} if allowed
     */
    boolean allows(int links, int contributing, LinkKind kind) {
      return switch (this) {
        case SINGLE -> links == 0;
        case SINGLE_CONTRIBUTING -> kind == LinkKind.SUPPORTS || contributing == 0;
        case MULTIPLE -> true;
      };
    }
  }

  /**
   * Which level steps a link may take, by {@link Level#rank()} (0 is the top). A link goes from the
   * child's level to the parent's.
   */
  public enum LevelRule {
    /** Any step, even to a lower level. */
    FREE,
    /** To the same level or any higher one: the parent's rank ≤ the child's. */
    UPWARD,
    /** To the same level or the next one up only: the parent's rank is the child's or one less. */
    NO_SKIPPING;

    /**
     * Tells whether a link from a node at {@code child} to a node at {@code parent} is allowed.
     *
     * @param child the child's level
     * @param parent the parent's level
     * @return {@code true} if allowed
     */
    boolean allows(Level child, Level parent) {
      int step = child.rank() - parent.rank();
      return switch (this) {
        case FREE -> true;
        case UPWARD -> step >= 0;
        case NO_SKIPPING -> step == 0 || step == 1;
      };
    }
  }

  /** Which cycles a link may join. A key result's cycle is its objective's. */
  public enum CycleRule {
    /** Both ends in the same cycle. */
    SAME_CYCLE,
    /**
     * The parent in the same cycle or an enclosing one: an ancestor through {@link Cycle#parent()},
     * or a cycle whose dates {@link Cycle#encloses(Cycle) enclose} the child's (quarter → year).
     */
    ENCLOSING,
    /** Any cycles. */
    ANY;

    /**
     * Tells whether a link from a node in {@code child} to a node in {@code parent} is allowed.
     *
     * @param child the child's cycle
     * @param parent the parent's cycle
     * @param ancestors the child's enclosing cycles through {@link Cycle#parent()}, nearest first
     * @return {@code true} if allowed
     */
    boolean allows(Cycle child, Cycle parent, Seq<Cycle> ancestors) {
      return switch (this) {
        case SAME_CYCLE -> child.id().equals(parent.id());
        case ENCLOSING -> child.id().equals(parent.id()) || parent.encloses(child)
            || ancestors.exists(c -> c.id().equals(parent.id()));
        case ANY -> true;
      };
    }
  }
}
