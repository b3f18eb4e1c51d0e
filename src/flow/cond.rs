//! Conditions over facts: `minor`, `not companion`, `a and (b or not c)`.
//! `not` binds tightest, then `and`, then `or`.

/// A condition over facts named by `F`: their names as written (`String`), or their
/// numbers in a resolved model ([`crate::flow::resolved`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cond<F = String> {
    Fact(F),
    Not(Box<Cond<F>>),
    And(Box<Cond<F>>, Box<Cond<F>>),
    Or(Box<Cond<F>>, Box<Cond<F>>),
}

impl<F> Cond<F> {
    /// Whether the condition holds, given which facts hold.
    pub fn holds(&self, has: &impl Fn(&F) -> bool) -> bool {
        match self {
            Cond::Fact(f) => has(f),
            Cond::Not(c) => !c.holds(has),
            Cond::And(a, b) => a.holds(has) && b.holds(has),
            Cond::Or(a, b) => a.holds(has) || b.holds(has),
        }
    }

    /// The same condition over other names for the facts.
    pub fn map<G>(&self, f: &mut impl FnMut(&F) -> G) -> Cond<G> {
        match self {
            Cond::Fact(x) => Cond::Fact(f(x)),
            Cond::Not(c) => Cond::Not(Box::new(c.map(f))),
            Cond::And(a, b) => Cond::And(Box::new(a.map(f)), Box::new(b.map(f))),
            Cond::Or(a, b) => Cond::Or(Box::new(a.map(f)), Box::new(b.map(f))),
        }
    }
}

/// The Fluent id of a fact's phrase in words (`fact-minor`), for the exports and the
/// trainer view; `veiviser check` requires one for every fact a condition tests.
pub fn fact_id(fact: &str) -> String {
    format!("fact-{fact}")
}

/// A parse error: what went wrong (a tool-message id with its argument) and where, as a
/// byte range in the condition text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CondError {
    pub at: std::ops::Range<usize>,
    /// Message id in `ui.ftl` (check-cond-*), with `$token`.
    pub msg: &'static str,
    pub token: String,
}

/// Longest condition text accepted, and deepest nesting (guards the recursive parser).
pub const MAX_LEN: usize = 1000;
pub const MAX_NEST: usize = 32;

impl Cond {
    /// Every fact named, with no repeats, in order of appearance.
    pub fn facts(&self) -> Vec<&str> {
        let mut out = Vec::new();
        fn walk<'a>(c: &'a Cond, out: &mut Vec<&'a str>) {
            match c {
                Cond::Fact(f) => {
                    if !out.contains(&f.as_str()) {
                        out.push(f);
                    }
                }
                Cond::Not(c) => walk(c, out),
                Cond::And(a, b) | Cond::Or(a, b) => {
                    walk(a, out);
                    walk(b, out);
                }
            }
        }
        walk(self, &mut out);
        out
    }

    pub fn parse(s: &str) -> Result<Cond, CondError> {
        if s.len() > MAX_LEN {
            return Err(CondError { at: 0..s.len(), msg: "check-cond-too-long", token: String::new() });
        }
        let toks = lex(s)?;
        if toks.is_empty() {
            return Err(CondError { at: 0..s.len(), msg: "check-cond-empty", token: String::new() });
        }
        let mut p = Parser { toks, i: 0, depth: 0, len: s.len() };
        let c = p.or()?;
        if let Some(t) = p.toks.get(p.i) {
            return Err(CondError { at: t.at.clone(), msg: "check-cond-unexpected", token: t.text.to_string() });
        }
        Ok(c)
    }
}

/// A token: a slice of the condition text, and where it is.
#[derive(Debug, Clone)]
struct Tok<'a> {
    text: &'a str,
    at: std::ops::Range<usize>,
}

fn lex(s: &str) -> Result<Vec<Tok<'_>>, CondError> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b' ' || c == b'\t' {
            i += 1;
        } else if c == b'(' || c == b')' {
            out.push(Tok { text: &s[i..i + 1], at: i..i + 1 });
            i += 1;
        } else if c.is_ascii_lowercase() {
            let start = i;
            while i < b.len() && (b[i].is_ascii_lowercase() || b[i].is_ascii_digit() || b[i] == b'-') {
                i += 1;
            }
            out.push(Tok { text: &s[start..i], at: start..i });
        } else {
            let ch = s[i..].chars().next().unwrap_or('?');
            return Err(CondError { at: i..i + ch.len_utf8(), msg: "check-cond-bad-char", token: ch.to_string() });
        }
    }
    Ok(out)
}

struct Parser<'a> {
    toks: Vec<Tok<'a>>,
    i: usize,
    depth: usize,
    len: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&str> {
        self.toks.get(self.i).map(|t| t.text)
    }
    fn or(&mut self) -> Result<Cond, CondError> {
        let mut l = self.and()?;
        while self.peek() == Some("or") {
            self.i += 1;
            let r = self.and()?;
            l = Cond::Or(Box::new(l), Box::new(r));
        }
        Ok(l)
    }
    fn and(&mut self) -> Result<Cond, CondError> {
        let mut l = self.unary()?;
        while self.peek() == Some("and") {
            self.i += 1;
            let r = self.unary()?;
            l = Cond::And(Box::new(l), Box::new(r));
        }
        Ok(l)
    }
    fn unary(&mut self) -> Result<Cond, CondError> {
        self.depth += 1;
        if self.depth > MAX_NEST {
            let at = self.toks.get(self.i).map_or(0..self.len, |t| t.at.clone());
            return Err(CondError { at, msg: "check-cond-too-deep", token: String::new() });
        }
        let r = self.unary_inner();
        self.depth -= 1;
        r
    }
    fn unary_inner(&mut self) -> Result<Cond, CondError> {
        let Some(t) = self.toks.get(self.i).cloned() else {
            return Err(CondError { at: self.len..self.len, msg: "check-cond-missing", token: String::new() });
        };
        self.i += 1;
        match t.text {
            "not" => Ok(Cond::Not(Box::new(self.unary()?))),
            "(" => {
                let c = self.or()?;
                if self.peek() != Some(")") {
                    let at = self.toks.get(self.i).map_or(self.len..self.len, |t| t.at.clone());
                    return Err(CondError { at, msg: "check-cond-close", token: String::new() });
                }
                self.i += 1;
                Ok(c)
            }
            "and" | "or" | ")" => Err(CondError { at: t.at, msg: "check-cond-unexpected", token: t.text.to_string() }),
            _ => Ok(Cond::Fact(t.text.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn facts(v: &[&str]) -> BTreeSet<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    trait Eval {
        fn eval(&self, facts: &BTreeSet<String>) -> bool;
    }

    impl Eval for Cond {
        fn eval(&self, facts: &BTreeSet<String>) -> bool {
            self.holds(&|f: &String| facts.contains(f))
        }
    }

    #[test]
    fn precedence_and_evaluation() {
        let c = Cond::parse("a or b and not c").unwrap();
        assert!(c.eval(&facts(&["a"])));
        assert!(c.eval(&facts(&["b"])));
        assert!(!c.eval(&facts(&["b", "c"])));
        assert!(!c.eval(&facts(&[])));
        let c = Cond::parse("(a or b) and not c").unwrap();
        assert!(!c.eval(&facts(&["a", "c"])));
        assert!(c.eval(&facts(&["b"])));
        assert_eq!(c.facts(), vec!["a", "b", "c"]);
    }

    #[test]
    fn errors_have_positions() {
        let e = Cond::parse("a and").unwrap_err();
        assert_eq!(e.msg, "check-cond-missing");
        assert_eq!(e.at, 5..5);
        let e = Cond::parse("a b").unwrap_err();
        assert_eq!((e.msg, e.at), ("check-cond-unexpected", 2..3));
        let e = Cond::parse("(a").unwrap_err();
        assert_eq!(e.msg, "check-cond-close");
        let e = Cond::parse("a & b").unwrap_err();
        assert_eq!((e.msg, e.at, e.token.as_str()), ("check-cond-bad-char", 2..3, "&"));
        assert_eq!(Cond::parse("  ").unwrap_err().msg, "check-cond-empty");
        let deep = format!("{}a{}", "(".repeat(100), ")".repeat(100));
        assert_eq!(Cond::parse(&deep).unwrap_err().msg, "check-cond-too-deep");
        assert_eq!(Cond::parse(&"a or ".repeat(300)).unwrap_err().msg, "check-cond-too-long");
    }
}
