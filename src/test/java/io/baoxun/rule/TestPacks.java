package io.baoxun.rule;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The packs under src/test/resources/rule/, loaded or copied for tests. */
final class TestPacks {
  private TestPacks() {}

  static Path dir(String name) {
    try {
      return Path.of(TestPacks.class.getResource("/rule/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The test pack, with the tests' value layer. */
  static Pack testPack() {
    return load(dir("testpack"), new TestValues());
  }

  static Pack load(Path dir, ValueReader values) {
    try {
      return PackLoader.load(dir, values);
    } catch (PackException e) {
      throw new AssertionError(
          e.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n")), e);
    }
  }

  /** A copy of a pack in {@code target}, to change files in. */
  static Path copy(String name, Path target) {
    Path from = dir(name);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path to = target.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }
}
