package io.baoxun.rule;

import java.nio.file.Path;

/**
 * Which pack a command uses: the folder given with {@code --pack}, else the built-in pack in the
 * folder the launcher names with the system property {@code baoxun.home}, else the current folder.
 */
public final class PackLocation {
  public static final String HOME_PROPERTY = "baoxun.home";

  private PackLocation() {}

  /** The pack folder for {@code --pack} (null when not given). */
  public static Path resolve(Path typed) {
    return resolve(typed, System.getProperty(HOME_PROPERTY), Path.of("").toAbsolutePath());
  }

  /**
   * As {@link #resolve(Path)}, with the environment passed in. The home folder is shown relative
   * to the current folder when it lies inside it, so diagnostics read {@code rules/x.rules:3:5}.
   */
  static Path resolve(Path typed, String home, Path cwd) {
    if (typed != null) {
      return typed;
    }
    if (home == null || home.isBlank()) {
      return Path.of("");
    }
    Path h = Path.of(home).toAbsolutePath().normalize();
    Path c = cwd.toAbsolutePath().normalize();
    return h.startsWith(c) ? c.relativize(h) : h;
  }
}
