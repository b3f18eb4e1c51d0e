//! A language: its tag, and which one to speak, from `--lang` or the environment.

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

    pub(super) fn langid(self) -> LanguageIdentifier {
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
}
