package io.baoxun.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code baoxun serve}: the rule author's playground, a page and its JSON API on 127.0.0.1 only.
 * The JDK's own HTTP server is enough for one user on one machine; it binds the loopback address
 * and nothing else, and answers only requests that name this host (a page elsewhere cannot reach
 * it through a DNS name that rebinds to 127.0.0.1).
 *
 * <pre>
 * GET  /                the page (with /playground.css, /playground.js)
 * GET  /api/pack        fact types, rules, checks, examples; or the pack's diagnostics
 * GET  /api/generation  how many times the pack was loaded: the page polls it to see a change
 * POST /api/extract     text/plain UTF-8 body: the contract's records as one JSON array
 * POST /api/explain     {"text", "rule"}: what `baoxun explain` prints
 * </pre>
 */
public final class PlaygroundServer implements AutoCloseable {
  /** The only address the server listens on. */
  public static final InetAddress LOOPBACK = loopback();

  /** A larger text is refused: the playground is for pages, not corpora. */
  static final int MAX_BODY = 4 * 1024 * 1024;

  private final HttpServer http;
  private final ExecutorService workers;
  private final PlaygroundApi api;
  private final Set<String> hosts;

  private PlaygroundServer(HttpServer http, ExecutorService workers, PlaygroundApi api) {
    this.http = http;
    this.workers = workers;
    this.api = api;
    int port = http.getAddress().getPort();
    this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
  }

  /**
   * Starts serving the pack in {@code packDir} on 127.0.0.1.
   *
   * @param port 0 for any free port
   * @param listener told of every load of the pack (the first one included) that gives a new state
   */
  public static PlaygroundServer start(Path packDir, int port, LivePackListener listener) throws IOException {
    // Bound first: a port in use is reported before the pack is loaded.
    HttpServer http = HttpServer.create(new InetSocketAddress(LOOPBACK, port), 0);
    LivePack live = new LivePack(packDir, state -> listener.loaded(Status.of(state)));
    live.current(); // load now, so the first page is quick and a broken pack is reported at once
    AtomicInteger n = new AtomicInteger();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "baoxun-serve-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    PlaygroundServer server = new PlaygroundServer(http, workers, new PlaygroundApi(live));
    http.createContext("/", server::handle);
    http.setExecutor(workers);
    http.start();
    return server;
  }

  /** What a load of the pack came to, for the command to print. */
  public record Status(int generation, boolean ok, java.util.List<io.baoxun.diag.Diagnostic> diagnostics) {
    static Status of(LivePack.State s) {
      return s instanceof LivePack.Broken b
          ? new Status(b.generation(), false, b.diagnostics())
          : new Status(s.generation(), true, java.util.List.of());
    }
  }

  /** Told of every load of the pack. */
  public interface LivePackListener {
    void loaded(Status status);
  }

  /** The address and port the server is bound to. */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  @Override
  public void close() {
    http.stop(0);
    workers.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      Response r;
      try {
        r = route(ex);
      } catch (RuntimeException | StackOverflowError e) {
        // One line, never a stack trace: the page shows it as it is.
        r = Response.error(500, "internal error: " + e);
      }
      send(ex, r);
    }
  }

  private Response route(HttpExchange ex) throws IOException {
    String host = Optional.ofNullable(ex.getRequestHeaders().getFirst("Host")).orElse("").toLowerCase(Locale.ROOT);
    if (!hosts.contains(host)) {
      return Response.error(403, "this server answers only requests to 127.0.0.1:" + address().getPort());
    }
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getPath();
    switch (path) {
      case "/", "/index.html", "/playground.css", "/playground.js" -> {
        return method.equals("GET") || method.equals("HEAD") ? Page.resource(path) : notAllowed("GET");
      }
      case "/api/pack" -> {
        return method.equals("GET") ? api.pack() : notAllowed("GET");
      }
      case "/api/generation" -> {
        return method.equals("GET") ? api.generation() : notAllowed("GET");
      }
      case "/api/extract" -> {
        if (!method.equals("POST")) {
          return notAllowed("POST");
        }
        Optional<byte[]> body = body(ex);
        return body.isEmpty() ? tooLarge() : api.extract(body.get(), query(ex, "doc"));
      }
      case "/api/explain" -> {
        if (!method.equals("POST")) {
          return notAllowed("POST");
        }
        Optional<byte[]> body = body(ex);
        return body.isEmpty() ? tooLarge() : api.explain(body.get());
      }
      default -> {
        return Response.error(404, "no such page: " + path);
      }
    }
  }

  private static Response notAllowed(String method) {
    return Response.error(405, "use " + method);
  }

  private static Response tooLarge() {
    return Response.error(413, "the text is larger than " + MAX_BODY / (1024 * 1024) + " MiB");
  }

  /** The request body, or empty when it is larger than {@link #MAX_BODY}. */
  private static Optional<byte[]> body(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      return bytes.length > MAX_BODY ? Optional.empty() : Optional.of(bytes);
    }
  }

  private static Optional<String> query(HttpExchange ex, String name) {
    String q = ex.getRequestURI().getRawQuery();
    if (q == null) {
      return Optional.empty();
    }
    for (String pair : q.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  private static void send(HttpExchange ex, Response r) throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", r.contentType());
    h.set("Cache-Control", "no-store");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    // The page loads its own script and style and talks to its own API; nothing else, ever.
    h.set(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(r.status(), head ? -1 : r.body().length == 0 ? -1 : r.body().length);
    if (!head && r.body().length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(r.body());
      }
    }
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
    } catch (java.net.UnknownHostException e) {
      throw new UncheckedIOException(e);
    }
  }
}
