package org.okr4j.alignment;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.ObjectiveId;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * A node of the alignment graph: an {@link OfObjective objective} or a {@link OfKeyResult key
 * result}, named by its id. Objective and key-result ids live in separate name spaces, so the kind is
 * part of the reference.
 *
 * <p>The text form is {@code objective:ID} or {@code key-result:ID}; {@link #parse(String)} reads it
 * back. References are ordered objectives first, then by id, which is the order of every sorted
 * result and export.
 *
 * <pre>{@code
 * NodeRef goal = NodeRef.objective("o-conversion");
 * NodeRef leads = NodeRef.keyResult("kr-leads");
 * leads.toString();                     // "key-result:kr-leads"
 * NodeRef.parse("objective:o-conversion"); // Right(objective:o-conversion)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface NodeRef extends Comparable<NodeRef> permits NodeRef.OfObjective, NodeRef.OfKeyResult {

  /** The prefix of an objective's text form. */
  String OBJECTIVE_PREFIX = "objective:";

  /** The prefix of a key result's text form. */
  String KEY_RESULT_PREFIX = "key-result:";

  /**
   * Returns the id's text, without the kind.
   *
   * @return the id text
   */
  String idText();

  /**
   * Tells whether this node is an objective.
   *
   * @return {@code true} for an objective, {@code false} for a key result
   */
  boolean isObjective();

  /**
   * Returns the reference to the objective {@code id}.
   *
   * @param id the objective's id
   * @return the reference
   * @throws OkrException if {@code id} is {@code null}
   */
  static NodeRef objective(ObjectiveId id) {
    requireId(id);
    return new OfObjective(id);
  }

  /**
   * Returns the reference to the objective with id {@code id}, a convenience for literals.
   *
   * @param id the objective's id text
   * @return the reference
   * @throws OkrException if {@code id} is not a valid identifier
   */
  static NodeRef objective(String id) {
    return new OfObjective(ObjectiveId.of(id));
  }

  /**
   * Returns the reference to the key result {@code id}.
   *
   * @param id the key result's id
   * @return the reference
   * @throws OkrException if {@code id} is {@code null}
   */
  static NodeRef keyResult(KeyResultId id) {
    requireId(id);
    return new OfKeyResult(id);
  }

  /**
   * Returns the reference to the key result with id {@code id}, a convenience for literals.
   *
   * @param id the key result's id text
   * @return the reference
   * @throws OkrException if {@code id} is not a valid identifier
   */
  static NodeRef keyResult(String id) {
    return new OfKeyResult(KeyResultId.of(id));
  }

  /**
   * Parses the text form {@code objective:ID} or {@code key-result:ID}.
   *
   * @param text the text, may be {@code null}
   * @return the reference, or an {@code okr.required} or {@code okr.malformed.id} error at the root
   */
  static Either<OkrError, NodeRef> parse(@Nullable String text) {
    if (text == null) {
      return Either.left(new OkrError.Required(OkrPath.root()));
    }
    if (text.startsWith(OBJECTIVE_PREFIX)) {
      return ObjectiveId.parse(text.substring(OBJECTIVE_PREFIX.length()))
          .mapLeft(e -> malformed(text))
          .map(OfObjective::new);
    }
    if (text.startsWith(KEY_RESULT_PREFIX)) {
      return KeyResultId.parse(text.substring(KEY_RESULT_PREFIX.length()))
          .mapLeft(e -> malformed(text))
          .map(OfKeyResult::new);
    }
    return Either.left(malformed(text));
  }

  private static OkrError malformed(String text) {
    return new OkrError.Malformed(OkrPath.root(), OkrError.Format.ID, text);
  }

  /** Objectives first, then by id text. */
  @Override
  default int compareTo(NodeRef other) {
    if (isObjective() != other.isObjective()) {
      return isObjective() ? -1 : 1;
    }
    return idText().compareTo(other.idText());
  }

  /** Throws {@code okr.required} at {@code /id} if {@code id} is {@code null}. */
  private static void requireId(@Nullable Object id) {
    if (id == null) {
      throw new OkrException(List.of(new OkrError.Required(OkrPath.of("id"))));
    }
  }

  /**
   * A reference to an objective.
   *
   * @param id the objective's id
   */
  record OfObjective(ObjectiveId id) implements NodeRef {
    @Override
    public String idText() {
      return org.okr4j.internal.Problems.require(id, "id").value();
    }

    @Override
    public boolean isObjective() {
      return true;
    }

    /** Returns {@code objective:ID}. */
    @Override
    public String toString() {
      return OBJECTIVE_PREFIX + (id == null ? "?" : id.value());
    }
  }

  /**
   * A reference to a key result.
   *
   * @param id the key result's id
   */
  record OfKeyResult(KeyResultId id) implements NodeRef {
    @Override
    public String idText() {
      return org.okr4j.internal.Problems.require(id, "id").value();
    }

    @Override
    public boolean isObjective() {
      return false;
    }

    /** Returns {@code key-result:ID}. */
    @Override
    public String toString() {
      return KEY_RESULT_PREFIX + (id == null ? "?" : id.value());
    }
  }
}
