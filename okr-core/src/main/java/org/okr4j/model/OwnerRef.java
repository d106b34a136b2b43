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
 * A reference to an owner that the host system keeps: a {@link OwnerKind kind} and the host's
 * external id, such as {@code person:u-1042}. okr4j never stores people, only these references.
 *
 * <pre>{@code
 * OwnerRef analyst = OwnerRef.person("u-1042");
 * OwnerRef marketing = OwnerRef.of(OwnerKind.DEPARTMENT, "marketing");
 * }</pre>
 *
 * <p>Ordered by kind, then id. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OwnerRef implements Comparable<OwnerRef> {

  /** The longest external id accepted. */
  public static final int MAX_ID_LENGTH = 256;

  private static final OkrPath KIND_PATH = OkrPath.of("kind");
  private static final OkrPath ID_PATH = OkrPath.of("id");

  OwnerRef() {}

  /**
   * Returns the kind of owner.
   *
   * @return the kind
   */
  public abstract OwnerKind kind();

  /**
   * Returns the host system's id of the owner; any non-blank text up to 256 characters.
   *
   * @return the external id
   */
  public abstract String id();

  /**
   * Validates and builds a reference.
   *
   * @param kind the kind, may be {@code null}
   * @param id the external id, may be {@code null}
   * @return the reference, or every problem with paths {@code /kind} and {@code /id}
   */
  public static Validation<Seq<OkrError>, OwnerRef> validate(@Nullable OwnerKind kind, @Nullable String id) {
    Problems problems = new Problems();
    problems.present(kind, KIND_PATH);
    OkrPath idPath = ID_PATH;
    String checked = problems.text(id, idPath);
    if (checked != null && checked.length() > MAX_ID_LENGTH) {
      problems.add(new OkrError.TooLong(idPath, MAX_ID_LENGTH, checked.length()));
    }
    return problems.result(() -> ImmutableOwnerRef.of(kind, checked));
  }

  /**
   * Returns the reference to owner {@code id} of {@code kind}.
   *
   * @param kind the kind
   * @param id the external id
   * @return the reference
   * @throws OkrException if the id is blank or too long
   */
  public static OwnerRef of(OwnerKind kind, String id) {
    return OkrException.getOrThrow(validate(kind, id));
  }

  /**
   * Returns a reference to a person.
   *
   * @param id the person's external id
   * @return the reference
   * @throws OkrException if the id is blank or too long
   */
  public static OwnerRef person(String id) {
    return of(OwnerKind.PERSON, id);
  }

  /**
   * Returns a reference to a team.
   *
   * @param id the team's external id
   * @return the reference
   * @throws OkrException if the id is blank or too long
   */
  public static OwnerRef team(String id) {
    return of(OwnerKind.TEAM, id);
  }

  /**
   * Returns a reference to a department.
   *
   * @param id the department's external id
   * @return the reference
   * @throws OkrException if the id is blank or too long
   */
  public static OwnerRef department(String id) {
    return of(OwnerKind.DEPARTMENT, id);
  }

  /**
   * Returns a reference to a company.
   *
   * @param id the company's external id
   * @return the reference
   * @throws OkrException if the id is blank or too long
   */
  public static OwnerRef company(String id) {
    return of(OwnerKind.COMPANY, id);
  }

  @Override
  public int compareTo(OwnerRef other) {
    int c = kind().compareTo(other.kind());
    return c != 0 ? c : id().compareTo(other.id());
  }

  /** Returns {@code kind:id}. */
  @Override
  public String toString() {
    return kind() + ":" + id();
  }
}
