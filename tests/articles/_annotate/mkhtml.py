#!/usr/bin/env python3
"""Write tests/articles/<id>/article.html: a standalone news page around article.txt.

    python3 tests/articles/_annotate/mkhtml.py <id> [<id> ...]

The page's look comes from the HTML dict of specs/<id>.py (layout, outlet furniture, cookie
banner, comments, related links, publication meta). The article itself is article.txt
verbatim: line 1 -> <h1>, every following paragraph -> <p> (or <h2> for the paragraphs
listed in HTML["headings"]); inline "read more" boxes can be inserted between paragraphs.
No scripts, no external resources.
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.dirname(HERE)

LAYOUTS = {
    # name: (body font, accent colour, header background, header text colour)
    "wire": ("Arial,Helvetica,sans-serif", "#ff8000", "#fff", "#222"),
    "broadsheet": ("Georgia,'Times New Roman',serif", "#052962", "#052962", "#fff"),
    "tabloid": ("'Helvetica Neue',Arial,sans-serif", "#d0021b", "#d0021b", "#fff"),
    "agency": ("'Trebuchet MS',Arial,sans-serif", "#00539b", "#00539b", "#fff"),
    "local": ("Georgia,serif", "#2e6b30", "#fff", "#1d3b1e"),
    "explainer": ("'Segoe UI',Roboto,Arial,sans-serif", "#6a1b9a", "#fff", "#6a1b9a"),
    "court": ("Georgia,serif", "#7a1f1f", "#111", "#fff"),
    "science": ("'Segoe UI',Arial,sans-serif", "#00897b", "#00332e", "#e0f2f1"),
    "business": ("Arial,sans-serif", "#f3a712", "#000", "#fff"),
    "sports": ("'Arial Narrow',Arial,sans-serif", "#0b6e4f", "#0b6e4f", "#fff"),
    "gov": ("'Noto Sans',Arial,sans-serif", "#1d70b8", "#0b0c0c", "#fff"),
    "magazine": ("'Palatino Linotype',Palatino,serif", "#333", "#fafafa", "#111"),
    "tv": ("'Open Sans',Arial,sans-serif", "#e4002b", "#0a1f44", "#fff"),
    "factcheck": ("'Source Sans Pro',Arial,sans-serif", "#e85d04", "#fff", "#222"),
    "health": ("'Segoe UI',Roboto,Arial,sans-serif", "#0077b6", "#fff", "#03045e"),
    "liveblog": ("Arial,Helvetica,sans-serif", "#c70000", "#121212", "#fff"),
    "regional": ("Georgia,'Times New Roman',serif", "#8c2f0b", "#f5efe6", "#3b1f0e"),
    "indian": ("'Noto Serif',Georgia,serif", "#1a4f8b", "#fff", "#1a4f8b"),
    "election": ("'Franklin Gothic Medium',Arial,sans-serif", "#3a3a8c", "#fff", "#111"),
}

CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:%(font)s;color:#1b1b1b;background:#fff;line-height:1.5}
a{color:%(accent)s}
.skip-link{position:absolute;left:-9999px}
.topbar{background:#f4f4f4;font:12px Arial,sans-serif;color:#555;padding:4px 24px;display:flex;justify-content:space-between}
.site-header{background:%(hbg)s;color:%(hfg)s;padding:14px 24px;display:flex;align-items:baseline;justify-content:space-between;border-bottom:4px solid %(accent)s}
.site-header .brand{font-size:30px;font-weight:700;color:%(hfg)s;text-decoration:none;letter-spacing:-.5px}
.site-header .tagline{font:12px Arial,sans-serif;opacity:.8;margin-left:10px}
.site-header .tools a{color:%(hfg)s;font:13px Arial,sans-serif;margin-left:14px}
.site-nav ul{list-style:none;margin:0;padding:0 24px;display:flex;flex-wrap:wrap;gap:18px;border-bottom:1px solid #ddd;font:600 14px Arial,sans-serif}
.site-nav a{display:block;padding:10px 0;color:#222;text-decoration:none}
.site-nav li.active a{color:%(accent)s;border-bottom:3px solid %(accent)s}
.ticker{background:#111;color:#fff;font:13px Arial,sans-serif;padding:6px 24px}
.ticker strong{color:%(accent)s;margin-right:8px}
.ad-slot{background:#f2f2f2;color:#999;font:11px Arial,sans-serif;text-align:center;padding:28px 0;margin:16px auto;max-width:970px;text-transform:uppercase;letter-spacing:1px}
.layout{display:flex;gap:40px;max-width:1120px;margin:0 auto;padding:0 24px}
main{flex:1 1 auto;max-width:740px}
.breadcrumb{font:12px Arial,sans-serif;color:#666;margin:16px 0 0}
.breadcrumb a{color:#666}
.kicker{font:700 12px Arial,sans-serif;text-transform:uppercase;color:%(accent)s;letter-spacing:1px;margin-top:18px}
h1.headline{font-size:34px;line-height:1.15;margin:8px 0 12px}
.byline{font:13px Arial,sans-serif;color:#555;margin-bottom:18px;border-bottom:1px solid #eee;padding-bottom:10px}
.byline .author{font-weight:700;color:#222}
.article-body p{font-size:18px;margin:0 0 18px}
.article-body h2{font-size:21px;margin:26px 0 10px}
.article-body .read-more{border-top:2px solid %(accent)s;border-bottom:1px solid #ddd;margin:0 0 18px;padding:8px 0;font:600 14px Arial,sans-serif}
.article-body .read-more span{color:%(accent)s;text-transform:uppercase;margin-right:6px}
figure{margin:0 0 18px}figure .ph{background:linear-gradient(135deg,#cfd8dc,#90a4ae);height:300px}
figcaption{font:12px Arial,sans-serif;color:#555;padding-top:4px}
.share{font:12px Arial,sans-serif;color:#666;margin:24px 0;border-top:1px solid #eee;padding-top:10px}
.share a{margin-right:10px}
.tags a{display:inline-block;margin:0 8px 8px 0;font:12px Arial,sans-serif;padding:2px 8px;border:1px solid #ccc;border-radius:10px;text-decoration:none;color:#333}
aside.sidebar{width:300px;flex:0 0 300px;font-family:Arial,sans-serif;padding-top:24px}
aside.sidebar h2{font-size:14px;text-transform:uppercase;border-bottom:2px solid #111;padding-bottom:4px}
aside.sidebar li{margin:0 0 12px;font-size:14px;line-height:1.35}
aside.sidebar a{color:#111;text-decoration:none}
.infobox{background:#f7f7f7;border-left:4px solid %(accent)s;padding:12px 16px;font:14px Arial,sans-serif;margin:0 0 18px}
.comments{margin-top:30px;font-family:Arial,sans-serif}
.comments h2{font-size:18px}
.comment{border-top:1px solid #eee;padding:10px 0;font-size:14px}
.comment .who{font-weight:700}.comment .when{color:#888;margin-left:8px;font-size:12px}
.cookie-banner{position:fixed;left:0;right:0;bottom:0;background:#222;color:#eee;font:13px Arial,sans-serif;padding:14px 24px;display:flex;gap:16px;align-items:center;justify-content:space-between;z-index:10}
.cookie-banner button{background:%(accent)s;color:#fff;border:0;padding:8px 14px;font-weight:700}
.newsletter input{padding:6px;width:70%%}.newsletter button{padding:6px 10px}
footer.site-footer{margin-top:48px;background:#111;color:#bbb;padding:24px;font:13px Arial,sans-serif}
footer.site-footer a{color:#ddd;margin-right:14px;text-decoration:none}
.gov-banner{background:#f0f0f0;font:12px Arial,sans-serif;padding:4px 24px;color:#333}
"""

# extra rules, emitted only on pages that use live-blog stamps, labels or an "updated" line
CSS_EXTRA = """
.lb-stamp{font:700 14px Arial,sans-serif;color:%(accent)s;border-top:1px solid #ddd;padding-top:10px;margin:22px 0 6px}
.live-badge{display:inline-block;background:%(accent)s;color:#fff;font:700 11px Arial,sans-serif;padding:2px 6px;margin-right:8px;letter-spacing:1px}
.article-body p.labelled strong{color:%(accent)s;margin-right:4px}
.updated{color:#888;margin-left:8px}
"""


def e(s):
    return html.escape(s, quote=True)


def page(cid, cfg, text):
    lines = text.rstrip("\n").split("\n\n")
    headline, paras = lines[0].strip(), [p.strip() for p in lines[1:]]
    lay = cfg.get("layout", "wire")
    font, accent, hbg, hfg = LAYOUTS[lay]
    accent = cfg.get("accent", accent)
    site = cfg["site"]
    out = ['<!DOCTYPE html>', f'<html lang="{cfg.get("lang", "en")}">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{e(headline)} | {e(site)}</title>",
           f'<meta name="description" content="{e(cfg.get("description", paras[0][:200]))}">',
           f'<meta property="og:title" content="{e(headline)}">',
           '<meta property="og:type" content="article">',
           f'<meta property="og:site_name" content="{e(site)}">']
    if cfg.get("published_time"):
        out.append(f'<meta property="article:published_time" content="{e(cfg["published_time"])}">')
    if cfg.get("modified_time"):
        out.append(f'<meta property="article:modified_time" content="{e(cfg["modified_time"])}">')
    if cfg.get("section"):
        out.append(f'<meta property="article:section" content="{e(cfg["section"])}">')
    if cfg.get("author"):
        out.append(f'<meta name="author" content="{e(cfg["author"])}">')
    css = CSS
    if any(cfg.get(k) for k in ("live", "stamp_re", "labels", "updated")):
        css += CSS_EXTRA
    out.append("<style>" + css % {"font": font, "accent": accent, "hbg": hbg, "hfg": hfg} + "</style>")
    out.append("</head>")
    out.append(f'<body class="article-page layout-{lay}">')
    out.append('<a class="skip-link" href="#main-content">Skip to main content</a>')
    if cfg.get("gov_banner"):
        out.append(f'<div class="gov-banner">{e(cfg["gov_banner"])}</div>')
    if cfg.get("topbar"):
        out.append(f'<div class="topbar"><span>{e(cfg["topbar"])}</span><span><a href="#">Sign in</a> · <a href="#">Subscribe</a></span></div>')
    out.append('<header class="site-header" role="banner">')
    out.append(f'  <div><a class="brand" href="#">{e(site)}</a><span class="tagline">{e(cfg.get("tagline", ""))}</span></div>')
    out.append('  <div class="tools"><a href="#">Search</a><a href="#">Menu</a></div>')
    out.append("</header>")
    nav = cfg.get("nav", ["Home", "News", "World", "Business", "Sport", "Opinion"])
    out.append('<nav class="site-nav" aria-label="Sections"><ul>')
    for n in nav:
        cls = ' class="active"' if n == cfg.get("section") else ""
        out.append(f'  <li{cls}><a href="#">{e(n)}</a></li>')
    out.append("</ul></nav>")
    if cfg.get("ticker"):
        out.append(f'<div class="ticker"><strong>{e(cfg["ticker"][0])}</strong>{e(cfg["ticker"][1])}</div>')
    ads = cfg.get("ads", True)
    if ads:
        out.append('<div class="ad-slot ad-leaderboard" data-ad-slot="top-leaderboard" aria-hidden="true">Advertisement</div>')
    out.append('<div class="layout">')
    out.append('<main id="main-content">')
    if cfg.get("breadcrumb"):
        out.append('<div class="breadcrumb">' + " › ".join(f'<a href="#">{e(b)}</a>' for b in cfg["breadcrumb"]) + "</div>")
    out.append('<article class="article" itemscope itemtype="https://schema.org/NewsArticle">')
    out.append('  <header class="article-header">')
    if cfg.get("kicker"):
        badge = '<span class="live-badge">LIVE</span>' if cfg.get("live") else ""
        out.append(f'    <div class="kicker">{badge}{e(cfg["kicker"])}</div>')
    out.append(f'    <h1 class="headline" itemprop="headline">{e(headline)}</h1>')
    by = []
    if cfg.get("byline"):
        by.append(f'<span class="author" itemprop="author">{e(cfg["byline"])}</span>')
    if cfg.get("shown_date"):
        dt = cfg.get("published_time") or ""
        attr = f' datetime="{e(dt)}"' if dt else ""
        by.append(f'<time itemprop="datePublished"{attr}>{e(cfg["shown_date"])}</time>')
    if cfg.get("updated"):
        by.append(f'<span class="updated">{e(cfg["updated"])}</span>')
    if by:
        out.append('    <div class="byline">' + " · ".join(by) + "</div>")
    out.append("  </header>")
    if cfg.get("figure"):
        out.append(f'  <figure><div class="ph" role="img" aria-label="{e(cfg["figure"])}"></div><figcaption>{e(cfg["figure"])}</figcaption></figure>')
    out.append('  <div class="article-body" itemprop="articleBody">')
    headings = set(cfg.get("headings", []))
    inserts = cfg.get("inserts", {})  # paragraph index (after which) -> (label, link text)
    ad_after = cfg.get("ad_after", [3]) if ads else []
    stamp = re.compile(cfg["stamp_re"]) if cfg.get("stamp_re") else None  # live-blog time stamps
    labels = cfg.get("labels", [])  # paragraph prefixes shown in bold ("Q:", "CLAIM:")
    for i, p in enumerate(paras):
        lab = next((x for x in labels if p.startswith(x + " ")), None)
        if p in headings:
            out.append(f"    <h2>{e(p)}</h2>")
        elif stamp and stamp.fullmatch(p):
            out.append(f'    <div class="lb-stamp"><time>{e(p)}</time></div>')
        elif lab:
            out.append(f'    <p class="labelled"><strong>{e(lab)}</strong> {e(p[len(lab) + 1:])}</p>')
        else:
            out.append(f"    <p>{e(p)}</p>")
        if i in inserts:
            lab, txt = inserts[i]
            out.append(f'    <aside class="read-more"><span>{e(lab)}</span><a href="#">{e(txt)}</a></aside>')
        if i in ad_after:
            out.append('    <div class="ad-slot ad-inline" data-ad-slot="inarticle" aria-hidden="true">Advertisement</div>')
    out.append("  </div>")
    if cfg.get("infobox"):
        out.append(f'  <div class="infobox">{e(cfg["infobox"])}</div>')
    if cfg.get("tags"):
        out.append('  <div class="tags">' + "".join(f'<a href="#">{e(t)}</a>' for t in cfg["tags"]) + "</div>")
    out.append('  <div class="share">Share: <a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Email</a><a href="#">Copy link</a></div>')
    out.append("</article>")
    if "comments" in cfg:
        out.append('<section class="comments" aria-label="Comments">')
        out.append(f'<h2>Comments ({len(cfg["comments"])})</h2>')
        if not cfg["comments"]:
            out.append("<p>Comments are closed for this article.</p>")
        for who, when, what in cfg["comments"]:
            out.append(f'<div class="comment"><span class="who">{e(who)}</span><span class="when">{e(when)}</span><p>{e(what)}</p></div>')
        out.append("</section>")
    out.append("</main>")
    out.append('<aside class="sidebar" aria-label="Related content">')
    if ads:
        out.append('  <div class="ad-slot ad-mpu" data-ad-slot="mpu-1" aria-hidden="true">Advertisement</div>')
    out.append(f'  <h2>{e(cfg.get("related_title", "Related"))}</h2>')
    out.append('  <ul class="related">')
    for r in cfg.get("related", []):
        out.append(f'    <li><a href="#">{e(r)}</a></li>')
    out.append("  </ul>")
    if cfg.get("newsletter", True):
        out.append('  <h2>Newsletter</h2><form class="newsletter" action="#"><input type="email" placeholder="Your email"> <button type="button">Sign up</button></form>')
    out.append("</aside>")
    out.append("</div>")
    out.append('<footer class="site-footer" role="contentinfo">')
    out.append('  <nav><a href="#">About us</a><a href="#">Contact</a><a href="#">Terms of use</a><a href="#">Privacy policy</a><a href="#">Cookie settings</a><a href="#">Advertise</a></nav>')
    out.append(f'  <p>{e(cfg.get("footer", "© " + site + ". All rights reserved."))}</p>')
    out.append("</footer>")
    if cfg.get("cookie"):
        out.append('<div class="cookie-banner" role="dialog" aria-label="Cookie consent"><p>'
                   f'{e(site)} and our partners use cookies to personalise content and ads and to analyse our traffic. '
                   'You can change your choices at any time in Cookie settings.</p>'
                   '<div><button type="button">Accept all</button> <button type="button">Manage options</button></div></div>')
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


def main():
    for cid in sys.argv[1:]:
        spec = {"S": lambda *a, **k: None, "R": lambda *a, **k: None}
        with open(os.path.join(HERE, "specs", cid + ".py"), encoding="utf-8") as f:
            exec(compile(f.read(), cid + ".py", "exec"), spec)
        with open(os.path.join(CASES, cid, "article.txt"), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(CASES, cid, "article.html"), "w", encoding="utf-8") as f:
            f.write(page(cid, spec["HTML"], text))
        print(f"{cid}: article.html written")


if __name__ == "__main__":
    main()
