package io.baoxun.grammar;

import java.util.Set;

/**
 * What an element label of a grammar rule stands for, for type-checking the rules that read it.
 *
 * @param list whether it is a list label ({@code x+=...}); a plain label used on several elements
 *     ({@code x=a | x=b}) holds one element and is not a list
 * @param rules the parser rules it labels ({@code x=quantity}); empty when it labels only tokens
 * @param tokens whether it labels a token ({@code x=NUMBER}, {@code x='万'})
 */
public record LabelInfo(String name, boolean list, Set<String> rules, boolean tokens) {
  public LabelInfo {
    rules = Set.copyOf(rules);
  }
}
