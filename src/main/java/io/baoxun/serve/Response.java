package io.baoxun.serve;

import java.nio.charset.StandardCharsets;

/** What a request gets back: status, media type and body. */
record Response(int status, String contentType, byte[] body) {
  static final String JSON = "application/json; charset=utf-8";

  static Response json(int status, String json) {
    return new Response(status, JSON, json.getBytes(StandardCharsets.UTF_8));
  }

  /** A one-line error for the API: {@code {"error": "..."}}. */
  static Response error(int status, String message) {
    return json(status, Json.object(g -> g.writeStringField("error", message)));
  }
}
