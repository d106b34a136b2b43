package org.okr4j.jackson3;

import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of okr-jackson3, filled in by the build from the Maven coordinates (the same
 * convention as Jackson's own modules). {@link OkrModule#version()} returns it.
 *
 * <p>Immutable and thread-safe.
 */
public final class PackageVersion implements Versioned {

  /** The version of this okr-jackson3 artifact, such as {@code 0.1.0-SNAPSHOT}. */
  public static final Version VERSION = load();

  /** Creates an accessor for {@link #VERSION}. */
  public PackageVersion() {}

  /**
   * Returns {@link #VERSION}.
   *
   * @return the artifact's version
   */
  @Override
  public Version version() {
    return VERSION;
  }

  private static Version load() {
    Properties properties = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"),
        properties.getProperty("groupId"), properties.getProperty("artifactId"));
  }
}
