//! The Content-Security-Policy: finding the inline scripts of the served HTML files and hashing
//! them, and writing the policy itself.
//!
//! Trunk writes an inline `<script type="module">` bootstrap into `index.html`. A strict policy
//! without `'unsafe-inline'` runs it only when its `'sha256-…'` hash is listed in `script-src`, so
//! the server hashes every inline script it will serve when it starts.

use std::io;
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The policy sent when `--frame-ancestors` is not given: no page may frame the app.
pub const DEFAULT_FRAME_ANCESTORS: &str = "'none'";

/// Builds the `Content-Security-Policy` header value.
///
/// `script_hashes` are CSP source expressions such as `'sha256-…'` (see [`script_hash`]);
/// `frame_ancestors` is the source list of the `frame-ancestors` directive.
///
/// ```
/// let csp = her2_serve::csp::policy(&["'sha256-abc='".to_string()], "'none'");
/// assert!(csp.starts_with("default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; "));
/// assert!(csp.ends_with("frame-ancestors 'none'"));
/// ```
pub fn policy(script_hashes: &[String], frame_ancestors: &str) -> String {
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    for hash in script_hashes {
        script_src.push(' ');
        script_src.push_str(hash);
    }
    format!(
        "default-src 'none'; script-src {script_src}; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
         base-uri 'none'; form-action 'none'; frame-ancestors {frame_ancestors}"
    )
}

/// Checks a `frame-ancestors` source list given on the command line, so that it cannot end the
/// directive early or inject another one. Returns the list with its whitespace normalised.
///
/// Accepted: `'none'`, `'self'`, scheme sources (`https:`) and host sources
/// (`https://hospital.example`, `https://*.hospital.example:8443`), separated by spaces.
pub fn check_frame_ancestors(list: &str) -> Result<String, String> {
    let sources: Vec<&str> = list.split_ascii_whitespace().collect();
    if sources.is_empty() {
        return Err("--frame-ancestors needs at least one source, like 'self'".into());
    }
    if sources.len() > 1 && sources.contains(&"'none'") {
        return Err("--frame-ancestors: 'none' must be the only source".into());
    }
    for source in &sources {
        let keyword = matches!(*source, "'none'" | "'self'");
        let plain = source
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '/' | '.' | '-' | '*' | '_'));
        if !keyword && !plain {
            return Err(format!(
                "--frame-ancestors: {source:?} is not a CSP source ('self', 'none', https:, \
                 https://host.example)"
            ));
        }
    }
    Ok(sources.join(" "))
}

/// The CSP source expression (`'sha256-<base64>'`) of one inline script's text.
///
/// The text is hashed as a browser sees it after parsing: line breaks (`\r\n`, `\r`) are
/// normalised to `\n` first, as the HTML parser does.
///
/// ```
/// assert_eq!(
///     her2_serve::csp::script_hash(""),
///     "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
/// );
/// ```
pub fn script_hash(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let digest = Sha256::digest(normalised.as_bytes());
    format!("'sha256-{}'", BASE64.encode(digest))
}

/// The text of every inline `<script>` element (one without a `src` attribute) of an HTML
/// document, in document order.
///
/// A small scanner rather than a full parser: it skips comments, reads the attributes of each
/// `<script` start tag (quoted or not, as minified HTML writes them) and takes the raw text up to
/// the next `</script` end tag, which is how the HTML parser delimits script data.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let bytes = html.as_bytes();
    let mut scripts = Vec::new();
    let mut pos = 0;
    while let Some(offset) = html[pos..].find('<') {
        let start = pos + offset;
        let rest = &html[start..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            pos = match comment.find("-->") {
                Some(end) => start + 4 + end + 3,
                None => break,
            };
            continue;
        }
        if !starts_with_tag(rest, "<script") {
            pos = start + 1;
            continue;
        }
        let (has_src, tag_end) = read_attributes(bytes, start + "<script".len());
        let Some(tag_end) = tag_end else { break };
        let body_start = tag_end + 1;
        let body_end = find_end_tag(html, body_start).unwrap_or(html.len());
        if !has_src {
            scripts.push(&html[body_start..body_end]);
        }
        pos = body_end;
    }
    scripts
}

/// Whether `rest` starts with `tag` (ASCII case-insensitive) followed by the end of the tag name.
fn starts_with_tag(rest: &str, tag: &str) -> bool {
    rest.len() > tag.len()
        && rest.as_bytes()[..tag.len()].eq_ignore_ascii_case(tag.as_bytes())
        && matches!(
            rest.as_bytes()[tag.len()],
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'
        )
}

/// Reads the attributes of a start tag from `pos` (just after the tag name). Returns whether a
/// `src` attribute is present and the index of the closing `>`, if any.
fn read_attributes(bytes: &[u8], mut pos: usize) -> (bool, Option<usize>) {
    let mut has_src = false;
    loop {
        while pos < bytes.len() && (bytes[pos].is_ascii_whitespace() || bytes[pos] == b'/') {
            pos += 1;
        }
        match bytes.get(pos) {
            None => return (has_src, None),
            Some(b'>') => return (has_src, Some(pos)),
            Some(_) => {}
        }
        let name_start = pos;
        while pos < bytes.len()
            && !bytes[pos].is_ascii_whitespace()
            && !matches!(bytes[pos], b'=' | b'>' | b'/')
        {
            pos += 1;
        }
        if bytes[name_start..pos].eq_ignore_ascii_case(b"src") {
            has_src = true;
        }
        while pos < bytes.len() && bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        if bytes.get(pos) != Some(&b'=') {
            continue;
        }
        pos += 1;
        while pos < bytes.len() && bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        match bytes.get(pos) {
            Some(&quote @ (b'"' | b'\'')) => {
                pos += 1;
                while pos < bytes.len() && bytes[pos] != quote {
                    pos += 1;
                }
                pos += 1;
            }
            _ => {
                while pos < bytes.len() && !bytes[pos].is_ascii_whitespace() && bytes[pos] != b'>' {
                    pos += 1;
                }
            }
        }
    }
}

/// The index of the next `</script` end tag (ASCII case-insensitive) at or after `from`.
fn find_end_tag(html: &str, from: usize) -> Option<usize> {
    let mut pos = from;
    while let Some(offset) = html[pos..].find("</") {
        let start = pos + offset;
        if starts_with_tag(&html[start..], "</script") {
            return Some(start);
        }
        pos = start + 2;
    }
    None
}

/// Every `.html` file under `dir`, recursively, in a stable order. Symbolic links to directories
/// are not followed.
pub fn html_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current)? {
            let entry = entry?;
            let path = entry.path();
            let kind = entry.file_type()?;
            if kind.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "html") {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// The sorted, de-duplicated hashes of every inline script in every HTML file under `dir`.
pub fn scan_dir(dir: &Path) -> io::Result<Vec<String>> {
    let mut hashes = Vec::new();
    for file in html_files(dir)? {
        let html = std::fs::read_to_string(&file)
            .map_err(|err| io::Error::new(err.kind(), format!("{}: {err}", file.display())))?;
        let html = html.strip_prefix('\u{feff}').unwrap_or(&html);
        hashes.extend(inline_scripts(html).into_iter().map(script_hash));
    }
    hashes.sort();
    hashes.dedup();
    Ok(hashes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_inline_scripts_in_minified_and_plain_html() {
        let html = "<!doctype html><script type=module>import init from '/a.js';\ninit()</script>\
                    <SCRIPT src=/b.js></SCRIPT><script\n  type=\"text/javascript\"\n>one()</script >\
                    <!-- <script>not()</script> --><script data-x='a>b'>two()</script>";
        assert_eq!(
            inline_scripts(html),
            vec!["import init from '/a.js';\ninit()", "one()", "two()"]
        );
    }

    #[test]
    fn a_src_attribute_anywhere_makes_a_script_external() {
        assert!(inline_scripts("<script async src='x.js' defer></script>").is_empty());
        assert!(inline_scripts("<script type=module src=x.js></script>").is_empty());
        assert_eq!(inline_scripts("<script data-src=x>y</script>"), vec!["y"]);
    }

    #[test]
    fn truncated_html_does_not_panic() {
        for html in [
            "<script",
            "<script type='x",
            "<script>abc",
            "<!-- <script>",
            "<scrip",
        ] {
            let _ = inline_scripts(html);
        }
        assert_eq!(inline_scripts("<script>abc"), vec!["abc"]);
    }

    #[test]
    fn hashes_match_known_values_and_normalise_line_breaks() {
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            script_hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
        assert_eq!(script_hash("a\r\nb\rc"), script_hash("a\nb\nc"));
    }

    #[test]
    fn frame_ancestors_are_checked() {
        assert_eq!(
            check_frame_ancestors(" 'self'   https://hospital.example ").as_deref(),
            Ok("'self' https://hospital.example")
        );
        assert!(check_frame_ancestors("'none'").is_ok());
        assert!(check_frame_ancestors("https://*.example.org:8443").is_ok());
        assert!(check_frame_ancestors("").is_err());
        assert!(check_frame_ancestors("'self'; script-src *").is_err());
        assert!(check_frame_ancestors("'self' 'none'").is_err());
        assert!(check_frame_ancestors("https://a.example,https://b.example").is_err());
        assert!(check_frame_ancestors("'unsafe-inline'").is_err());
    }
}
