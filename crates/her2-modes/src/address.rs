//! Addresses and links: the address of a language page ([`page_href`], the one rule for it),
//! origins, links that leave the app, and what a link does in an embed ([`link_in_embed`]).
//! Plain Rust, tested natively.

/// The relative address of language `to`'s page from language `from`'s page (the default
/// language at the site root, the others in `<code>/`), so it works under any sub-path. The
/// one rule for the address of a language page: the language links, the pre-renderer, the
/// modes module, and the `<head>` scripts (`src/head-mode.js`, `src/head-language.js`), which
/// mirror it in JavaScript (`end2end/build/addresses.test.mjs` checks that the built pages
/// agree).
pub fn page_href(from: &str, to: &str) -> String {
    let mut href = String::from(site_root(from));
    if to != her2_content::DEFAULT_LANGUAGE_CODE {
        href += to;
        href += "/";
    }
    href
}

/// The site root (where the default language's page, the service worker and the build's files
/// are), relative to language `from`'s page: `./` from the default language's page, `../` from
/// the others (one folder down).
pub fn site_root(from: &str) -> &'static str {
    if from == her2_content::DEFAULT_LANGUAGE_CODE {
        "./"
    } else {
        "../"
    }
}

/// `scheme://host[:port]` for http(s), lowercased, without a default port (as
/// `location.origin` writes it); `None` for anything else (paths, user names, other schemes,
/// bad characters). Used at build time.
pub fn normal_origin(value: &str) -> Option<String> {
    let lower = value.to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://")?;
    let default_port = match scheme {
        "https" => ":443",
        "http" => ":80",
        _ => return None,
    };
    // `host` or `[v6]`, either with `:port`.
    let (host, port) = if rest.starts_with('[') {
        rest.split_at(rest.find(']')? + 1)
    } else {
        rest.split_at(rest.rfind(':').unwrap_or(rest.len()))
    };
    let port = match port.strip_prefix(':') {
        Some(p)
            if p.parse::<u16>().is_ok_and(|p| p > 0) && p.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Some(p)
        }
        None if port.is_empty() => None,
        _ => return None,
    };
    let host_ok = if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        !inner.is_empty()
            && inner
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
    } else {
        !host.is_empty()
            && !host.starts_with(['.', '-'])
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    };
    if !host_ok {
        return None;
    }
    let origin = match port {
        Some(port) => format!("{scheme}://{host}:{port}"),
        None => format!("{scheme}://{host}"),
    };
    Some(
        origin
            .strip_suffix(default_port)
            .map(str::to_string)
            .unwrap_or(origin),
    )
}

/// Whether a link's `href` leaves the app's origin (`origin`, like `https://a.example`):
/// addresses with a scheme (`https:`, `mailto:`) or `//` that are not on `origin`. Relative
/// links stay.
pub fn leaves_app(href: &str, origin: &str) -> bool {
    let first = href
        .bytes()
        .position(|b| matches!(b, b':' | b'/' | b'?' | b'#'));
    let absolute = href.starts_with("//") || first.is_some_and(|i| href.as_bytes()[i] == b':');
    let same_origin = href.strip_prefix(origin).is_some_and(|rest| {
        !origin.is_empty() && matches!(rest.bytes().next(), None | Some(b'/' | b'?' | b'#'))
    });
    absolute && !same_origin
}

/// Where an in-page link (`href="#id"`) of an embed points (see [`link_in_embed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkTarget {
    /// No element has this id.
    Missing,
    /// Outside the page's parts (`main > section`): the site's header, table of contents or
    /// footer, which no embed shows ("Back to contents" → `#contents`).
    OutsideParts,
    /// In a part the embed shows.
    Shown,
    /// In a part the host page did not ask for (`sections=`), so hidden.
    Hidden,
}

/// What an embed does with an in-page link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkAction {
    /// Leave it as it is.
    Keep,
    /// Take it out of the page (`hidden`): it could only lead to something no embed shows.
    Remove,
    /// Open the full app (this language's page, without the embed options) at the same id, in a
    /// new tab, saying so ([`FULL_APP_MARK`]).
    OpenFullApp,
}

/// The attribute an embed sets on a link that opens the full app in a new tab (styled with a
/// visible "↗" and described as opening a new tab).
pub const FULL_APP_MARK: &str = "data-her2-full-app";

/// The one rule for in-page links in an embed, for every kind of link:
///
/// - links to another part that the host page left out (the report tool, another section of
///   the guide, a source number `R12` or "All sources", the word list, a question of the FAQ):
///   they open the full app at that place in a new tab, as the part is useful and
///   the reader asked for it;
/// - links to the site's own furniture (`#contents`, `Back to contents`): they are taken
///   out, as no embed shows a table of contents and the full app's would be no help;
/// - links within the parts shown, and links to ids that do not exist: unchanged.
///
/// (Glossary words in the text are buttons that show their meaning in place, not links: they
/// work in every embed.)
pub fn link_in_embed(target: LinkTarget) -> LinkAction {
    match target {
        LinkTarget::Missing | LinkTarget::Shown => LinkAction::Keep,
        LinkTarget::OutsideParts => LinkAction::Remove,
        LinkTarget::Hidden => LinkAction::OpenFullApp,
    }
}

/// The address of the full app at `id` from an embedded page: this language's page without
/// the embed's options (`./#source-R1` resolves against `…/es/?mode=embed&…` to `…/es/#source-R1`).
pub fn full_app_href(id: &str) -> String {
    format!("./#{id}")
}

/// A link's address as someone would type it at home: without `https://` and a trailing `/`
/// (`mailto:` and the like as they are).
pub fn typed_address(href: &str) -> &str {
    let bare = href
        .strip_prefix("https://")
        .or_else(|| href.strip_prefix("http://"))
        .unwrap_or(href);
    bare.strip_suffix('/').unwrap_or(bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_normalised_and_checked() {
        for (value, expected) in [
            ("https://a.example", Some("https://a.example")),
            ("HTTPS://A.Example", Some("https://a.example")),
            ("http://a.example:80", Some("http://a.example")),
            ("https://a.example:443", Some("https://a.example")),
            ("http://a.example:8080", Some("http://a.example:8080")),
            ("https://a.example:80", Some("https://a.example:80")),
            ("http://[::1]:8080", Some("http://[::1]:8080")),
            ("http://[::1]", Some("http://[::1]")),
            ("http://localhost:3000", Some("http://localhost:3000")),
            ("ftp://a.example", None),
            ("https://", None),
            ("https://a.example:", None),
            ("https://a.example:0", None),
            ("https://a.example:65536", None),
            ("https://a.example:+80", None),
            ("https://a.example:x", None),
            ("https://a b.example", None),
            ("https://a.example/", None),
            ("https://a.example?x", None),
            ("https://a.example#x", None),
            ("https://user@a.example", None),
            ("https://.a.example", None),
            ("http://[::1", None),
            ("a.example", None),
            ("*", None),
            ("'self'", None),
        ] {
            assert_eq!(normal_origin(value).as_deref(), expected, "{value}");
        }
    }

    #[test]
    fn page_addresses_are_relative() {
        assert_eq!(page_href("en", "en"), "./");
        assert_eq!(page_href("en", "es"), "./es/");
        assert_eq!(page_href("es", "en"), "../");
        assert_eq!(page_href("es", "es"), "../es/");
        assert_eq!(site_root("en"), "./");
        assert_eq!(site_root("es"), "../");
        for from in her2_content::LANGUAGE_CODES {
            assert_eq!(page_href(from, "en"), site_root(from));
        }
    }

    #[test]
    fn links_that_leave_the_app() {
        let origin = "http://127.0.0.1:8090";
        for href in [
            "https://doi.org/10.1200/JCO.2018.77.8738",
            "HTTP://example.org",
            "//example.org/x",
            "mailto:someone@example.org",
            "tel:+15555550100",
            "http://127.0.0.1:8091/",
            "http://127.0.0.1:80900/",
            "javascript:void(0)",
        ] {
            assert!(leaves_app(href, origin), "{href}");
            assert!(leaves_app(href, ""), "{href}");
        }
        for href in [
            "#faq",
            "./",
            "../",
            "es/",
            "?mode=kiosk",
            "/tools/her2/",
            "http://127.0.0.1:8090/es/",
            "http://127.0.0.1:8090",
            "es/a:b",
            "",
        ] {
            assert!(!leaves_app(href, origin), "{href}");
        }
    }

    #[test]
    fn addresses_to_visit_at_home() {
        assert_eq!(
            typed_address("https://doi.org/10.1200/JCO.22.02864"),
            "doi.org/10.1200/JCO.22.02864"
        );
        assert_eq!(typed_address("http://www.cancer.gov/"), "www.cancer.gov");
        assert_eq!(
            typed_address("mailto:a@example.org"),
            "mailto:a@example.org"
        );
    }

    #[test]
    fn links_to_hidden_parts_open_the_full_app_and_links_to_the_contents_go() {
        assert_eq!(link_in_embed(LinkTarget::Shown), LinkAction::Keep);
        assert_eq!(link_in_embed(LinkTarget::Missing), LinkAction::Keep);
        assert_eq!(link_in_embed(LinkTarget::OutsideParts), LinkAction::Remove);
        assert_eq!(link_in_embed(LinkTarget::Hidden), LinkAction::OpenFullApp);
        assert_eq!(full_app_href("source-R1"), "./#source-R1");
    }
}
