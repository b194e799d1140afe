//! Article extraction from a saved HTML page (native builds only; the extension and the
//! demo page do this in the browser with Mozilla Readability).
//!
//! Uses `dom_smoothie`, a Rust port of Readability: the main article's text, the headline
//! first and paragraphs separated by blank lines (the shape `analyze` expects), plus the
//! published date from the page's metadata.

use dom_smoothie::{Config, Readability, TextMode};

/// The article found in an HTML page.
#[derive(Debug, Clone)]
pub struct Extracted {
    /// Headline, a blank line, then the body's paragraphs separated by blank lines.
    pub text: String,
    /// `YYYY-MM-DD` from `article:published_time`, JSON-LD `datePublished`, etc., if any.
    pub published: Option<String>,
    /// `YYYY-MM-DD` from JSON-LD `dateModified` (what `dom_smoothie` reads), if any: shown, never
    /// the anchor of relative dates while `published` is there.
    pub updated: Option<String>,
    /// The site's name from the page's metadata (`og:site_name`, …), if any.
    pub site_name: Option<String>,
}

/// Extracts the article of `html`; errors when no article can be found.
pub fn extract_article(html: &str) -> Result<Extracted, String> {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Default::default()
    };
    let mut r =
        Readability::new(html, None, Some(cfg)).map_err(|e| format!("cannot parse HTML: {e}"))?;
    let article = r
        .parse()
        .map_err(|e| format!("no article found in the HTML page: {e}"))?;
    let body = normalise_paragraphs(&article.text_content);
    let title = headline(&article.title);
    let text = if title.is_empty() || body.starts_with(title) {
        body
    } else {
        format!("{title}\n\n{body}")
    };
    let published = article
        .published_time
        .as_deref()
        .and_then(|p| crate::parse_published(p).ok())
        .map(|d| d.format("%Y-%m-%d").to_string());
    let updated = article
        .modified_time
        .or_else(|| modified_meta(html))
        .as_deref()
        .and_then(|p| crate::parse_published(p).ok())
        .map(|d| d.format("%Y-%m-%d").to_string());
    let site_name = article
        .site_name
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    Ok(Extracted {
        text,
        published,
        updated,
        site_name,
    })
}

/// `<meta property="article:modified_time" content="…">`: dom_smoothie reads the modified
/// time from `name=` and JSON-LD only, while publishers write Open Graph's `property=`. The
/// page is parsed again only when it names the key at all.
fn modified_meta(html: &str) -> Option<String> {
    if !html.contains("article:modified_time") {
        return None;
    }
    let doc = dom_query::Document::from(html);
    let content = doc
        .select(r#"meta[property="article:modified_time"]"#)
        .attr("content")?;
    let content = content.trim();
    (!content.is_empty()).then(|| content.to_string())
}

/// The page title without the site name: "Big news | Site" → "Big news" (the part before
/// the first separator, when it has at least two words).
fn headline(title: &str) -> &str {
    let title = title.trim();
    for sep in [" | ", " – ", " — ", " - ", " :: ", " » ", " · "] {
        if let Some(i) = title.find(sep) {
            let first = title[..i].trim();
            if first.split_whitespace().count() >= 2 {
                return first;
            }
        }
    }
    title
}

/// One paragraph per non-blank line, separated by one blank line; inner runs of spaces
/// collapsed.
fn normalise_paragraphs(s: &str) -> String {
    let paras: Vec<String> = s
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    paras.join("\n\n")
}

/// Does this look like an HTML document (rather than plain text)?
pub fn looks_like_html(s: &str) -> bool {
    let head = s
        .trim_start()
        .get(..512.min(s.trim_start().len()))
        .unwrap_or("");
    let head = head.to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_title_paragraphs_and_date() {
        let html = r#"<!doctype html><html><head><title>Big news | Site</title>
<meta property="article:published_time" content="2020-05-04T10:00:00Z">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "dateModified": "2020-05-06T08:30:00Z"}</script></head>
<body><nav><a href="/">Home</a> <a href="/w">World</a></nav>
<article><h1>Big news</h1>
<p>The minister said on Sunday that the bridge over the river would reopen next month after repairs.</p>
<p>Engineers told local media the work had cost more than expected, according to the ministry of transport.</p>
<p>The bridge links two districts of the capital and carries thousands of cars every day of the week.</p>
</article><footer>Copyright</footer></body></html>"#;
        let a = extract_article(html).unwrap();
        assert!(
            a.text.starts_with("Big news\n\nThe minister said"),
            "{}",
            a.text
        );
        assert!(a.text.contains("repairs.\n\nEngineers"), "{}", a.text);
        assert!(!a.text.contains("Copyright"));
        assert_eq!(a.published.as_deref(), Some("2020-05-04"));
        assert_eq!(a.updated.as_deref(), Some("2020-05-06"));
        assert!(looks_like_html(html));
        assert!(!looks_like_html("The minister said <b> is a tag."));
    }
}
