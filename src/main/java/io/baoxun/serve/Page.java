package io.baoxun.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The page's files, served from the jar: one HTML page, its style sheet and its script. */
final class Page {
  private static final Map<String, String[]> FILES =
      Map.of(
          "/", new String[] {"index.html", "text/html; charset=utf-8"},
          "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
          "/playground.css", new String[] {"playground.css", "text/css; charset=utf-8"},
          "/playground.js", new String[] {"playground.js", "text/javascript; charset=utf-8"});

  private Page() {}

  static Response resource(String path) {
    String[] f = FILES.get(path);
    if (f == null) {
      return Response.error(404, "no such page: " + path);
    }
    try (InputStream in = Page.class.getResourceAsStream(f[0])) {
      if (in == null) {
        return Response.error(500, "the page " + f[0] + " is missing from the build");
      }
      return new Response(200, f[1], in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
