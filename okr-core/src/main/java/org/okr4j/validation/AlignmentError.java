package org.okr4j.validation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * A link of the alignment graph ({@code org.okr4j.alignment}) that cannot be added: a link that
 * would close a loop, names an unknown objective or key result, repeats an existing link, or breaks
 * the alignment policy. Every error has a stable {@code okr.alignment.*} {@link #code() code}, the
 * {@link #path() path} of the offending link (such as {@code /links/3}, or {@code /links/3/parent}
 * for one of its ends) and a message in English or Simplified Chinese.
 *
 * <p><b>Why this family is part of {@link OkrError}.</b> Hosts handle one sealed family: a bulk
 * alignment build returns {@code Validation<Seq<OkrError>, AlignmentGraph>} like every other
 * validating entry point, mixing these errors with generic ones such as {@code okr.required}, and
 * {@link OkrException} carries them unchanged. The family is declared here, in the error vocabulary,
 * rather than in the alignment package, because a {@code permits} clause naming a type of
 * {@code org.okr4j.alignment} would make the two packages depend on each other. For the same reason
 * nodes are named by their text form, {@code objective:ID} or {@code key-result:ID}, which
 * {@code org.okr4j.alignment.NodeRef.parse} turns back into a typed reference.
 *
 * <pre>{@code
 * AlignmentError e = new AlignmentError.CyclicLink(OkrPath.of("links", "3"),
 *     List.of("objective:o-a", "objective:o-b", "objective:o-a"));
 * e.code();                  // "okr.alignment.cycle"
 * e.message(Locale.ENGLISH); // "would close a loop: objective:o-a → objective:o-b → objective:o-a"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface AlignmentError extends OkrError
    permits AlignmentError.MissingLink,
        AlignmentError.UnknownNode,
        AlignmentError.DuplicateLink,
        AlignmentError.CyclicLink,
        AlignmentError.TooManyParents,
        AlignmentError.LevelStep,
        AlignmentError.CrossCycle {

  /** The most nodes of a loop shown in full in a message; longer loops are shortened. */
  int MAX_LOOP_SHOWN = 12;

  @Override
  AlignmentError withPath(OkrPath path);

  /**
   * Returns this error re-rooted below {@code prefix}.
   *
   * @param prefix the path of the containing value
   * @return the error with path {@code prefix + path()}
   */
  @Override
  default AlignmentError under(OkrPath prefix) {
    return withPath(Present.check(prefix, "prefix").resolve(path()));
  }

  /**
   * Shows a loop of node names for a message: in full up to {@link #MAX_LOOP_SHOWN} nodes, otherwise
   * its first and last five nodes around the number left out.
   *
   * @param loop the node names
   * @return the text, nodes separated by {@code →}
   */
  static String showLoop(Seq<String> loop) {
    if (loop == null) {
      return Messages.MISSING;
    }
    if (loop.size() <= MAX_LOOP_SHOWN) {
      return loop.mkString(" → ");
    }
    return loop.take(5).mkString(" → ") + " → … (" + (loop.size() - 10) + " more) … → "
        + loop.takeRight(5).mkString(" → ");
  }

  /**
   * No link was given ({@code null}).
   *
   * @param path where the link was expected
   */
  record MissingLink(OkrPath path) implements AlignmentError {
    @Override
    public String code() {
      return "okr.alignment.missing-link";
    }

    @Override
    public MissingLink withPath(OkrPath path) {
      return new MissingLink(path);
    }

    @Override
    public Seq<Object> arguments() {
      return List.empty();
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * One end of a link is neither an objective nor a key result of the graph's set.
   *
   * @param path the end's path, such as {@code /links/3/child}
   * @param node the unknown node, as {@code objective:ID} or {@code key-result:ID}
   */
  record UnknownNode(OkrPath path, String node) implements AlignmentError {
    @Override
    public String code() {
      return "okr.alignment.unknown-node";
    }

    @Override
    public UnknownNode withPath(OkrPath path) {
      return new UnknownNode(path, node);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(node);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * The graph already links the same child to the same parent (of either kind), or the link joins a
   * key result to the objective that holds it, which it always counts toward.
   *
   * @param path the link's path
   * @param child the child, as {@code objective:ID} or {@code key-result:ID}
   * @param parent the parent, in the same form
   */
  record DuplicateLink(OkrPath path, String child, String parent) implements AlignmentError {
    @Override
    public String code() {
      return "okr.alignment.duplicate-link";
    }

    @Override
    public DuplicateLink withPath(OkrPath path) {
      return new DuplicateLink(path, child, parent);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(child, parent);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * The link would close a loop: its parent already reaches its child (or the link joins a node to
   * itself). The loop starts at the link's child, goes to its parent and follows existing links
   * back to the child, which is repeated at the end.
   *
   * @param path the link's path
   * @param loop the nodes along the loop, as {@code objective:ID} or {@code key-result:ID}
   */
  record CyclicLink(OkrPath path, Seq<String> loop) implements AlignmentError {
    @Override
    public String code() {
      return "okr.alignment.cycle";
    }

    @Override
    public CyclicLink withPath(OkrPath path) {
      return new CyclicLink(path, loop);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(AlignmentError.showLoop(loop));
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * The policy allows one parent (or one contributing parent) and the child already has one.
   *
   * @param path the link's path
   * @param child the child, as {@code objective:ID} or {@code key-result:ID}
   * @param existingParent the parent it already has, in the same form
   */
  record TooManyParents(OkrPath path, String child, String existingParent) implements AlignmentError {
    @Override
    public String code() {
      return "okr.alignment.too-many-parents";
    }

    @Override
    public TooManyParents withPath(OkrPath path) {
      return new TooManyParents(path, child, existingParent);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(child, existingParent);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * The policy's level rule forbids a link from the child's level to the parent's (such as a team
   * objective aligned straight to a company objective when levels may not be skipped).
   *
   * @param path the link's path
   * @param childLevel the child's level, as {@code name (rank)}
   * @param parentLevel the parent's level, in the same form
   * @param rule the rule, such as {@code NO_SKIPPING}
   */
  record LevelStep(OkrPath path, String childLevel, String parentLevel, String rule) implements AlignmentError {
    @Override
    public String code() {
      return "okr.alignment.level-step";
    }

    @Override
    public LevelStep withPath(OkrPath path) {
      return new LevelStep(path, childLevel, parentLevel, rule);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(childLevel, parentLevel, rule);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * The policy's cycle rule forbids a link from the child's cycle to the parent's (such as a
   * second-quarter objective aligned to a first-quarter one).
   *
   * @param path the link's path
   * @param childCycle the child's cycle id
   * @param parentCycle the parent's cycle id
   * @param rule the rule, such as {@code ENCLOSING}
   */
  record CrossCycle(OkrPath path, String childCycle, String parentCycle, String rule) implements AlignmentError {
    @Override
    public String code() {
      return "okr.alignment.cross-cycle";
    }

    @Override
    public CrossCycle withPath(OkrPath path) {
      return new CrossCycle(path, childCycle, parentCycle, rule);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(childCycle, parentCycle, rule);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }
}
