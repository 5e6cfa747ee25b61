//! her2-serve: a small static server for HER2 Explained's built `dist/` folder.
//!
//! It is used by the browser tests and on kiosks, and shows what a production server must send
//! (see `docs/serving.md` and `deploy/`):
//!
//! - the app under an optional base path (`/tools/her2/`); anything outside it is 404;
//! - `.br` / `.gz` siblings written by `scripts/postbuild.sh` when the client accepts them
//!   (tower-http's [`ServeDir`]), with `Vary: Accept-Encoding`;
//! - `application/wasm` for `.wasm`, `text/javascript` for `.js`;
//! - `Cache-Control: public, max-age=31536000, immutable` for files whose name carries Trunk's
//!   content hash (`name-<16 hex>.ext`), `no-cache` for everything else (HTML, `sw.js`, the
//!   precache manifest), so that a new build is picked up at once;
//! - a strict Content-Security-Policy allowing exactly the inline scripts of the served HTML
//!   (their sha256, computed at start-up) and WebAssembly (`'wasm-unsafe-eval'`), with the
//!   `frame-ancestors` of the build itself ([`FRAME_ANCESTORS_FILE`]), plus
//!   `nosniff`, `no-referrer`, a Permissions-Policy and `Cross-Origin-Opener-Policy`;
//! - never a cookie.
//!
//! No request can make it panic: paths are checked before they reach the file system, and file
//! system errors become 404 or 500 responses.

pub mod args;
pub mod csp;

use std::io;
use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{
    HeaderName, HeaderValue, CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, LOCATION,
    REFERRER_POLICY, SET_COOKIE, VARY, X_CONTENT_TYPE_OPTIONS,
};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_http::services::ServeDir;

pub use args::Config;

/// `Cache-Control` of files whose name carries a content hash: they never change.
pub const CACHE_IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// `Cache-Control` of everything else: the browser may keep a copy but must revalidate it.
pub const CACHE_REVALIDATE: &str = "no-cache";
/// The `Permissions-Policy` header: the app needs none of these features.
pub const PERMISSIONS_POLICY: &str = "camera=(), microphone=(), geolocation=(), browsing-topics=()";

/// What the request handler shares: the file service and the precomputed headers.
#[derive(Clone)]
struct Shared {
    files: ServeDir,
    base: Arc<str>,
    csp: Option<HeaderValue>,
}

/// What [`router`] found when it started, for the start-up log line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Startup {
    /// The CSP hashes of the inline scripts found in the HTML files.
    pub script_hashes: Vec<String>,
    /// The full Content-Security-Policy, or `None` with `--csp-off`.
    pub policy: Option<String>,
    /// The `frame-ancestors` source list sent.
    pub frame_ancestors: String,
    /// Warnings worth printing (a missing `index.html`, a stale `csp-hashes.txt`).
    pub warnings: Vec<String>,
}

/// Builds the application: scans `config.dir` for inline scripts, computes the CSP and returns
/// the router with what it found.
///
/// Fails when the folder cannot be read or the policy is not a valid header value.
pub fn router(config: &Config) -> io::Result<(Router, Startup)> {
    let dir = &config.dir;
    if !dir.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!(
                "{} is not a folder: build the app first (trunk build --release)",
                dir.display()
            ),
        ));
    }
    let script_hashes = csp::scan_dir(dir)?;
    let mut warnings = Vec::new();
    if !dir.join("index.html").is_file() {
        warnings.push(format!("{} has no index.html", dir.display()));
    }
    if let Some(warning) = compare_hash_file(dir, &script_hashes) {
        warnings.push(warning);
    }
    let frame_ancestors = frame_ancestors(config, &mut warnings)?;
    let policy = config
        .csp
        .then(|| csp::policy(&script_hashes, &frame_ancestors));
    let csp = policy
        .as_deref()
        .map(HeaderValue::from_str)
        .transpose()
        .map_err(|err| io::Error::new(io::ErrorKind::InvalidInput, format!("CSP: {err}")))?;
    let files = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(true);
    let shared = Shared {
        files,
        base: config.base.as_str().into(),
        csp,
    };
    let router = Router::new().fallback(handle).with_state(shared);
    Ok((
        router,
        Startup {
            script_hashes,
            policy,
            frame_ancestors,
            warnings,
        },
    ))
}

/// The file of a build that holds the `frame-ancestors` source list the build implies: its
/// `HER2_EMBED_ORIGINS`, or `'none'` (written by the pre-renderer, `src/bin/prerender.rs`).
pub const FRAME_ANCESTORS_FILE: &str = "frame-ancestors.txt";

/// The `frame-ancestors` to send: the build's own ([`FRAME_ANCESTORS_FILE`]), so that the host
/// pages that may frame the app are exactly those the app tells its height to; or the
/// `--frame-ancestors` given, with a warning when it differs from the build's. A build without
/// the file gets `'none'` (and a warning); a file that is not a source list stops the server.
fn frame_ancestors(config: &Config, warnings: &mut Vec<String>) -> io::Result<String> {
    let path = config.dir.join(FRAME_ANCESTORS_FILE);
    let built = match std::fs::read_to_string(&path) {
        Ok(text) => {
            let list: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty() && !line.starts_with('#'))
                .collect();
            let list = csp::check_frame_ancestors(&list.join(" ")).map_err(|err| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("{}: {err}", path.display()),
                )
            })?;
            Some(list)
        }
        Err(err) if err.kind() == io::ErrorKind::NotFound => None,
        Err(err) => {
            return Err(io::Error::new(
                err.kind(),
                format!("{}: {err}", path.display()),
            ))
        }
    };
    let sorted = |list: &str| {
        let mut sources: Vec<&str> = list.split(' ').collect();
        sources.sort_unstable();
        sources.join(" ")
    };
    Ok(match (&config.frame_ancestors, built) {
        (None, Some(built)) => built,
        (None, None) => {
            warnings.push(format!(
                "{} has no {FRAME_ANCESTORS_FILE} (a build made before it was written): no page \
                 may frame the app (frame-ancestors {})",
                config.dir.display(),
                csp::DEFAULT_FRAME_ANCESTORS
            ));
            csp::DEFAULT_FRAME_ANCESTORS.into()
        }
        (Some(given), Some(built)) if sorted(given) != sorted(&built) => {
            warnings.push(format!(
                "--frame-ancestors {given} differs from the build's {built} ({FRAME_ANCESTORS_FILE}, \
                 from HER2_EMBED_ORIGINS): a host page on one list only shows a blank frame or \
                 gets no height messages (embed.js then shows a link instead). Leave \
                 --frame-ancestors out to use the build's list"
            ));
            given.clone()
        }
        (Some(given), _) => given.clone(),
    })
}

/// Compares the hashes found with `csp-hashes.txt` (written by `scripts/postbuild.sh`), if there
/// is one, and describes a difference. The server always uses the hashes it found itself.
fn compare_hash_file(dir: &Path, found: &[String]) -> Option<String> {
    let text = std::fs::read_to_string(dir.join("csp-hashes.txt")).ok()?;
    let mut listed: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(String::from)
        .collect();
    listed.sort();
    listed.dedup();
    (listed != found).then(|| {
        "csp-hashes.txt differs from the inline scripts found in the HTML files \
         (run scripts/postbuild.sh again); using the scripts found"
            .to_string()
    })
}

/// Handles every request: base path, hidden files, the file itself, then the headers.
async fn handle(State(shared): State<Shared>, request: Request) -> Response {
    let mut response = route(&shared, request).await;
    add_security_headers(&mut response, shared.csp.as_ref());
    response
}

/// Maps a request onto the folder and serves it, with content type and cache headers set.
async fn route(shared: &Shared, request: Request) -> Response {
    let path = request.uri().path().to_owned();
    let query = request.uri().query().map(str::to_owned);
    let base = &*shared.base;

    // The base path itself without its slash: redirect so that relative URLs resolve.
    if base != "/" && path == base.trim_end_matches('/') {
        let location = match &query {
            Some(query) => format!("{base}?{query}"),
            None => base.to_owned(),
        };
        return redirect(&location);
    }
    let Some(inner) = path.strip_prefix(base.trim_end_matches('/')) else {
        return not_found();
    };
    if !inner.starts_with('/') || is_hidden(inner) || has_empty_segment(inner) {
        return not_found();
    }

    let inner_uri = match &query {
        Some(query) => format!("{inner}?{query}"),
        None => inner.to_owned(),
    };
    let Ok(inner_uri) = inner_uri.parse::<Uri>() else {
        return status(StatusCode::BAD_REQUEST, "bad request");
    };
    let (mut parts, body) = request.into_parts();
    parts.uri = inner_uri;
    let request = Request::from_parts(parts, body);

    let mut files = shared.files.clone();
    let response = match files.try_call(request).await {
        Ok(response) => response.map(Body::new),
        Err(_) => return status(StatusCode::INTERNAL_SERVER_ERROR, "internal error"),
    };
    let mut response = response.into_response();
    let code = response.status();

    if code == StatusCode::NOT_FOUND {
        return not_found();
    }
    if code.is_redirection() && code != StatusCode::NOT_MODIFIED {
        // ServeDir redirects `dir` to `dir/` with a path relative to the base: put the base back.
        if let Some(location) = response
            .headers()
            .get(LOCATION)
            .and_then(|v| v.to_str().ok())
        {
            if let Some(rest) = location.strip_prefix('/') {
                return redirect(&format!("{base}{rest}"));
            }
        }
        return not_found();
    }

    let file = if inner.ends_with('/') {
        format!("{inner}index.html")
    } else {
        inner.to_owned()
    };
    let headers = response.headers_mut();
    if code.is_success() || code == StatusCode::NOT_MODIFIED {
        if let Some(content_type) = content_type(&file) {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        }
        headers.insert(VARY, HeaderValue::from_static("accept-encoding"));
        let cache = if is_hashed_asset(&file) {
            CACHE_IMMUTABLE
        } else {
            CACHE_REVALIDATE
        };
        headers.insert(CACHE_CONTROL, HeaderValue::from_static(cache));
    } else {
        headers.insert(CACHE_CONTROL, HeaderValue::from_static(CACHE_REVALIDATE));
    }
    response
}

/// Whether a request path names something never served: dot files and folders (`.stage`,
/// `.git`), the static-host `_headers` file, and paths that do not decode to UTF-8.
fn is_hidden(path: &str) -> bool {
    let Ok(decoded) = percent_decode(path) else {
        return true;
    };
    decoded
        .split('/')
        .any(|segment| segment.starts_with('.') || segment == "_headers" || segment.contains('\\'))
}

/// Whether a path (`/…`) has an empty segment (`//es`, `/es//`, or `/%2Fes` once decoded)
/// before its last one. No file of the app has such a path, and redirecting one to its folder
/// would write `Location: //es/`, which a browser reads as the host `es`.
fn has_empty_segment(path: &str) -> bool {
    let Ok(decoded) = percent_decode(path) else {
        return true;
    };
    let mut segments: Vec<&str> = decoded.split('/').skip(1).collect();
    segments.pop(); // the last one is empty for a folder (`/es/`, `/`)
    segments.iter().any(|segment| segment.is_empty())
}

/// Decodes `%XX` escapes; fails on bad escapes or a result that is not UTF-8.
fn percent_decode(path: &str) -> Result<String, ()> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).ok_or(())?;
            let hex = std::str::from_utf8(hex).map_err(|_| ())?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| ())?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| ())
}

/// Whether a file name carries Trunk's content hash: `name-<16 lowercase hex>` followed by
/// `.ext` or `_bg.wasm` (`main-ae52af5b9707b985.css`, `app-bb379d44d3c13ce9_bg.wasm`).
///
/// ```
/// use her2_serve::is_hashed_asset;
/// assert!(is_hashed_asset("/her2-explained-bb379d44d3c13ce9_bg.wasm"));
/// assert!(is_hashed_asset("/main-ae52af5b9707b985.css"));
/// assert!(!is_hashed_asset("/index.html"));
/// assert!(!is_hashed_asset("/api/her2_core_bg.wasm"));
/// ```
pub fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let Some(dot) = name.rfind('.') else {
        return false;
    };
    let stem = &name[..dot];
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let Some(dash) = stem.rfind('-') else {
        return false;
    };
    let hash = &stem[dash + 1..];
    dash > 0
        && hash.len() == 16
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The content type of the files the app is made of; `None` leaves tower-http's guess.
pub fn content_type(path: &str) -> Option<&'static str> {
    let extension = path.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match extension.as_str() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "txt" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        _ => return None,
    })
}

/// Adds the security headers every response carries, and removes any cookie.
fn add_security_headers(response: &mut Response, csp: Option<&HeaderValue>) {
    let headers = response.headers_mut();
    headers.remove(SET_COOKIE);
    if let Some(csp) = csp {
        headers.insert(CONTENT_SECURITY_POLICY, csp.clone());
    }
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static(PERMISSIONS_POLICY),
    );
    headers.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
}

/// A plain-text response with a status.
fn status(code: StatusCode, text: &'static str) -> Response {
    let mut response = (code, text).into_response();
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static(CACHE_REVALIDATE));
    response
}

/// The 404 response.
fn not_found() -> Response {
    status(StatusCode::NOT_FOUND, "not found")
}

/// A permanent redirect to a path on this server (`308`, keeps the method). A location that
/// a browser would read as another host (`//host`, `/\\host`) or that is not a path is never
/// sent: 404 instead.
fn redirect(location: &str) -> Response {
    if !location.starts_with('/') || location.starts_with("//") || location.starts_with("/\\") {
        return not_found();
    }
    match HeaderValue::from_str(location) {
        Ok(location) => {
            let mut response = status(StatusCode::PERMANENT_REDIRECT, "moved");
            response.headers_mut().insert(LOCATION, location);
            response
        }
        Err(_) => status(StatusCode::BAD_REQUEST, "bad request"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names() {
        assert!(is_hashed_asset("main-ae52af5b9707b985.css"));
        assert!(is_hashed_asset("/a/b/her2-explained-bb379d44d3c13ce9.js"));
        assert!(!is_hashed_asset("main-AE52AF5B9707B985.css"));
        assert!(!is_hashed_asset("main-ae52af5b9707b98.css"));
        assert!(!is_hashed_asset("-ae52af5b9707b985.css"));
        assert!(!is_hashed_asset("ae52af5b9707b985"));
        assert!(!is_hashed_asset("sw.js"));
        assert!(!is_hashed_asset("precache-manifest.json"));
        assert!(!is_hashed_asset(""));
    }

    #[test]
    fn hidden_paths() {
        assert!(is_hidden("/.stage/index.html"));
        assert!(is_hidden("/%2egit/config"));
        assert!(is_hidden("/_headers"));
        assert!(is_hidden("/a%5c..%5cb"));
        assert!(is_hidden("/%ff"));
        assert!(is_hidden("/%4"));
        assert!(!is_hidden("/es/index.html"));
        assert!(!is_hidden("/"));
    }

    #[test]
    fn empty_segments() {
        for path in ["//es", "//", "/es//", "/a//b/", "/%2Fes", "/%2f", "/%"] {
            assert!(has_empty_segment(path), "{path}");
        }
        for path in ["/", "/es", "/es/", "/es/index.html", "/a/b/"] {
            assert!(!has_empty_segment(path), "{path}");
        }
    }

    #[test]
    fn redirects_stay_on_this_host() {
        for location in ["//es/", "///es/", "/\\es/", "es/", "https://x/"] {
            let response = redirect(location);
            assert_eq!(response.status(), StatusCode::NOT_FOUND, "{location}");
            assert!(response.headers().get(LOCATION).is_none(), "{location}");
        }
        assert_eq!(
            redirect("/es/")
                .headers()
                .get(LOCATION)
                .and_then(|v| v.to_str().ok()),
            Some("/es/")
        );
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("/a.wasm"), Some("application/wasm"));
        assert_eq!(
            content_type("/a.JS"),
            Some("text/javascript; charset=utf-8")
        );
        assert_eq!(content_type("/a.bin"), None);
        assert_eq!(content_type("/noext"), None);
    }
}
