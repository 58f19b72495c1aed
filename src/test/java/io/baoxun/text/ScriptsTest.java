package io.baoxun.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tables answer as the JDK does, for every code point. */
class ScriptsTest {
  @Test
  void hanAsTheJdkHasIt() {
    int mismatches = 0;
    int han = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean jdk = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      han += jdk ? 1 : 0;
      mismatches += Scripts.isHan(cp) != jdk ? 1 : 0;
    }
    assertThat(han).isGreaterThan(80_000);
    assertThat(mismatches).isZero();
  }

  @Test
  void spaceSeparatorsAsTheJdkHasThem() {
    int mismatches = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean jdk = Character.getType(cp) == Character.SPACE_SEPARATOR;
      mismatches += Scripts.isSpaceSeparator(cp) != jdk ? 1 : 0;
    }
    assertThat(Scripts.isSpaceSeparator(0x3000)).isTrue();
    assertThat(mismatches).isZero();
  }
}
