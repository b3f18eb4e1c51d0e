//! The handbook as one self-contained HTML file.

use super::*;

/// Text for HTML (content and attribute values alike).
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn html_blocks(o: &mut String, bs: &[Block]) {
    let mut in_list = false;
    for b in bs {
        match b {
            Block::Bullet(s) => {
                if !in_list {
                    o.push_str("<ul>\n");
                    in_list = true;
                }
                o.push_str(&format!("<li>{}</li>\n", html_escape(strip_bullet(s))));
            }
            Block::Text(s) => {
                if in_list {
                    o.push_str("</ul>\n");
                    in_list = false;
                }
                o.push_str(&format!("<p>{}</p>\n", html_escape(s)));
            }
            Block::Gap => {}
        }
    }
    if in_list {
        o.push_str("</ul>\n");
    }
}

fn html_extras(w: &Words, when: &Option<String>, sets: &[String], duties: &[String]) -> String {
    let mut s = String::new();
    if let Some(c) = when {
        s.push_str(&format!(" <span class=\"cond\">({} {})</span>", html_escape(&w.when), html_escape(c)));
    }
    if !sets.is_empty() {
        let f: Vec<String> = sets.iter().map(|x| html_escape(x)).collect();
        s.push_str(&format!(" <span class=\"sets\">({} {})</span>", html_escape(&w.sets), f.join("; ")));
    }
    for d in duties {
        s.push_str(&format!(" <strong class=\"duty\">{}</strong>", html_escape(d)));
    }
    s
}

const CSS: &str = "body{font-family:Georgia,'Times New Roman',serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.45;color:#111;background:#fff}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif;line-height:1.2}
h2{border-bottom:2px solid #111;padding-bottom:.2em;margin-top:2em}
h3{margin:1.5em 0 .4em}
code{font-family:'DejaVu Sans Mono',Menlo,monospace;font-size:.9em}
.id,.kind{font-weight:normal;font-size:.8em;color:#444}
.node{border-left:3px solid #999;padding-left:.8em;margin-bottom:1.2em}
.node.outcome{border-left:6px double #111}
.node.raises{border-left:6px solid #b3261e}
.why{border:1px solid #bbb;padding:.3em .8em;margin:.6em 0;background:#f6f6f6}
.duty{color:#b3261e}
.label{font-weight:bold}
.source{font-size:.85em;color:#333;font-style:italic}
.version{font-size:.9em}
ul{margin:.3em 0 .6em}
@media print{body{max-width:none;margin:0;font-size:11pt}section.flow{break-before:page;page-break-before:always}.node{break-inside:avoid;page-break-inside:avoid}h2,h3{break-after:avoid;page-break-after:avoid}.why{background:none}a{color:inherit;text-decoration:none}}";

/// The handbook as one self-contained HTML file.
pub fn html(h: &Handbook) -> String {
    let w = &h.words;
    let e = html_escape;
    let mut o = String::new();
    o.push_str("<!DOCTYPE html>\n");
    o.push_str(&format!("<!-- {} -->\n", w.version.replace("--", "- -")));
    o.push_str(&format!("<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", e(&w.lang)));
    o.push_str(&format!("<meta name=\"generator\" content=\"{}\">\n", e(&w.version)));
    o.push_str(&format!("<title>{}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n", e(&w.title)));
    o.push_str(&format!(
        "<header>\n<h1>{}</h1>\n<p class=\"version\">{}</p>\n<p>{}</p>\n",
        e(&w.title),
        e(&w.version),
        e(&w.intro)
    ));
    o.push_str(&format!("<nav>\n<h2>{}</h2>\n<ol>\n", e(&w.contents)));
    for f in &h.flows {
        o.push_str(&format!("<li><a href=\"#flow-{}\">{}</a> <code>{}</code></li>\n", e(&f.id), e(&f.title), e(&f.id)));
    }
    o.push_str("</ol>\n</nav>\n</header>\n<main>\n");
    for (i, f) in h.flows.iter().enumerate() {
        o.push_str(&format!("<section class=\"flow\" id=\"flow-{}\">\n", e(&f.id)));
        o.push_str(&format!(
            "<h2>{}. {} <span class=\"id\"><code>{}</code></span></h2>\n",
            i + 1,
            e(&f.title),
            e(&f.id)
        ));
        if let Some(d) = &f.description {
            o.push_str(&format!("<p><em>{}</em></p>\n", e(d)));
        }
        for (j, n) in f.nodes.iter().enumerate() {
            let mut class = String::from("node");
            if n.outcome {
                class.push_str(" outcome");
            }
            if !n.duties.is_empty() {
                class.push_str(" raises");
            }
            o.push_str(&format!("<article class=\"{class}\" id=\"node-{}-{}\">\n", e(&f.id), e(&n.id)));
            o.push_str(&format!(
                "<h3>{}.{} {} <span class=\"id\"><code>{}</code></span> <span class=\"kind\">({})</span></h3>\n",
                i + 1,
                j + 1,
                e(&n.title),
                e(&n.id),
                e(&n.kind)
            ));
            if let Some((c, (title, id))) = &n.when {
                o.push_str(&format!(
                    "<p><em>{}</em> {} → {} <code>{}</code></p>\n",
                    e(&w.only_when),
                    e(c),
                    e(title),
                    e(id)
                ));
            }
            html_blocks(&mut o, &n.text);
            if !n.why.is_empty() {
                o.push_str(&format!("<div class=\"why\">\n<p class=\"label\">{}</p>\n", e(&w.why)));
                html_blocks(&mut o, &n.why);
                o.push_str("</div>\n");
            }
            if !n.sets.is_empty() {
                let f: Vec<String> = n.sets.iter().map(|x| e(x)).collect();
                o.push_str(&format!("<p>{} {}</p>\n", e(&w.sets), f.join("; ")));
            }
            if !n.duties.is_empty() {
                o.push_str(&format!("<p class=\"label duty\">{}</p>\n<ul>\n", e(&w.duties_raised)));
                for d in &n.duties {
                    o.push_str(&format!("<li><strong class=\"duty\">{}</strong>: {}</li>\n", e(&d.title), e(&d.text)));
                }
                o.push_str("</ul>\n");
            }
            if !n.choices.is_empty() {
                o.push_str(&format!("<p class=\"label\">{}</p>\n<ul>\n", e(&w.choices)));
                for c in &n.choices {
                    o.push_str(&format!(
                        "<li>{} → {} <code>{}</code>{}</li>\n",
                        e(&c.label),
                        e(&c.to.0),
                        e(&c.to.1),
                        html_extras(w, &c.when, &c.sets, &c.duties)
                    ));
                }
                o.push_str("</ul>\n");
            }
            if !n.items.is_empty() {
                o.push_str(&format!("<p class=\"label\">{}</p>\n<ul>\n", e(&w.items)));
                for it in &n.items {
                    o.push_str(&format!("<li>☐ {}{}</li>\n", e(&it.label), html_extras(w, &it.when, &it.sets, &[])));
                }
                o.push_str("</ul>\n");
            }
            if let Some((title, id)) = &n.call {
                o.push_str(&format!(
                    "<p><span class=\"label\">{}</span> <a href=\"#flow-{}\">{}</a> <code>{}</code></p>\n",
                    e(&w.call),
                    e(id),
                    e(title),
                    e(id)
                ));
            }
            if let Some((title, id)) = &n.next {
                o.push_str(&format!(
                    "<p><span class=\"label\">{}</span> {} <code>{}</code></p>\n",
                    e(&w.next),
                    e(title),
                    e(id)
                ));
            }
            if !n.actions.is_empty() {
                o.push_str(&format!("<p class=\"label\">{}</p>\n<ul>\n", e(&w.actions)));
                for a in &n.actions {
                    o.push_str(&format!(
                        "<li><em>{}</em>: {}{}</li>\n",
                        e(&a.group),
                        e(&a.text),
                        html_extras(w, &a.when, &[], &[])
                    ));
                }
                o.push_str("</ul>\n");
            }
            if !n.contacts.is_empty() {
                o.push_str(&format!("<p class=\"label\">{}</p>\n<ul>\n", e(&w.contacts)));
                for c in &n.contacts {
                    let phone = c.contact.phone.as_deref().map(|p| format!(", {}", e(p))).unwrap_or_default();
                    o.push_str(&format!(
                        "<li>{}{}{}</li>\n",
                        e(&c.contact.name),
                        phone,
                        html_extras(w, &c.when, &[], &[])
                    ));
                }
                o.push_str("</ul>\n");
            }
            if n.is_final {
                o.push_str(&format!("<p><strong>{}</strong></p>\n", e(&w.is_final)));
            }
            o.push_str(&format!("<p class=\"source\">{}</p>\n</article>\n", e(&n.source)));
        }
        o.push_str("</section>\n");
    }
    o.push_str(&format!("<section class=\"flow\" id=\"duties\">\n<h2>{}</h2>\n<ul>\n", e(&w.duties)));
    for d in &h.duties {
        o.push_str(&format!("<li><strong class=\"duty\">{}</strong>: {}</li>\n", e(&d.title), e(&d.text)));
    }
    o.push_str("</ul>\n</section>\n");
    o.push_str(&format!("<section class=\"flow\" id=\"contacts\">\n<h2>{}</h2>\n", e(&w.directory)));
    for (c, lines) in h.contacts.iter().zip(&h.contact_details) {
        o.push_str(&format!("<h3>{}</h3>\n<ul>\n", e(&c.name)));
        for l in lines {
            o.push_str(&format!("<li>{}</li>\n", e(l)));
        }
        o.push_str("</ul>\n");
    }
    o.push_str("</section>\n");
    o.push_str(&format!("<section id=\"documents\">\n<h2>{}</h2>\n<ul>\n", e(&w.documents)));
    for d in &h.documents {
        o.push_str(&format!("<li>{}</li>\n", e(d)));
    }
    o.push_str("</ul>\n</section>\n</main>\n</body>\n</html>\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escape_leaves_no_tag() {
        assert_eq!(
            html_escape("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }
}
