package org.okr4j.wire;

import org.okr4j.validation.JsonError;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * The echo bound: no problem quotes more than {@link JsonError#MAX_ECHO} characters of one input
 * text, in its message or its path (Jackson's own {@code ErrorReportConfiguration} bounds a token in
 * an error message to the same 256 characters). The reader quotes through {@link JsonError#quote};
 * this class shortens a long field name in a path, and the few core errors that carry input text
 * the core does not shorten itself.
 */
final class Echo {

  private Echo() {}

  /** Returns {@code path} with every segment longer than the bound shortened. */
  static OkrPath path(OkrPath path) {
    for (String segment : path.segments()) {
      if (segment.length() > JsonError.MAX_ECHO) {
        return OkrPath.of(path.segments().map(JsonError::shorten).toJavaArray(String[]::new));
      }
    }
    return path;
  }

  /** Returns {@code error} with its path, and any input text it quotes, within the bound. */
  static OkrError bound(OkrError error) {
    OkrError e = error;
    if (e instanceof OkrError.DuplicateId d && d.id().length() > JsonError.MAX_ECHO) {
      e = new OkrError.DuplicateId(d.path(), JsonError.shorten(d.id()));
    } else if (e instanceof OkrError.UnknownMilestone u && u.milestoneId().length() > JsonError.MAX_ECHO) {
      e = new OkrError.UnknownMilestone(u.path(), JsonError.shorten(u.milestoneId()));
    } else if (e instanceof OkrError.DanglingReference r && r.id().length() > JsonError.MAX_ECHO) {
      e = new OkrError.DanglingReference(r.path(), JsonError.shorten(r.id()));
    } else if (e instanceof OkrError.OutOfRange o && o.value().length() > JsonError.MAX_ECHO) {
      e = new OkrError.OutOfRange(o.path(), JsonError.shorten(o.value()), o.allowed());
    }
    OkrPath shortened = path(e.path());
    return shortened == e.path() ? e : e.withPath(shortened);
  }
}
