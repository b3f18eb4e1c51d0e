//! Conditions and facts in words, for every reader outside the flow files: the graphs,
//! the handbook, the handout and the trainer view. A fact `minor` reads as its message
//! `fact-minor` ("the person may be under 18"), its negation as that message's `.not`
//! ("the person is not taken to be under 18"); `and`, `or` and `not` are words of the
//! tool (`ui-cond-*`). Negation is pushed down to the facts first, so a reader meets
//! "neither … nor …" rather than "not (… or …)". `veiviser check` reports a fact used in
//! a condition without its message.

use crate::flow::cond::Cond;
use crate::flow::resolved::{Condition, Facts, Model};
use crate::i18n::{Lang, Texts};

pub use crate::flow::cond::fact_id;

/// A fact in words: its phrase, or (`negated`) its `.not` phrase, or where that is
/// missing, the phrase after the tool's "not".
pub fn fact_words(texts: &Texts, lang: Lang, fact: &str, negated: bool) -> String {
    let id = fact_id(fact);
    let phrase = texts.get(lang, &id);
    if !negated {
        return phrase;
    }
    texts.attr(lang, &id, "not").unwrap_or_else(|| texts.fmt(lang, "ui-cond-not", &[("cond", &phrase)]))
}

/// The facts of `facts` in words, joined by "; ".
pub fn facts_words(model: &Model, texts: &Texts, lang: Lang, facts: &Facts) -> Vec<String> {
    facts.iter().filter_map(|f| model.facts.get(f)).map(|f| fact_words(texts, lang, f, false)).collect()
}

/// A condition with negation only on facts.
enum Nnf<'a> {
    Fact(&'a str, bool),
    /// None of these holds (from `not (a or b)`).
    NoneOf(Vec<Nnf<'a>>),
    And(Vec<Nnf<'a>>),
    Or(Vec<Nnf<'a>>),
}

fn nnf<'a>(c: &Condition, facts: &'a [String], negated: bool) -> Nnf<'a> {
    let name = |f: &usize| facts.get(*f).map_or("?", String::as_str);
    match (c, negated) {
        (Cond::Fact(f), n) => Nnf::Fact(name(f), n),
        (Cond::Not(x), n) => nnf(x, facts, !n),
        (Cond::And(..), false) => Nnf::And(flat(c, facts, false, true)),
        (Cond::Or(..), false) => Nnf::Or(flat(c, facts, false, false)),
        // not (a or b): none of them; not (a and b): not a or not b.
        (Cond::Or(..), true) => {
            let parts = flat(c, facts, false, false);
            if parts.iter().all(|p| matches!(p, Nnf::Fact(_, false))) {
                Nnf::NoneOf(parts)
            } else {
                Nnf::And(flat(c, facts, true, false))
            }
        }
        (Cond::And(..), true) => Nnf::Or(flat(c, facts, true, true)),
    }
}

/// The operands of a chain of `and` (`and_`) or of `or`, each with `negated` applied.
fn flat<'a>(c: &Condition, facts: &'a [String], negated: bool, and_: bool) -> Vec<Nnf<'a>> {
    match c {
        Cond::And(a, b) if and_ => {
            let mut v = flat(a, facts, negated, and_);
            v.extend(flat(b, facts, negated, and_));
            v
        }
        Cond::Or(a, b) if !and_ => {
            let mut v = flat(a, facts, negated, and_);
            v.extend(flat(b, facts, negated, and_));
            v
        }
        c => vec![nnf(c, facts, negated)],
    }
}

/// A condition in words, in `lang`: "the person may be under 18 and section 196 has not
/// been assessed". `facts` names the facts by number (the model's `facts`).
pub fn cond_words(texts: &Texts, lang: Lang, c: &Condition, facts: &[String]) -> String {
    render(texts, lang, &nnf(c, facts, false), false)
}

/// `nested`: inside another `and` or `or`, where a group needs its own words.
fn render(texts: &Texts, lang: Lang, c: &Nnf, nested: bool) -> String {
    let join = |parts: &[Nnf], id: &str| {
        let words: Vec<String> = parts.iter().map(|p| render(texts, lang, p, true)).collect();
        let mut it = words.into_iter();
        let first = it.next().unwrap_or_default();
        it.fold(first, |a, b| texts.fmt(lang, id, &[("a", &a), ("b", &b)]))
    };
    match c {
        Nnf::Fact(f, n) => fact_words(texts, lang, f, *n),
        Nnf::NoneOf(parts) => {
            let all = join(parts, "ui-cond-or");
            texts.fmt(lang, "ui-cond-none-of", &[("cond", &all)])
        }
        Nnf::And(parts) => {
            let all = join(parts, "ui-cond-and");
            if nested { texts.fmt(lang, "ui-cond-all-of", &[("cond", &all)]) } else { all }
        }
        Nnf::Or(parts) => {
            let all = join(parts, "ui-cond-or");
            if nested { texts.fmt(lang, "ui-cond-either", &[("cond", &all)]) } else { all }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::FtlFile;

    fn texts() -> Texts {
        let ftl = "fact-a = A holds\n    .not = A fails\nfact-b = B holds\n    .not = B fails\nfact-c = C holds\n\
                   ui-cond-and = { $a } and { $b }\nui-cond-or = { $a } or { $b }\nui-cond-not = not: { $cond }\n\
                   ui-cond-none-of = none of: { $cond }\nui-cond-all-of = both { $cond }\n\
                   ui-cond-either = either { $cond }\n";
        Texts::with(&[FtlFile { lang: Lang::of("en"), name: "x.ftl".into(), text: ftl.to_string().into() }])
    }

    fn words(src: &str) -> String {
        let facts: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        let c = Cond::parse(src).unwrap_or_else(|e| panic!("{src}: {e:?}"));
        let c = c.map(&mut |n: &String| facts.iter().position(|f| f == n).unwrap_or(0));
        cond_words(&texts(), Lang::of("en"), &c, &facts)
    }

    #[test]
    fn conditions_read_as_words_with_their_grouping() {
        assert_eq!(words("a and not b"), "A holds and B fails");
        assert_eq!(words("a or b and c"), "A holds or both B holds and C holds");
        assert_eq!(words("a and (b or c)"), "A holds and either B holds or C holds");
        assert_eq!(words("not (a or b)"), "none of: A holds or B holds");
        assert_eq!(words("not (a and b)"), "A fails or B fails");
        assert_eq!(words("not not a"), "A holds");
        // A fact without `.not`: the tool's "not".
        assert_eq!(words("not c"), "not: C holds");
        assert_eq!(words("not (a or not b)"), "A fails and B holds");
    }
}
