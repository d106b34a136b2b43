package org.okr4j.alignment;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.Cycle;
import org.okr4j.model.CycleId;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;

/**
 * The nodes of an {@link OkrSet} numbered densely: objectives {@code 0 .. objectiveCount-1} in the
 * set's order, then key results in the same order, so the key results of objective {@code i} are the
 * contiguous range {@code [krStart[i], krStart[i+1])}. Built once per set and shared by every graph
 * over it; never mutated after construction, so safe to share between threads. A check-in moves
 * nothing, so the index of the set after one shares every table and records only the objective it
 * replaced ({@link #afterCheckIn}); the replacements are folded into fresh tables once they number
 * more than {@value #FOLD_AT}, so each costs amortised constant time.
 */
final class NodeIndex {

  final OkrSet set;
  final int objectiveCount;
  final int nodeCount;
  private final Objective[] objectives;
  private final KeyResult[] keyResults;
  /** For key result {@code k} (node {@code objectiveCount + k}): the index of its objective. */
  private final int[] krObjective;
  /** For objective {@code i}: the node of its first key result; length {@code objectiveCount + 1}. */
  private final int[] krStart;
  /**
   * The id table: open addressing over a power-of-two array, each slot {@code node + 1} (0 is
   * empty), hashed by id text; an objective and a key result may share an id text, the kind tells
   * them apart. No boxed ids, one int per slot.
   */
  /** For objective {@code i}: the number of its cycle in {@link #cycles}. */
  private final int[] cycleOfObjective;
  /** The set's cycles, numbered in the set's order. */
  private final Cycle[] cycles;
  /** For cycle number {@code c}: its declared ancestors, nearest first. */
  private final Seq<Cycle>[] cycleAncestors;
  /** The smallest level rank among the objectives, or {@code Integer.MAX_VALUE} if there are none. */
  final int minRank;
  private volatile int @Nullable [] sortRank;
  /** Objectives replaced by check-ins since the tables were built, by objective node. */
  private final io.vavr.collection.HashMap<Integer, Objective> replaced;

  static final int FOLD_AT = 1024;

  @SuppressWarnings("unchecked")
  private NodeIndex(OkrSet set) {
    this.set = set;
    this.replaced = io.vavr.collection.HashMap.empty();
    Vector<Objective> os = set.objectives();
    objectiveCount = os.size();
    objectives = os.toJavaArray(Objective[]::new);
    int krCount = 0;
    for (Objective o : objectives) {
      krCount += o.keyResults().size();
    }
    nodeCount = objectiveCount + krCount;
    keyResults = new KeyResult[krCount];
    krObjective = new int[krCount];
    krStart = new int[objectiveCount + 1];
    Vector<Cycle> declared = set.cycles().toVector();
    cycles = declared.toJavaArray(Cycle[]::new);
    HashMap<CycleId, Integer> cycleNumbers = new HashMap<>();
    for (int c = 0; c < cycles.length; c++) {
      cycleNumbers.put(cycles[c].id(), c);
    }
    cycleOfObjective = new int[objectiveCount];
    int k = 0;
    int rank = Integer.MAX_VALUE;
    for (int i = 0; i < objectiveCount; i++) {
      Objective o = objectives[i];
      Integer c = cycleNumbers.get(o.cycle());
      cycleOfObjective[i] = c == null ? -1 : c;
      rank = Math.min(rank, o.level().rank());
      krStart[i] = objectiveCount + k;
      for (KeyResult kr : o.keyResults()) {
        keyResults[k] = kr;
        krObjective[k] = i;
        k++;
      }
    }
    krStart[objectiveCount] = nodeCount;
    minRank = rank;
    @SuppressWarnings({"unchecked", "rawtypes"}) // Java has no generic array creation; every slot is set below
    Seq<Cycle>[] ancestors = new Seq[cycles.length];
    cycleAncestors = ancestors;
    for (int c = 0; c < cycles.length; c++) {
      java.util.ArrayList<Cycle> chain = new java.util.ArrayList<>();
      Cycle at = cycles[c];
      // Parents of a valid set exist and never loop; the bound guards anyway.
      for (int step = 0; step < cycles.length && at.parent().isDefined(); step++) {
        at = cycles[cycleNumbers.get(at.parent().get())];
        chain.add(at);
      }
      cycleAncestors[c] = List.ofAll(chain);
    }
  }

  static NodeIndex of(OkrSet set) {
    return new NodeIndex(set);
  }

  /** The index of {@code after}, which differs from this one's set only inside one objective. */
  private NodeIndex(NodeIndex base, OkrSet after, io.vavr.collection.HashMap<Integer, Objective> replaced) {
    this.set = after;
    this.objectiveCount = base.objectiveCount;
    this.nodeCount = base.nodeCount;
    this.krObjective = base.krObjective;
    this.krStart = base.krStart;
    this.cycleOfObjective = base.cycleOfObjective;
    this.cycles = base.cycles;
    this.cycleAncestors = base.cycleAncestors;
    this.minRank = base.minRank;
    this.sortRank = base.sortRank;
    if (replaced.size() <= FOLD_AT) {
      this.objectives = base.objectives;
      this.keyResults = base.keyResults;
      this.replaced = replaced;
    } else {
      this.objectives = base.objectives.clone();
      this.keyResults = base.keyResults.clone();
      for (io.vavr.Tuple2<Integer, Objective> r : replaced) {
        objectives[r._1] = r._2;
        int k = krStart[r._1] - objectiveCount;
        for (KeyResult kr : r._2.keyResults()) {
          keyResults[k++] = kr;
        }
      }
      this.replaced = io.vavr.collection.HashMap.empty();
    }
  }

  /**
   * Returns the index of {@code after}, the set after a check-in on a key result of objective
   * {@code objectiveNode}: the same nodes, with that objective (and its key results) read from
   * {@code after}.
   */
  NodeIndex afterCheckIn(OkrSet after, int objectiveNode) {
    return new NodeIndex(this, after, replaced.put(objectiveNode, after.objectives().get(objectiveNode)));
  }

  /** The number of objectives replaced and not yet folded into the tables. */
  int pendingReplacements() {
    return replaced.size();
  }

  /**
   * Returns the node of {@code ref}, or -1 if it is {@code null} or not in the set: looked up in
   * the set's own id tables (an objective's node is its position; a key result's follows its
   * objective's first key-result node), so that no id is hashed again.
   */
  int indexOf(@Nullable NodeRef ref) {
    if (ref instanceof NodeRef.OfObjective o) {
      return set.indexOf(o.id());
    }
    if (!(ref instanceof NodeRef.OfKeyResult k)) {
      return -1;
    }
    int i = set.objectiveIndexOf(k.id());
    if (i < 0) {
      return -1;
    }
    int first = krStart[i];
    for (int v = first; v < krStart[i + 1]; v++) {
      if (keyResult(v).id().equals(k.id())) {
        return v;
      }
    }
    return -1;
  }

  boolean isObjective(int node) {
    return node < objectiveCount;
  }

  /** Returns the objective node of {@code node}: itself, or the objective holding the key result. */
  int objectiveNodeOf(int node) {
    return node < objectiveCount ? node : krObjective[node - objectiveCount];
  }

  int firstKeyResult(int objectiveNode) {
    return krStart[objectiveNode];
  }

  int endKeyResult(int objectiveNode) {
    return krStart[objectiveNode + 1];
  }

  Objective objective(int node) {
    int i = objectiveNodeOf(node);
    if (!replaced.isEmpty()) {
      Objective o = replaced.get(i).getOrNull();
      if (o != null) {
        return o;
      }
    }
    return objectives[i];
  }

  KeyResult keyResult(int node) {
    if (!replaced.isEmpty()) {
      int i = krObjective[node - objectiveCount];
      Objective o = replaced.get(i).getOrNull();
      if (o != null) {
        return o.keyResults().get(node - krStart[i]);
      }
    }
    return keyResults[node - objectiveCount];
  }

  NodeRef ref(int node) {
    return node < objectiveCount ? new NodeRef.OfObjective(objectives[node].id())
        : new NodeRef.OfKeyResult(keyResults[node - objectiveCount].id());
  }

  String idText(int node) {
    return node < objectiveCount ? objectives[node].id().value() : keyResults[node - objectiveCount].id().value();
  }

  String title(int node) {
    return node < objectiveCount ? objectives[node].title() : keyResults[node - objectiveCount].title();
  }

  OwnerRef owner(int node) {
    Objective o = objective(node);
    return node < objectiveCount ? o.owner() : o.ownerOf(keyResult(node));
  }

  Level level(int node) {
    return objective(node).level();
  }

  /** Returns the number of the cycle of {@code node}'s objective, an index into {@link #cycle(int)}'s cycles. */
  int cycleNumber(int node) {
    return cycleOfObjective[objectiveNodeOf(node)];
  }

  /** Returns the number of cycles the set declares. */
  int cycleCount() {
    return cycles.length;
  }

  Cycle cycle(int node) {
    return cycles[cycleNumber(node)];
  }

  /** Returns the declared ancestors of cycle number {@code number}, nearest first. */
  Seq<Cycle> cycleAncestors(int number) {
    return cycleAncestors[number];
  }

  /** Returns, for every node, its position in {@link NodeRef} order; computed once, on first use. */
  int[] sortRank() {
    int[] ranks = sortRank;
    if (ranks == null) {
      Integer[] order = new Integer[nodeCount];
      for (int i = 0; i < nodeCount; i++) {
        order[i] = i;
      }
      Comparator<Integer> byRef = (a, b) -> {
        boolean ao = a < objectiveCount;
        boolean bo = b < objectiveCount;
        return ao != bo ? (ao ? -1 : 1) : idText(a).compareTo(idText(b));
      };
      Arrays.sort(order, byRef);
      ranks = new int[nodeCount];
      for (int i = 0; i < nodeCount; i++) {
        ranks[order[i]] = i;
      }
      sortRank = ranks;
    }
    return ranks;
  }
}
