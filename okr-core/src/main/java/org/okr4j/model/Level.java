package org.okr4j.model;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * The organisational level of an objective: {@link #COMPANY} (rank 0), {@link #DEPARTMENT} (1),
 * {@link #TEAM} (2), {@link #INDIVIDUAL} (3), or a host-defined level with its own rank, such as
 * {@code Level.of("division", 1)}. A smaller rank is higher in the organisation; alignment policies
 * use ranks to decide which level steps are allowed.
 *
 * <p>Ordered by rank, then name. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Level implements Comparable<Level> {

  /** The whole company. */
  public static final Level COMPANY = ImmutableLevel.of("company", 0);
  /** A department, such as marketing. */
  public static final Level DEPARTMENT = ImmutableLevel.of("department", 1);
  /** A team inside a department. */
  public static final Level TEAM = ImmutableLevel.of("team", 2);
  /** One person. */
  public static final Level INDIVIDUAL = ImmutableLevel.of("individual", 3);

  /** The largest rank accepted. */
  public static final int MAX_RANK = 99;

  Level() {}

  /**
   * Returns the level's name, a lower-case token such as {@code department}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the level's rank: 0 is the top; larger is lower in the organisation.
   *
   * @return the rank, 0 to 99
   */
  public abstract int rank();

  /**
   * Validates and builds a level.
   *
   * @param name a lower-case name token, may be {@code null}
   * @param rank the rank, 0 to 99
   * @return the level, or every problem with paths {@code /name} and {@code /rank}
   */
  public static Validation<Seq<OkrError>, Level> validate(@Nullable String name, int rank) {
    Problems problems = new Problems();
    String checked = problems.name(name, OkrPath.of("name"));
    if (rank < 0 || rank > MAX_RANK) {
      problems.add(new OkrError.OutOfRange(OkrPath.of("rank"), Integer.toString(rank), "[0, 99]"));
    }
    return problems.result(() -> ImmutableLevel.of(checked, rank));
  }

  /**
   * Returns the level named {@code name} with {@code rank}.
   *
   * @param name a lower-case name token
   * @param rank the rank, 0 to 99
   * @return the level
   * @throws OkrException if the name or rank is invalid
   */
  public static Level of(String name, int rank) {
    return OkrException.getOrThrow(validate(name, rank));
  }

  @Override
  public int compareTo(Level other) {
    int c = Integer.compare(rank(), other.rank());
    return c != 0 ? c : name().compareTo(other.name());
  }

  /** Returns the level's name. */
  @Override
  public String toString() {
    return name();
  }
}
