package org.okr4j.model;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Validation;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * Who may see an objective: everyone ({@link #PUBLIC}), its owner and listed principals
 * ({@link Restricted}), or its owner only ({@link #PRIVATE}). Key results share their objective's
 * visibility.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Visibility permits Visibility.Public, Visibility.Restricted, Visibility.Private {

  /** Visible to everyone; the default, since OKRs are meant to be transparent. */
  Visibility PUBLIC = new Public();

  /** Visible to the owner only. */
  Visibility PRIVATE = new Private();

  /**
   * Tells whether {@code principal} may see an objective owned by {@code owner}.
   *
   * @param principal the viewer
   * @param owner the objective's owner
   * @return {@code true} if visible
   * @throws OkrException with {@code okr.required} at {@code /principal} or {@code /owner} if an
   *     argument is missing
   */
  boolean isVisibleTo(OwnerRef principal, OwnerRef owner);

  /**
   * Validates a restricted visibility.
   *
   * @param principals who may see it besides the owner, may be {@code null}
   * @return the visibility, or an {@code okr.required} error at {@code /principals}
   */
  static Validation<Seq<OkrError>, Visibility> restrictedTo(@Nullable Iterable<OwnerRef> principals) {
    Problems problems = new Problems();
    OkrPath path = OkrPath.of("principals");
    if (problems.present(principals, path)) {
      int i = 0;
      for (OwnerRef p : principals) {
        problems.present(p, path.index(i++));
      }
    }
    return problems.result(() -> new Restricted(TreeSet.ofAll(principals)));
  }

  /**
   * Returns a visibility restricted to the owner and {@code principals}.
   *
   * @param principals who may see it besides the owner
   * @return the visibility
   * @throws OkrException if a principal is {@code null}
   */
  static Visibility restricted(OwnerRef... principals) {
    return OkrException.getOrThrow(restrictedTo(principals == null ? null : java.util.Arrays.asList(principals)));
  }

  /** Visible to everyone. */
  record Public() implements Visibility {
    @Override
    public boolean isVisibleTo(OwnerRef principal, OwnerRef owner) {
      Problems.require(principal, "principal");
      Problems.require(owner, "owner");
      return true;
    }
  }

  /** Visible to the owner only. */
  record Private() implements Visibility {
    @Override
    public boolean isVisibleTo(OwnerRef principal, OwnerRef owner) {
      return Problems.require(principal, "principal").equals(Problems.require(owner, "owner"));
    }
  }

  /**
   * Visible to the owner and the listed principals.
   *
   * @param principals who may see it besides the owner, in order
   */
  record Restricted(SortedSet<OwnerRef> principals) implements Visibility {
    @Override
    public boolean isVisibleTo(OwnerRef principal, OwnerRef owner) {
      return Problems.require(principal, "principal").equals(Problems.require(owner, "owner"))
          || Problems.require(principals, "principals").contains(principal);
    }
  }
}
