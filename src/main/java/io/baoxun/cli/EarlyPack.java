package io.baoxun.cli;

import io.baoxun.diag.PackException;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import io.baoxun.rule.PackLocation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The pack a command line names, loading on a background thread while picocli builds the command
 * line: picocli takes a tenth of a second of every start, and the pack most of the rest. The pack
 * is guessed from the raw arguments ({@code --pack DIR} or {@code --pack=DIR} after a command that
 * loads one, else the built-in pack); a command that turns out to use another pack loads that one
 * itself, and the guess is dropped. What the load found wrong is reported by the command that asks,
 * as if it had loaded the pack itself.
 */
final class EarlyPack {
  static final EarlyPack NONE = new EarlyPack(null, null);

  private static final Set<String> LOADING = Set.of("extract", "check", "explain", "eval", "diff", "coverage");

  private final Path dir;
  private final PackLoader.Loading loading;

  private EarlyPack(Path dir, PackLoader.Loading loading) {
    this.dir = dir;
    this.loading = loading;
  }

  /** Starts loading the pack {@code args} name, if they name a command that loads one. */
  static EarlyPack start(String... args) {
    if (args.length == 0 || !LOADING.contains(args[0])) {
      return NONE;
    }
    Path typed = null;
    try {
      for (int i = 1; i < args.length && !args[i].equals("--"); i++) {
        if (args[i].equals("--pack") && i + 1 < args.length) {
          typed = Path.of(args[++i]);
        } else if (args[i].startsWith("--pack=")) {
          typed = Path.of(args[i].substring("--pack=".length()));
        }
      }
    } catch (InvalidPathException e) {
      return NONE; // picocli will say what is wrong with it
    }
    Path dir = PackLocation.resolve(typed);
    return new EarlyPack(dir, PackLoader.start(dir));
  }

  /** The pack in {@code dir} when it is the one loading here (waiting for it); else empty. */
  Optional<Pack> take(Path dir) throws PackException {
    if (loading == null || !dir.equals(this.dir)) {
      return Optional.empty();
    }
    return Optional.of(loading.get());
  }
}
