package org.okr4j.model;

import io.vavr.control.Either;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * What kind of thing in the host system owns an objective or key result: {@link #PERSON},
 * {@link #TEAM}, {@link #DEPARTMENT}, {@link #COMPANY}, or a host-defined kind such as
 * {@code OwnerKind.of("squad")}. A kind is a lower-case name token.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OwnerKind implements Comparable<OwnerKind> {

  /** A person, such as an employee. */
  public static final OwnerKind PERSON = ImmutableOwnerKind.of("person");
  /** A team. */
  public static final OwnerKind TEAM = ImmutableOwnerKind.of("team");
  /** A department. */
  public static final OwnerKind DEPARTMENT = ImmutableOwnerKind.of("department");
  /** The company as a whole. */
  public static final OwnerKind COMPANY = ImmutableOwnerKind.of("company");

  OwnerKind() {}

  /**
   * Returns the kind's name, such as {@code person}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Parses a kind.
   *
   * @param name a lower-case name token, may be {@code null}
   * @return the kind, or an {@code okr.required} or {@code okr.malformed.name} error
   */
  public static Either<OkrError, OwnerKind> parse(@Nullable String name) {
    Problems problems = new Problems();
    String checked = problems.name(name, OkrPath.root());
    return problems.either(() -> ImmutableOwnerKind.of(checked));
  }

  /**
   * Returns the kind named {@code name}.
   *
   * @param name a lower-case name token
   * @return the kind
   * @throws OkrException if the name is not a valid token
   */
  public static OwnerKind of(String name) {
    return parse(name).getOrElseThrow(e -> new OkrException(io.vavr.collection.List.of(e)));
  }

  @Override
  public int compareTo(OwnerKind other) {
    return name().compareTo(other.name());
  }

  /** Returns the kind's name. */
  @Override
  public String toString() {
    return name();
  }
}
