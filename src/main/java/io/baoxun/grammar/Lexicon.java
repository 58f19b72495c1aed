package io.baoxun.grammar;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A named word list from a pack's {@code lexicons/} folder (units, roles, official titles...).
 *
 * <p>In a grammar a lexicon is a token class: the lexer fragment {@link #fragmentName()} matches
 * any of its entries, so a grammar writes {@code UNIT : LEX_UNITS ;}.
 *
 * @param entries the entries, already in the normalised form the grammar matches against
 */
public record Lexicon(String name, String file, List<String> entries) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  public Lexicon {
    checkArgument(NAME.matcher(name).matches(), "bad lexicon name %s", name);
    entries = List.copyOf(entries);
  }

  public static boolean isValidName(String name) {
    return NAME.matcher(name).matches();
  }

  public String fragmentName() {
    return "LEX_" + name.toUpperCase(Locale.ROOT);
  }
}
