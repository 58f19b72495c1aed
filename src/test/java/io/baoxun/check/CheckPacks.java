package io.baoxun.check;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The checks' test pack ({@code src/test/resources/check/pack}: a small report grammar over a
 * snapshot of the value grammar, fact types with the contract's fields, and the built-in checks),
 * its planted-error pages, and copies of it for tests that write rule files of their own.
 */
public final class CheckPacks {
  private static Pack testPack;

  private CheckPacks() {}

  public static Path resource(String name) {
    try {
      return Path.of(CheckPacks.class.getResource("/check/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Path packDir() {
    return resource("pack");
  }

  public static Path pages() {
    return resource("pages");
  }

  /** The test pack, loaded once (loading runs ANTLR's tool). */
  public static synchronized Pack testPack() {
    if (testPack == null) {
      testPack = load(packDir());
    }
    return testPack;
  }

  public static Pack load(Path dir) {
    try {
      return PackLoader.load(dir);
    } catch (PackException e) {
      throw new AssertionError(e.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n")), e);
    }
  }

  /** The problems of a pack that must not load, as headlines relative to the pack. */
  public static List<String> problems(Path dir) {
    try {
      PackLoader.load(dir);
    } catch (PackException e) {
      return e.diagnostics().stream().map(d -> d.headline().replace(dir + "/", "")).toList();
    }
    throw new AssertionError("the pack loaded without problems");
  }

  /**
   * A copy of the test pack in {@code target} with its checks left out and the rule files given
   * ({@code name, text, name, text ...}) added: the fact types of reports.rules stay.
   */
  public static Path withRules(Path target, String... files) {
    Path from = packDir();
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path to = target.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (!p.getFileName().toString().equals("checks.rules")) {
          Files.copy(p, to);
        }
      }
      for (int i = 0; i < files.length; i += 2) {
        Files.writeString(target.resolve("rules").resolve(files[i]), files[i + 1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }
}
