package io.baoxun.rule;

import io.baoxun.check.Bindings;
import io.baoxun.check.Judge;
import io.baoxun.check.Truth;
import io.baoxun.check.Verdict;
import io.baoxun.fact.FieldValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The judge of a check written in the rule language: {@code when} (does the check apply?), {@code
 * require} (does it hold?) and the messages for pass and fail. Immutable, shared by all threads.
 */
final class DeclaredJudge implements Judge {
  /** A message: literal texts and compiled holes, in order. */
  record Message(List<Object> pieces) {
    Message {
      pieces = List.copyOf(pieces);
    }

    String render(Env env) {
      StringBuilder b = new StringBuilder();
      for (Object p : pieces) {
        b.append(p instanceof Calc c ? c.eval(env).show() : (String) p);
      }
      return b.toString();
    }
  }

  private final Optional<Calc> when;
  private final Calc require;
  private final Message pass;
  private final Message fail;
  private final Set<String> fieldsRead;

  DeclaredJudge(Optional<Calc> when, Calc require, Message pass, Message fail, Set<String> fieldsRead) {
    this.when = when;
    this.require = require;
    this.pass = pass;
    this.fail = fail;
    this.fieldsRead = Set.copyOf(fieldsRead);
  }

  @Override
  public Optional<Verdict> judge(Bindings facts) {
    Env env = env(facts);
    if (when.isPresent()) {
      Truth applies = Calc.truth(when.get().eval(env));
      if (applies.isFalse()) {
        return Optional.empty();
      }
      if (applies.isUnknown()) {
        return Optional.of(Verdict.skip(applies.reason()));
      }
    }
    Truth holds = Calc.truth(require.eval(env));
    if (holds.isUnknown()) {
      return Optional.of(Verdict.skip(holds.reason()));
    }
    return Optional.of(holds.isTrue() ? Verdict.pass(pass.render(env)) : Verdict.fail(fail.render(env)));
  }

  @Override
  public Optional<Set<String>> fieldsRead() {
    return Optional.of(fieldsRead);
  }

  private static Env env(Bindings facts) {
    Map<String, CVal> vars = new HashMap<>();
    if (!facts.judged().isEmpty()) {
      FieldValue date = facts.judged().get(0).articleDate();
      vars.put(Env.ARTICLE_DATE, date instanceof FieldValue.Null
          ? new CVal.Missing("the article's dateline states no date")
          : new CVal.Val(date));
    }
    facts.all().forEach((name, bound) -> {
      if (bound instanceof Bindings.One one) {
        vars.put(name, one.value() == null ? new CVal.Fact(one.fact()) : CVal.read(one.value(), name));
      } else {
        List<CVal> items = new ArrayList<>();
        ((Bindings.Many) bound).facts().forEach(f -> items.add(new CVal.Fact(f)));
        vars.put(name, new CVal.Items(items));
      }
    });
    return new Env(vars);
  }
}
