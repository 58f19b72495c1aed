package io.baoxun.text;

import java.nio.charset.StandardCharsets;

/** PLACEHOLDER: the text-layer work replaces this with detection of UTF-8 and GB18030. */
public final class Decoder {
  private Decoder() {}

  public static DecodeResult decode(byte[] bytes) {
    return new DecodeResult.Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8");
  }
}
