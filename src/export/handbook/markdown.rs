//! The handbook in Markdown.

use super::*;

/// Text for Markdown, on one line: every character that Markdown (or the HTML it may
/// carry) could read as inline syntax is escaped with a backslash, and so is a first
/// character that would start a heading, a list, a quote or a rule.
pub fn md_escape(s: &str) -> String {
    let one = s.replace(['\n', '\r'], " ");
    let one = one.trim();
    let mut out = String::with_capacity(one.len() + 8);
    let digits = one.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in one.chars().enumerate() {
        let inline = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!');
        let block_start =
            (i == 0 && matches!(c, '#' | '+' | '-' | '=')) || (i == digits && digits > 0 && matches!(c, '.' | ')'));
        if inline || block_start {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An identifier as code (they are made of letters, digits, `-`, spaces
/// and parentheses; anything else is escaped as text).
fn md_code(s: &str) -> String {
    if s.chars().all(|c| c.is_ascii_alphanumeric() || " -()_".contains(c)) && !s.is_empty() {
        format!("`{s}`")
    } else {
        md_escape(s)
    }
}

fn md_blocks(o: &mut String, bs: &[Block], indent: &str) {
    for b in bs {
        match b {
            Block::Text(s) => o.push_str(&format!("{indent}{}\n", md_escape(s))),
            Block::Bullet(s) => o.push_str(&format!("{indent}- {}\n", md_escape(strip_bullet(s)))),
            Block::Gap => o.push_str(&format!("{}\n", indent.trim_end())),
        }
    }
    o.push('\n');
}

fn md_extras(w: &Words, when: &Option<String>, sets: &[String], duties: &[String]) -> String {
    let mut s = String::new();
    if let Some(c) = when {
        s.push_str(&format!(" ({} {})", md_escape(&w.when), md_escape(c)));
    }
    if !sets.is_empty() {
        let f: Vec<String> = sets.iter().map(|x| md_escape(x)).collect();
        s.push_str(&format!(" ({} {})", md_escape(&w.sets), f.join("; ")));
    }
    for d in duties {
        s.push_str(&format!(" **{}**", md_escape(d)));
    }
    s
}

/// The handbook as Markdown (CommonMark).
pub fn markdown(h: &Handbook) -> String {
    let w = &h.words;
    let mut o = String::new();
    o.push_str(&format!("<!-- {} -->\n\n", w.version.replace("--", "- -")));
    o.push_str(&format!("# {}\n\n{}\n\n{}\n\n", md_escape(&w.title), md_escape(&w.version), md_escape(&w.intro)));
    o.push_str(&format!("## {}\n\n", md_escape(&w.contents)));
    for (i, f) in h.flows.iter().enumerate() {
        o.push_str(&format!("{}. {} ({})\n", i + 1, md_escape(&f.title), md_code(&f.id)));
    }
    o.push('\n');
    for (i, f) in h.flows.iter().enumerate() {
        o.push_str(&format!("## {}. {} ({})\n\n", i + 1, md_escape(&f.title), md_code(&f.id)));
        if let Some(d) = &f.description {
            o.push_str(&format!("*{}*\n\n", md_escape(d)));
        }
        for (j, n) in f.nodes.iter().enumerate() {
            o.push_str(&format!(
                "### {}.{} {} ({}, {})\n\n",
                i + 1,
                j + 1,
                md_escape(&n.title),
                md_code(&n.id),
                md_escape(&n.kind)
            ));
            if let Some((c, (title, id))) = &n.when {
                o.push_str(&format!(
                    "*{}* {} → {} ({})\n\n",
                    md_escape(&w.only_when),
                    md_escape(c),
                    md_escape(title),
                    md_code(id)
                ));
            }
            if !n.text.is_empty() {
                md_blocks(&mut o, &n.text, "");
            }
            if !n.why.is_empty() {
                o.push_str(&format!("> **{}**\n>\n", md_escape(&w.why)));
                md_blocks(&mut o, &n.why, "> ");
            }
            if !n.sets.is_empty() {
                let f: Vec<String> = n.sets.iter().map(|x| md_escape(x)).collect();
                o.push_str(&format!("{} {}\n\n", md_escape(&w.sets), f.join("; ")));
            }
            if !n.duties.is_empty() {
                o.push_str(&format!("**{}**\n\n", md_escape(&w.duties_raised)));
                for d in &n.duties {
                    o.push_str(&format!("- **{}**: {}\n", md_escape(&d.title), md_escape(&d.text)));
                }
                o.push('\n');
            }
            if !n.choices.is_empty() {
                o.push_str(&format!("**{}**\n\n", md_escape(&w.choices)));
                for c in &n.choices {
                    o.push_str(&format!(
                        "- {} → {} ({}){}\n",
                        md_escape(&c.label),
                        md_escape(&c.to.0),
                        md_code(&c.to.1),
                        md_extras(w, &c.when, &c.sets, &c.duties)
                    ));
                }
                o.push('\n');
            }
            if !n.items.is_empty() {
                o.push_str(&format!("**{}**\n\n", md_escape(&w.items)));
                for it in &n.items {
                    o.push_str(&format!(
                        "- \\[ \\] {}{}\n",
                        md_escape(&it.label),
                        md_extras(w, &it.when, &it.sets, &[])
                    ));
                }
                o.push('\n');
            }
            if let Some((title, id)) = &n.call {
                o.push_str(&format!("**{}** {} ({})\n\n", md_escape(&w.call), md_escape(title), md_code(id)));
            }
            if let Some((title, id)) = &n.next {
                o.push_str(&format!("**{}** {} ({})\n\n", md_escape(&w.next), md_escape(title), md_code(id)));
            }
            if !n.actions.is_empty() {
                o.push_str(&format!("**{}**\n\n", md_escape(&w.actions)));
                for a in &n.actions {
                    o.push_str(&format!(
                        "- *{}*: {}{}\n",
                        md_escape(&a.group),
                        md_escape(&a.text),
                        md_extras(w, &a.when, &[], &[])
                    ));
                }
                o.push('\n');
            }
            if !n.contacts.is_empty() {
                o.push_str(&format!("**{}**\n\n", md_escape(&w.contacts)));
                for c in &n.contacts {
                    let phone = c.contact.phone.as_deref().map(|p| format!(", {}", md_escape(p))).unwrap_or_default();
                    o.push_str(&format!(
                        "- {}{}{}\n",
                        md_escape(&c.contact.name),
                        phone,
                        md_extras(w, &c.when, &[], &[])
                    ));
                }
                o.push('\n');
            }
            if n.is_final {
                o.push_str(&format!("**{}**\n\n", md_escape(&w.is_final)));
            }
            o.push_str(&format!("*{}*\n\n", md_escape(&n.source)));
        }
    }
    o.push_str(&format!("## {}\n\n", md_escape(&w.duties)));
    for d in &h.duties {
        o.push_str(&format!("- **{}**: {}\n", md_escape(&d.title), md_escape(&d.text)));
    }
    o.push_str(&format!("\n## {}\n\n", md_escape(&w.directory)));
    for (c, lines) in h.contacts.iter().zip(&h.contact_details) {
        o.push_str(&format!("- **{}**\n", md_escape(&c.name)));
        for l in lines {
            o.push_str(&format!("  - {}\n", md_escape(l)));
        }
    }
    o.push_str(&format!("\n## {}\n\n", md_escape(&w.documents)));
    for d in &h.documents {
        o.push_str(&format!("- {}\n", md_escape(d)));
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn md_escape_leaves_no_markup() {
        let e = md_escape("# <b>x</b> [a](b) *c* | d\n- e");
        assert_eq!(e, "\\# \\<b\\>x\\</b\\> \\[a\\](b) \\*c\\* \\| d - e");
        assert_eq!(md_escape("12. May"), "12\\. May");
        assert_eq!(md_escape("- item"), "\\- item");
    }
}
