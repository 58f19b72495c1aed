package io.baoxun.serve;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import io.baoxun.pipeline.DocumentProcessor;
import io.baoxun.rule.Explainer;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import io.baoxun.rule.ReadContext;
import java.nio.file.Path;
import java.util.List;

/**
 * The pack the playground serves, as it is on disk now: before each request the pack's files are
 * looked at (sizes and times, {@link PackFingerprint}), and when one changed the pack is loaded
 * again. A pack that does not load is kept as its diagnostics, so the page can show them; the next
 * change is loaded again. Loading is serialised; a request waits for a reload under way.
 */
final class LivePack {
  /** What the pack folder holds now; {@code generation} counts the loads, so a page can tell. */
  sealed interface State {
    int generation();
  }

  /** A pack that loaded, with what requests need from it, built once per load. */
  record Loaded(int generation, Pack pack, DocumentProcessor processor, GrammarSources grammar, ThreadLocal<Explainer> explainers)
      implements State {}

  /** A pack that did not load: every problem, at {@code file:line:column}. */
  record Broken(int generation, List<Diagnostic> diagnostics) implements State {
    Broken {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Told of each load that gives a different state, to log it. */
  interface Listener {
    void loaded(State state);
  }

  private final Path dir;
  private final Listener listener;
  private PackFingerprint seen;
  private State state;
  private int generation;

  LivePack(Path dir, Listener listener) {
    this.dir = dir;
    this.listener = listener;
  }

  Path dir() {
    return dir;
  }

  /** The pack as its files are now, loaded again if any changed since the last look. */
  synchronized State current() {
    // The fingerprint is taken before loading: a file written during the load makes the next look
    // differ, and load again.
    PackFingerprint now = PackFingerprint.of(dir);
    if (state == null || !now.equals(seen)) {
      seen = now;
      state = load(++generation);
      listener.loaded(state);
    }
    return state;
  }

  private State load(int gen) {
    try {
      Pack pack = PackLoader.load(dir);
      return new Loaded(
          gen,
          pack,
          new DocumentProcessor(pack, ReadContext.NONE),
          GrammarSources.of(dir),
          ThreadLocal.withInitial(() -> new Explainer(pack)));
    } catch (PackException e) {
      return new Broken(gen, e.diagnostics());
    }
  }
}
