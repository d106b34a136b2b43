package org.okr4j.wire;

import static org.okr4j.wire.AlignmentFields.*;
import static org.okr4j.wire.PolicyReader.present;

import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.LinkKind;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.ObjectiveId;
import org.okr4j.validation.OkrError;

/**
 * Reads alignment graphs ({@code docs/wire-format.md}, "Alignment graphs"), built with
 * {@link AlignmentGraph#build}, so that cycles, dangling ids and policy violations come back with
 * their {@code okr.alignment.*} codes at {@code /links/i}. A link without {@code kind} contributes,
 * a node without {@code kind} is an objective.
 */
final class AlignmentReader {

  private static final Map<String, String> NODE_KINDS = Map.of(AlignmentWriter.OBJECTIVE, AlignmentWriter.OBJECTIVE,
      AlignmentWriter.KEY_RESULT, AlignmentWriter.KEY_RESULT);

  private AlignmentReader() {}

  static final Function<Cursor, Fields<AlignmentPolicy>> POLICY_READING = Fields.<AlignmentPolicy>of(ALIGNMENT_POLICY)
      .read(PARENTS, c -> c.token(Tokens.PARENT_RULES))
      .read(LEVELS, c -> c.token(Tokens.LEVEL_RULES))
      .read(CYCLES, c -> c.token(Tokens.CYCLE_RULES))
      .build(f -> f.take(AlignmentPolicy.validate(f.get(PARENTS), f.get(LEVELS), f.get(CYCLES))));

  private static final Function<Cursor, Fields<NodeRef>> NODE_READING = Fields.<NodeRef>of(NODE)
      .read(NODE_KIND, c -> c.token(NODE_KINDS))
      .read(NODE_ID, Cursor::string)
      .build(f -> {
        boolean objective = !f.present(NODE_KIND) || AlignmentWriter.OBJECTIVE.equals(f.get(NODE_KIND));
        Either<OkrError, ? extends NodeRef> node = objective
            ? ObjectiveId.parse(f.get(NODE_ID)).map(NodeRef.OfObjective::new)
            : KeyResultId.parse(f.get(NODE_ID)).map(NodeRef.OfKeyResult::new);
        if (node.isLeft()) {
          f.c.add(node.getLeft().under(f.c.here().key(NODE_ID.name())));
          return null;
        }
        return node.get();
      });

  private static final Function<Cursor, Fields<Link>> LINK_READING = Fields.<Link>of(LINK)
      .read(CHILD, c -> c.object(NODE_READING))
      .read(PARENT, c -> c.object(NODE_READING))
      .read(LINK_KIND, c -> c.token(Tokens.LINK_KINDS))
      .read(LINK_WEIGHT, Cursor::decimal)
      .build(f -> f.take(Link.validate(f.get(CHILD), f.get(PARENT),
          f.present(LINK_KIND) ? f.get(LINK_KIND) : LinkKind.CONTRIBUTES, f.get(LINK_WEIGHT))));

  /** Reads an alignment's links, limited by {@link Settings#maxLinks()}. */
  static @Nullable List<@Nullable Link> links(Cursor c) throws java.io.IOException {
    return c.array(c.settings.maxLinks(), "withMaxLinks", e -> e.object(LINK_READING));
  }

  static final Function<Cursor, Fields<AlignmentGraph>> GRAPH_READING = Fields.<AlignmentGraph>of(GRAPH)
      .read(SET, c -> c.object(ModelReader.OkrSetReading::new))
      .read(POLICY, c -> c.object(POLICY_READING))
      .read(LINKS, AlignmentReader::links)
      .build(f -> f.take(AlignmentGraph.build(f.get(SET), f.get(POLICY), present(f.get(LINKS)))));
}
