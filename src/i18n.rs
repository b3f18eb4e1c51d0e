//! Text: a Fluent bundle per language (each folder of `locales/`, its files parsed the
//! first time the language is asked for), language negotiation, and one lookup function.
//!
//! The tool's own messages live in `locales/*/ui*.ftl` and are always taken from the
//! embedded copy (a `--locales` folder may override them); the content's messages come
//! from the embedded locales or from `--locales DIR`. A message a language lacks is taken
//! from its fallback (the default language; see [`Lang::fallbacks`]), and `[id]` shows
//! where none has it; the checker makes every locale carry every message the reference
//! locale has, so the fallback only ever serves tool messages a new locale has not
//! translated yet.

use fluent_bundle::{FluentArgs, FluentBundle, FluentMessage, FluentResource, FluentValue};
use fluent_syntax::ast::Pattern;
use std::cell::OnceCell;
use std::collections::BTreeSet;
use std::fmt;
use unic_langid::LanguageIdentifier;

/// A language: the name of a folder under `locales/` (a short language tag such as `nb`,
/// `en` or `se`). Which languages there are is data: the folders that were loaded. Only
/// the defaults below are named in code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang {
    len: u8,
    bytes: [u8; Lang::MAX],
}

impl Lang {
    /// Longest language tag taken (`nb`, `nn-NO`, `sma`, `en-GB-x-a`).
    pub const MAX: usize = 11;
    /// The default language: the reference every other locale is compared with, the
    /// language texts fall back to, and the one for `C`, `POSIX` and an empty locale.
    pub const DEFAULT: Lang = Lang::of("nb");
    /// For a language that has no folder: this one if it has a folder, else the default.
    pub const FOREIGN: Lang = Lang::of("en");
    /// Locale names that mean the default's language when they have no folder of their
    /// own (Norwegian: `no`, and Nynorsk until there is an `nn` folder).
    const ALIASES: [&'static str; 2] = ["no", "nn"];

    /// A tag known to be valid (a constant in code); an invalid one gives `und`.
    pub const fn of(code: &str) -> Lang {
        let b = code.as_bytes();
        let mut bytes = [0u8; Lang::MAX];
        if b.is_empty() || b.len() > Lang::MAX {
            return Lang { len: 3, bytes: *b"und\0\0\0\0\0\0\0\0" };
        }
        let mut i = 0;
        while i < b.len() {
            bytes[i] = b[i];
            i += 1;
        }
        Lang { len: b.len() as u8, bytes }
    }

    /// A language tag as a folder or `--lang` gives it: letters, digits and `-`, starting
    /// with two or three letters, at most [`Lang::MAX`] long. Lower-cased.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim();
        let first = s.split('-').next().unwrap_or("");
        let ok = (2..=3).contains(&first.len())
            && first.bytes().all(|b| b.is_ascii_alphabetic())
            && s.len() <= Lang::MAX
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !s.ends_with('-');
        ok.then(|| {
            let mut l = Lang::of(s);
            l.bytes.make_ascii_lowercase();
            l
        })
    }

    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("und")
    }

    /// The language of a locale name (`nb_NO.UTF-8`, `en-GB`, `de`), among `have`: the
    /// language itself if it has a folder; `no`/`nn` -> the default when they have none;
    /// any other language -> [`Lang::FOREIGN`] (else the default). `C`, `POSIX` and empty
    /// -> None (use the default).
    pub fn from_locale(s: &str, have: &[Lang]) -> Option<Lang> {
        let lang = s.trim().split(['_', '-', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        if matches!(lang.as_str(), "" | "c" | "posix") {
            return None;
        }
        if let Some(l) = Lang::parse(&lang).filter(|l| have.contains(l)) {
            return Some(l);
        }
        if Lang::ALIASES.contains(&lang.as_str()) {
            return Some(Lang::DEFAULT);
        }
        Some(if have.contains(&Lang::FOREIGN) { Lang::FOREIGN } else { Lang::DEFAULT })
    }

    /// The language from LC_ALL, LC_MESSAGES, LANG (the first that is set and not empty,
    /// as POSIX does), else the default.
    pub fn from_env_with(get: impl Fn(&str) -> Option<String>, have: &[Lang]) -> Lang {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(v) = get(var).filter(|v| !v.trim().is_empty()) {
                return Lang::from_locale(&v, have).unwrap_or(Lang::DEFAULT);
            }
        }
        Lang::DEFAULT
    }

    pub fn from_env(have: &[Lang]) -> Lang {
        Lang::from_env_with(|k| std::env::var(k).ok(), have)
    }

    /// The language `--lang CODE` asks for, among `have`: the code itself if it has a
    /// folder; `no`/`nn` -> the default when they have none. None: no such language.
    pub fn pick(code: &str, have: &[Lang]) -> Option<Lang> {
        let l = Lang::parse(code)?;
        if have.contains(&l) {
            return Some(l);
        }
        (Lang::ALIASES.contains(&l.code()) && have.contains(&Lang::DEFAULT)).then_some(Lang::DEFAULT)
    }

    /// What to read `self`'s text in, in order: itself, then the default.
    pub fn fallbacks(self) -> Vec<Lang> {
        if self == Lang::DEFAULT { vec![self] } else { vec![self, Lang::DEFAULT] }
    }

    fn langid(self) -> LanguageIdentifier {
        self.code().parse().unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Languages in the order the tool lists them: the default first, then by code.
pub fn ordered(mut langs: Vec<Lang>) -> Vec<Lang> {
    langs.sort_by_key(|l| (*l != Lang::DEFAULT, *l));
    langs.dedup();
    langs
}

/// A message for the user, not yet in a language: a Fluent id and its arguments. Errors
/// say what they mean through one of these (never through `Debug`); [`Texts::msg`] puts
/// it into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Msg {
    /// The message `id` without arguments.
    pub fn new(id: &'static str) -> Msg {
        Msg { id, args: Vec::new() }
    }

    /// The message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Msg {
        self.args.push((name, value.into()));
        self
    }
}

/// A `.ftl` file: its display name and text.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub lang: Lang,
    pub name: String,
    pub text: FtlText,
}

/// The text of a `.ftl` file: the embedded files are borrowed (nothing is copied until a
/// language is parsed); a file read at run time is shared with the loader's copy
/// ([`crate::diag::SrcFile`]), so a large `--locales` folder is held once.
#[derive(Debug, Clone)]
pub enum FtlText {
    Static(&'static str),
    Shared(std::sync::Arc<str>),
}

impl std::ops::Deref for FtlText {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            FtlText::Static(s) => s,
            FtlText::Shared(s) => s,
        }
    }
}

impl PartialEq for FtlText {
    fn eq(&self, other: &FtlText) -> bool {
        **self == **other
    }
}

impl From<&'static str> for FtlText {
    fn from(s: &'static str) -> FtlText {
        FtlText::Static(s)
    }
}

impl From<String> for FtlText {
    fn from(s: String) -> FtlText {
        FtlText::Shared(s.into())
    }
}

impl FtlFile {
    /// The tool's own messages (`ui.ftl`, `ui-*.ftl`), as opposed to content.
    pub fn is_tool(&self) -> bool {
        Self::is_tool_name(&self.name)
    }
    /// A file of the tool's own messages, by its name (`ui.ftl`, `ui-*.ftl`).
    pub fn is_tool_name(name: &str) -> bool {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        base == "ui.ftl" || base.starts_with("ui-")
    }
}

/// The embedded `.ftl` files (generated by build.rs from every folder of `locales/`).
pub fn embedded_ftl() -> Vec<FtlFile> {
    crate::embedded::LOCALES
        .iter()
        .filter_map(|(code, name, text)| {
            let lang = Lang::parse(code)?;
            Some(FtlFile { lang, name: format!("locales/{code}/{name}"), text: FtlText::Static(text) })
        })
        .collect()
}

/// The languages embedded in the binary, the default first.
pub fn embedded_langs() -> Vec<Lang> {
    ordered(embedded_ftl().into_iter().map(|f| f.lang).collect())
}

/// One language's messages: its files parsed, in order (a later message with the same
/// id replaces an earlier one), the first time the language is asked for.
struct Locale {
    lang: Lang,
    sources: Vec<FtlText>,
    bundle: OnceCell<FluentBundle<FluentResource>>,
}

impl Locale {
    fn new(lang: Lang, sources: Vec<FtlText>) -> Locale {
        Locale { lang, sources, bundle: OnceCell::new() }
    }

    fn bundle(&self) -> &FluentBundle<FluentResource> {
        self.bundle.get_or_init(|| {
            let mut b = FluentBundle::new(vec![self.lang.langid()]);
            b.set_use_isolating(false);
            // Only fails if a function of the same name exists; this bundle is new.
            let _ = b.add_builtins();
            for text in &self.sources {
                // A file with a syntax error adds what parsed; the checker reports the rest.
                let res = match FluentResource::try_new(text.to_string()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                b.add_resource_overriding(res);
            }
            b
        })
    }
}

/// The messages of every language loaded, each looked up in the language asked for and
/// then in its fallbacks ([`Lang::fallbacks`]).
pub struct Texts {
    locales: Vec<Locale>,
}

impl fmt::Debug for Texts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Texts({:?})", self.langs())
    }
}

impl Texts {
    /// The tool's embedded messages only: what is needed to speak before anything else
    /// has been loaded (errors about a `--locales` folder, say).
    pub fn tool() -> Texts {
        Texts::build(embedded_ftl().into_iter().filter(FtlFile::is_tool).collect())
    }

    /// Embedded tool messages, then `files` on top (a later message with the same id
    /// replaces an earlier one). The languages are those of `files` (a `--locales`
    /// folder decides which there are); with no files, those of the tool's messages.
    pub fn with(files: &[FtlFile]) -> Texts {
        let have: Vec<Lang> = files.iter().map(|f| f.lang).collect();
        // (An embedded file that `files` carries as it is comes once, from `files`.)
        let mut all: Vec<FtlFile> = embedded_ftl()
            .into_iter()
            .filter(|f| f.is_tool() && (have.is_empty() || have.contains(&f.lang)))
            .filter(|f| !files.iter().any(|g| g.lang == f.lang && g.text == f.text))
            .collect();
        all.extend(files.iter().cloned());
        Texts::build(all)
    }

    fn build(files: Vec<FtlFile>) -> Texts {
        let mut locales: Vec<Locale> = Vec::new();
        for f in files {
            match locales.iter_mut().find(|l| l.lang == f.lang) {
                Some(l) => l.sources.push(f.text),
                None => locales.push(Locale::new(f.lang, vec![f.text])),
            }
        }
        locales.sort_by_key(|l| (l.lang != Lang::DEFAULT, l.lang));
        Texts { locales }
    }

    /// The languages there are, the default first.
    pub fn langs(&self) -> Vec<Lang> {
        self.locales.iter().map(|l| l.lang).collect()
    }

    /// The language after `lang` in [`Texts::langs`], round to the first.
    pub fn next_lang(&self, lang: Lang) -> Lang {
        let all = self.langs();
        let i = all.iter().position(|l| *l == lang).map_or(0, |i| i + 1);
        all.get(i % all.len().max(1)).copied().unwrap_or(lang)
    }

    fn locale(&self, lang: Lang) -> Option<&Locale> {
        self.locales.iter().find(|l| l.lang == lang)
    }

    /// Formats message `id` of `lang`, else of its fallbacks (the first that has it with
    /// a value): its value, or what `part` picks from it (an attribute). None where no
    /// language has the message, or `part` gives nothing.
    fn format(
        &self,
        lang: Lang,
        id: &str,
        part: impl for<'m> FnOnce(&FluentMessage<'m>) -> Option<&'m Pattern<&'m str>>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        for l in lang.fallbacks() {
            let Some(loc) = self.locale(l) else { continue };
            let b = loc.bundle();
            let Some(m) = b.get_message(id).filter(|m| m.value().is_some()) else { continue };
            let pattern = part(&m)?;
            let mut errors = Vec::new();
            let s = b.format_pattern(pattern, args, &mut errors);
            // Formatting errors (a missing argument) leave `{$x}` in the text: visible,
            // not fatal. Isolation marks are off, but strip any that a file carries
            // literally; anything else that could steer a terminal is made visible.
            return Some(crate::safe::visible(&s.replace(['\u{2068}', '\u{2069}'], "")).into_owned());
        }
        None
    }

    /// Whether `lang` itself (no fallback) has message `id`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.locale(lang).is_some_and(|loc| loc.bundle().get_message(id).and_then(|m| m.value()).is_some())
    }

    /// The message `id` in `lang` (or its fallback); `[id]` if it is missing.
    pub fn get(&self, lang: Lang, id: &str) -> String {
        self.fmt(lang, id, &[])
    }

    /// The message `id` with arguments.
    pub fn fmt(&self, lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
        let fa = fluent_args(args);
        self.format(lang, id, |m| m.value(), fa.as_ref()).unwrap_or_else(|| format!("[{id}]"))
    }

    /// A [`Msg`] in `lang`.
    pub fn msg(&self, lang: Lang, m: &Msg) -> String {
        let args: Vec<(&str, &str)> = m.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.fmt(lang, m.id, &args)
    }

    /// The message `id`, or in discreet mode its `.discreet` attribute where it has one:
    /// the same meaning in words that do not name the topic to someone reading along.
    pub fn pick(&self, lang: Lang, id: &str, discreet: bool) -> String {
        self.fmt_pick(lang, id, discreet, &[])
    }

    /// [`Texts::pick`] with arguments.
    pub fn fmt_pick(&self, lang: Lang, id: &str, discreet: bool, args: &[(&str, &str)]) -> String {
        let fa = fluent_args(args);
        discreet
            .then(|| self.format(lang, id, |m| m.get_attribute("discreet").map(|a| a.value()), fa.as_ref()))
            .flatten()
            .unwrap_or_else(|| self.fmt(lang, id, args))
    }

    /// A message with a number argument (plurals select on it).
    pub fn fmt_n(&self, lang: Lang, id: &str, name: &str, n: usize) -> String {
        let mut fa = FluentArgs::new();
        fa.set(name, FluentValue::from(n));
        self.format(lang, id, |m| m.value(), Some(&fa)).unwrap_or_else(|| format!("[{id}]"))
    }
}

fn fluent_args<'a>(args: &[(&'a str, &'a str)]) -> Option<FluentArgs<'a>> {
    (!args.is_empty()).then(|| {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, FluentValue::from(*v));
        }
        fa
    })
}

/// Where Fluent text nests deeper than `limit`: the byte offset of the `{` (or, inside
/// a placeable, the `(`) that goes one level too deep. Fluent's parser recurses on each,
/// and some thousands of them overflow the stack (an abort, not a panic), so a file
/// that nests too deep is refused before it is parsed. Counts every brace, in string
/// literals too, and never resets: it may refuse a broken file early, never let a deep
/// one through.
pub fn ftl_too_deep(text: &str, limit: usize) -> Option<usize> {
    let (mut braces, mut parens) = (0usize, 0usize);
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'{' => braces += 1,
            b'}' => braces = braces.saturating_sub(1),
            b'(' if braces > 0 => parens += 1,
            b')' => parens = parens.saturating_sub(1),
            _ => continue,
        }
        if braces + parens > limit {
            return Some(i);
        }
    }
    None
}

/// Calls `f` on every inline expression of `pattern`, at any depth: in placeables, in
/// the selector and the variants of a select, and in the arguments of functions and
/// terms. The one walk over a pattern for [`placeables`] and the checker's message
/// references.
pub fn each_inline<'t>(
    pattern: &fluent_syntax::ast::Pattern<&'t str>,
    f: &mut dyn FnMut(&fluent_syntax::ast::InlineExpression<&'t str>),
) {
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
    type Visit<'a, 't> = &'a mut dyn FnMut(&InlineExpression<&'t str>);
    fn inline<'t>(e: &InlineExpression<&'t str>, f: Visit<'_, 't>) {
        f(e);
        match e {
            InlineExpression::FunctionReference { arguments, .. }
            | InlineExpression::TermReference { arguments: Some(arguments), .. } => {
                for a in &arguments.positional {
                    inline(a, f);
                }
                for a in &arguments.named {
                    inline(&a.value, f);
                }
            }
            InlineExpression::Placeable { expression } => expr(expression, f),
            _ => {}
        }
    }
    fn expr<'t>(e: &Expression<&'t str>, f: Visit<'_, 't>) {
        match e {
            Expression::Inline(i) => inline(i, f),
            Expression::Select { selector, variants } => {
                inline(selector, f);
                for v in variants {
                    pat(&v.value, f);
                }
            }
        }
    }
    fn pat<'t>(p: &Pattern<&'t str>, f: Visit<'_, 't>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                expr(expression, f);
            }
        }
    }
    pat(pattern, f);
}

/// What a message refers to: variables (`$x`), messages and terms (`-t`). Two locales
/// must agree on this for each message.
pub fn placeables(pattern: &fluent_syntax::ast::Pattern<&str>) -> BTreeSet<String> {
    use fluent_syntax::ast::InlineExpression;
    let mut out = BTreeSet::new();
    each_inline(pattern, &mut |e| match e {
        InlineExpression::VariableReference { id } => {
            out.insert(format!("${}", id.name));
        }
        InlineExpression::MessageReference { id, .. } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, .. } => {
            out.insert(format!("-{}", id.name));
        }
        _ => {}
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NB: Lang = Lang::of("nb");
    const EN: Lang = Lang::of("en");
    const NN: Lang = Lang::of("nn");

    #[test]
    fn locale_names_map_to_a_language_there_is() {
        let have = [NB, EN];
        for s in ["nb", "no", "nn", "nb_NO.UTF-8", "nn_NO", "no_NO.ISO-8859-1", "NB", "nb-NO"] {
            assert_eq!(Lang::from_locale(s, &have), Some(NB), "{s}");
        }
        for s in ["en_GB.UTF-8", "en", "de_DE", "sv_SE.UTF-8", "fr"] {
            assert_eq!(Lang::from_locale(s, &have), Some(EN), "{s}");
        }
        for s in ["C", "POSIX", "", "C.UTF-8"] {
            assert_eq!(Lang::from_locale(s, &have), None, "{s}");
        }
        // With an nn folder, nn is its own language; no still means the default.
        let have = [NB, EN, NN];
        assert_eq!(Lang::from_locale("nn_NO.UTF-8", &have), Some(NN));
        assert_eq!(Lang::from_locale("no_NO", &have), Some(NB));
        // A third language with a folder is taken as it is.
        let se = Lang::of("se");
        assert_eq!(Lang::from_locale("se_NO.UTF-8", &[NB, EN, se]), Some(se));
        // No English folder: a foreign locale gets the default.
        assert_eq!(Lang::from_locale("de_DE", &[NB, se]), Some(NB));
    }

    #[test]
    fn language_tags_are_checked() {
        for ok in ["nb", "en", "sma", "nn-NO", "EN"] {
            assert!(Lang::parse(ok).is_some(), "{ok}");
        }
        for bad in ["", "n", "nbnb", "../x", "nb-", "n1", "en GB", "a-very-long-tag"] {
            assert_eq!(Lang::parse(bad), None, "{bad}");
        }
        assert_eq!(Lang::parse("EN"), Some(EN));
        assert_eq!(Lang::parse("nn-NO").map(|l| l.code().to_string()).as_deref(), Some("nn-no"));
    }

    #[test]
    fn environment_order_is_lc_all_lc_messages_lang() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
        };
        let have = [NB, EN];
        assert_eq!(Lang::from_env_with(env(&[("LANG", "en_GB.UTF-8")]), &have), EN);
        assert_eq!(Lang::from_env_with(env(&[("LC_ALL", "nb_NO.UTF-8"), ("LANG", "en_US")]), &have), NB);
        assert_eq!(Lang::from_env_with(env(&[("LC_MESSAGES", "de_DE"), ("LANG", "nb_NO")]), &have), EN);
        assert_eq!(Lang::from_env_with(env(&[("LC_ALL", ""), ("LANG", "en_GB")]), &have), EN);
        assert_eq!(Lang::from_env_with(env(&[("LANG", "C")]), &have), NB);
        assert_eq!(Lang::from_env_with(env(&[]), &have), NB);
    }

    #[test]
    fn a_missing_message_falls_back_to_the_default_language_only() {
        let files = vec![
            FtlFile { lang: NB, name: "nb.ftl".into(), text: "both = Hei\nonly-nb = Bare norsk\n".into() },
            FtlFile { lang: EN, name: "en.ftl".into(), text: "both = Hello\nonly-en = Hello\n".into() },
        ];
        let t = Texts::with(&files);
        assert_eq!(t.get(EN, "both"), "Hello");
        assert_eq!(t.get(EN, "only-nb"), "Bare norsk", "English falls back to the default");
        assert_eq!(t.get(NB, "only-en"), "[only-en]", "the default has no fallback");
        assert!(!t.has(EN, "only-nb"), "has() asks the language itself");
        assert_eq!(t.langs(), vec![NB, EN]);
        assert_eq!(t.next_lang(NB), EN);
        assert_eq!(t.next_lang(EN), NB);
    }

    #[test]
    fn the_languages_are_those_of_the_files() {
        let se = Lang::of("se");
        let files = vec![
            FtlFile { lang: se, name: "se.ftl".into(), text: "x = X\n".into() },
            FtlFile { lang: NB, name: "nb.ftl".into(), text: "x = X\n".into() },
        ];
        let t = Texts::with(&files);
        assert_eq!(t.langs(), vec![NB, se], "the default first; no English without English files");
        assert_eq!(t.next_lang(se), NB);
        // The tool's own messages come with the embedded default's words.
        assert!(!t.get(se, "cli-about").starts_with('['));
    }

    #[test]
    fn no_isolation_marks_around_arguments() {
        let files = vec![FtlFile { lang: EN, name: "x.ftl".into(), text: "hi = Hi { $name }!\n".into() }];
        let t = Texts::with(&files);
        let s = t.fmt(EN, "hi", &[("name", "Kari")]);
        assert_eq!(s, "Hi Kari!");
    }

    #[test]
    fn discreet_mode_takes_the_discreet_attribute_where_there_is_one() {
        let text = "a = Victim of { $x }\n    .discreet = A person and { $x }\nb = Plain\nc = C\n    .discreet = \u{1b}[31mred\n";
        let t = Texts::with(&[FtlFile { lang: EN, name: "x.ftl".into(), text: text.into() }]);
        assert_eq!(t.fmt_pick(EN, "a", false, &[("x", "y")]), "Victim of y");
        assert_eq!(t.fmt_pick(EN, "a", true, &[("x", "y")]), "A person and y");
        assert_eq!(t.pick(EN, "b", true), "Plain", "no attribute: the message");
        assert_eq!(t.pick(EN, "missing", true), "[missing]");
        // An escape in an attribute never reaches the terminal raw.
        assert!(!t.pick(EN, "c", true).contains('\u{1b}'));
    }
    #[test]
    fn messages_terms_and_selects_are_found_where_fluent_finds_them() {
        let text = "\u{feff}# A comment\nhello = Hi\n    there\n\n    again\n-term = T\n    .x = y\nsel = { $n ->\n[one] one\n   *[other] many\n}\n## Section\nlast={ -term }";
        let t = Texts::with(&[FtlFile { lang: EN, name: "x.ftl".into(), text: text.into() }]);
        assert_eq!(t.get(EN, "last"), "T", "a term a message uses");
        assert_eq!(t.fmt_n(EN, "sel", "n", 1), "one");
        assert_eq!(t.fmt_n(EN, "sel", "n", 5), "many");
        assert_eq!(t.get(EN, "hello"), "Hi\nthere\n\nagain");
        // A later file replaces a message of an earlier one.
        let later = FtlFile { lang: EN, name: "y.ftl".into(), text: "hello = Hello\n".into() };
        let t = Texts::with(&[FtlFile { lang: EN, name: "x.ftl".into(), text: text.into() }, later]);
        assert_eq!(t.get(EN, "hello"), "Hello");
        assert_eq!(t.get(EN, "last"), "T");
    }
}
