package org.okr4j.alignment;

import org.okr4j.model.CycleId;
import org.okr4j.model.Level;
import org.okr4j.model.OwnerRef;

/**
 * A node of an {@link AlignmentView}: an objective or key result the viewer may see
 * ({@link Visible}), or an opaque placeholder for an objective the viewer may not see, together
 * with all of its key results ({@link Hidden}).
 *
 * <p>Every node has a {@link #key() key}, unique within its view: the {@link NodeRef} text of a
 * visible node, {@code hidden-N} for a placeholder. Keys are what a view's edges and exports refer
 * to, and what a later layer can use to attach (redacted) scores to nodes without ever learning a
 * hidden id.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface ViewNode permits ViewNode.Visible, ViewNode.Hidden {

  /**
   * Returns the node's key within its view.
   *
   * @return the key
   */
  String key();

  /**
   * Tells whether this node is a placeholder.
   *
   * @return {@code true} for {@link Hidden}
   */
  boolean isHidden();

  /**
   * An objective or key result the viewer may see, with what the graph knows of it. A key result's
   * owner is its own or its objective's; its level and cycle are its objective's.
   *
   * @param ref the node
   * @param title its title
   * @param owner its owner
   * @param level its level
   * @param cycle its cycle
   */
  record Visible(NodeRef ref, String title, OwnerRef owner, Level level, CycleId cycle) implements ViewNode {
    @Override
    public String key() {
      return ref == null ? "?" : ref.toString();
    }

    @Override
    public boolean isHidden() {
      return false;
    }
  }

  /**
   * A placeholder for an objective the viewer may not see and all of its key results. It carries no
   * title, owner, level, cycle or id: only an opaque token {@code hidden-N}, numbered from 1 in the
   * order of the hidden objectives in the set, so it is the same in every view of the same set for
   * the same viewer and tells nothing about the objective's id.
   *
   * @param token the opaque token, such as {@code hidden-2}
   */
  record Hidden(String token) implements ViewNode {
    @Override
    public String key() {
      return token;
    }

    @Override
    public boolean isHidden() {
      return true;
    }

    /** Returns the token. */
    @Override
    public String toString() {
      return token;
    }
  }
}
