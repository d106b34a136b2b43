package org.okr4j.validation;

import io.vavr.collection.Vector;

/**
 * The location of a value inside an OKR structure, written as a JSON Pointer (RFC 6901).
 *
 * <p>Paths follow the shape of the model and of the JSON wire format, so a path reported for a
 * value built in Java and for the same value read from JSON is the same string, for example
 * {@code /objectives/0/keyResults/2/metric/baseline}. The root path is the empty string.
 *
 * <pre>{@code
 * OkrPath p = OkrPath.root().key("objectives").index(0).key("title");
 * p.toString(); // "/objectives/0/title"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OkrPath implements Comparable<OkrPath> {

  private static final OkrPath ROOT = new OkrPath(Vector.empty());

  /** Single-member paths such as {@code /title}, shared: validators ask for them on every call. */
  private static final java.util.concurrent.ConcurrentHashMap<String, OkrPath> MEMBERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_SHARED_MEMBERS = 512;

  /** Only short member names are shared, so that the cache never holds a caller's long text. */
  private static final int MAX_SHARED_MEMBER_LENGTH = 64;

  private final Vector<String> segments;

  private OkrPath(Vector<String> segments) {
    this.segments = segments;
  }

  /**
   * Returns the root path, the empty JSON Pointer.
   *
   * @return the root path
   */
  public static OkrPath root() {
    return ROOT;
  }

  /**
   * Returns the path made of the given segments, from the root.
   *
   * @param segments the unescaped segments, such as {@code "objectives", "0", "title"}
   * @return the path
   */
  public static OkrPath of(String... segments) {
    if (Present.check(segments, "segments").length == 1) {
      return member(segments[0]);
    }
    OkrPath path = ROOT;
    for (String segment : segments) {
      path = path.key(segment);
    }
    return path;
  }

  private static OkrPath member(String name) {
    OkrPath shared = MEMBERS.get(Present.check(name, "segments"));
    if (shared != null) {
      return shared;
    }
    OkrPath path = ROOT.key(name);
    if (MEMBERS.size() < MAX_SHARED_MEMBERS && name.length() <= MAX_SHARED_MEMBER_LENGTH) {
      MEMBERS.putIfAbsent(name, path);
    }
    return path;
  }

  /**
   * Returns this path extended by a named member.
   *
   * @param name the member name, unescaped
   * @return the longer path
   */
  public OkrPath key(String name) {
    return new OkrPath(segments.append(Present.check(name, "name")));
  }

  /**
   * Returns this path extended by an array index.
   *
   * @param index the zero-based index
   * @return the longer path
   */
  public OkrPath index(int index) {
    return new OkrPath(segments.append(Integer.toString(index)));
  }

  /**
   * Returns {@code other} appended to this path, as when an error found inside a key result is
   * re-reported from the objective that holds it.
   *
   * @param other the relative path to append
   * @return the concatenated path
   */
  public OkrPath resolve(OkrPath other) {
    Present.check(other, "other");
    return segments.isEmpty() ? other : new OkrPath(segments.appendAll(other.segments));
  }

  /**
   * Returns the unescaped segments of this path.
   *
   * @return the segments, empty for the root
   */
  public Vector<String> segments() {
    return segments;
  }

  /**
   * Tells whether this is the root path.
   *
   * @return {@code true} for the empty path
   */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /**
   * Compares paths segment by segment, numeric segments numerically, so that
   * {@code /objectives/2} sorts before {@code /objectives/10}.
   */
  @Override
  public int compareTo(OkrPath other) {
    int n = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < n; i++) {
      int c = compareSegments(segments.get(i), other.segments.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  private static int compareSegments(String a, String b) {
    boolean an = isIndex(a);
    boolean bn = isIndex(b);
    if (an && bn) {
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    if (an != bn) {
      return an ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OkrPath that && segments.equals(that.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** Returns the path as a JSON Pointer, escaping {@code ~} and {@code /} as RFC 6901 requires. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (String segment : segments) {
      sb.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }
}
