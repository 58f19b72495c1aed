package io.baoxun.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baoxun.BuiltInPack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A playground server for a test, and a client that talks to it as the page does. */
final class Playground implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final PlaygroundServer server;
  final List<PlaygroundServer.Status> loads = new ArrayList<>();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Playground(Path pack) throws IOException {
    this.server = PlaygroundServer.start(pack, 0, s -> {
      synchronized (loads) {
        loads.add(s);
      }
    });
  }

  /** The built-in pack (the tests run in the repository's folder). */
  static Playground builtIn() throws IOException {
    return new Playground(Path.of(""));
  }

  static Playground of(Path pack) throws IOException {
    return new Playground(pack);
  }

  String base() {
    return "http://127.0.0.1:" + server.address().getPort();
  }

  record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  Reply get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
  }

  Reply post(String path, String body) {
    return send(HttpRequest.newBuilder(URI.create(base() + path))
        .header("Content-Type", "text/plain; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build());
  }

  Reply extract(String text) {
    return post("/api/extract", text);
  }

  private Reply send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }

  /** A copy of the built-in pack (grammar/ and rules/) in {@code dir}/pack, to edit. */
  static Path copyPack(Path dir) throws IOException {
    return BuiltInPack.copy(Path.of("."), dir.resolve("pack"));
  }

  /** The seed paragraph about 莘县 (a dateline, case and testing reports), as printed in the seed. */
  static String seedParagraph() throws IOException {
    String page = Files.readString(Path.of("seeds/000_346f90c6c90c1c6c.txt"), StandardCharsets.UTF_8);
    int from = page.indexOf("本报讯（记者 吕晓磊）");
    int to = page.indexOf("测结果均为阴性。", from);
    if (from < 0 || to < 0) {
      throw new AssertionError("the seed paragraph is no longer in seeds/000_346f90c6c90c1c6c.txt");
    }
    return page.substring(from, to + "测结果均为阴性。".length());
  }
}
