package io.baoxun;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.baoxun.diag.PackException;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The built-in pack (grammar/ and rules/ of the repository) as tests load and copy it. */
public final class BuiltInPack {
  private static final Supplier<Pack> PACK =
      Suppliers.memoize(
          () -> {
            try {
              return PackLoader.load(Path.of("."));
            } catch (PackException e) {
              throw new AssertionError(e.getMessage(), e);
            }
          });

  private BuiltInPack() {}

  /** The pack, loaded once for all the tests that share it (a pack is immutable). */
  public static Pack get() {
    return PACK.get();
  }

  /** Copies the grammar/ and rules/ folders of the pack in {@code packDir} to {@code out}. */
  public static Path copy(Path packDir, Path out) throws IOException {
    for (String folder : new String[] {"grammar", "rules"}) {
      Path from = packDir.resolve(folder);
      try (Stream<Path> s = Files.walk(from)) {
        for (Path p : s.toList()) {
          Path target = out.resolve(folder).resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
          }
        }
      }
    }
    return out;
  }
}
