//! The router in-process on a temporary `dist/`: headers, precompressed files, the base path,
//! 404s and the CSP hashes.

use std::path::Path;

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use axum::Router;
use her2_serve::csp::script_hash;
use her2_serve::{router, Config};
use http_body_util::BodyExt;
use tempfile::TempDir;
use tower::ServiceExt;

const BOOTSTRAP: &str =
    "import init from './app-0123456789abcdef.js';\nawait init({ module_or_path: './app-0123456789abcdef_bg.wasm' });";
const ES_SCRIPT: &str = "document.documentElement.dataset.lang = 'es';";

/// A small build: Trunk-like names, precompressed siblings with recognisable bodies, a
/// Spanish page, the service worker, the manifest and files that must never be served.
fn fixture() -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, body: &[u8]| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, body).expect("write");
    };
    write(
        "index.html",
        format!(
            "<!doctype html><html lang=en><link href=./main-fedcba9876543210.css rel=stylesheet>\
             <script type=module>{BOOTSTRAP}</script><script src=./other.js></script></html>"
        )
        .as_bytes(),
    );
    write("index.html.gz", b"gzip of index");
    write(
        "es/index.html",
        format!("<!doctype html><html lang=es><script>{ES_SCRIPT}</script></html>").as_bytes(),
    );
    write(
        "app-0123456789abcdef.js",
        b"export default function init() {}",
    );
    write("app-0123456789abcdef.js.br", b"brotli of app");
    write("app-0123456789abcdef.js.gz", b"gzip of app");
    write("app-0123456789abcdef_bg.wasm", b"\0asm\x01\0\0\0");
    write("app-0123456789abcdef_bg.wasm.br", b"brotli of wasm");
    write("main-fedcba9876543210.css", b"body{color:#111}");
    write("sw.js", b"const BUILD_VERSION = \"abc\";");
    write(
        "precache-manifest.json",
        b"{\"version\":\"abc\",\"files\":[]}",
    );
    write("api/her2_core.js", b"export {}");
    write("_headers", b"/*\n  X-Test: 1\n");
    // What the pre-renderer writes for a build without HER2_EMBED_ORIGINS.
    write("frame-ancestors.txt", b"'none'\n");
    write(".secret", b"never");
    write(".stage/index.html", b"never");
    dir
}

fn config(dir: &Path) -> Config {
    Config {
        dir: dir.to_path_buf(),
        ..Config::default()
    }
}

fn app(config: &Config) -> Router {
    router(config).expect("router").0
}

async fn send(app: &Router, method: Method, uri: &str, encoding: Option<&str>) -> Reply {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(encoding) = encoding {
        request = request.header("accept-encoding", encoding);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::empty()).expect("request"))
        .await
        .expect("infallible");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

async fn get(app: &Router, uri: &str) -> Reply {
    send(app, Method::GET, uri, None).await
}

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The headers every response carries, whatever its status.
    fn assert_security_headers(&self) {
        assert!(
            self.header("content-security-policy")
                .starts_with("default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
            "CSP: {:?}",
            self.header("content-security-policy")
        );
        assert_eq!(self.header("x-content-type-options"), "nosniff");
        assert_eq!(self.header("referrer-policy"), "no-referrer");
        assert_eq!(
            self.header("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), browsing-topics=()"
        );
        assert_eq!(self.header("cross-origin-opener-policy"), "same-origin");
        assert!(self.headers.get("set-cookie").is_none());
        assert!(!self.header("cache-control").is_empty());
    }
}

#[tokio::test]
async fn the_page_has_every_security_header_and_is_revalidated() {
    let dist = fixture();
    let app = app(&config(dist.path()));
    for uri in ["/", "/index.html", "/?mode=kiosk"] {
        let reply = get(&app, uri).await;
        assert_eq!(reply.status, StatusCode::OK, "{uri}");
        assert_eq!(reply.header("content-type"), "text/html; charset=utf-8");
        assert_eq!(reply.header("cache-control"), "no-cache");
        assert!(reply.text().contains("<script type=module>"));
        reply.assert_security_headers();
    }
}

#[tokio::test]
async fn the_csp_lists_exactly_the_inline_scripts_of_every_page() {
    let dist = fixture();
    let app = app(&config(dist.path()));
    let reply = get(&app, "/").await;
    let csp = reply.header("content-security-policy");
    let mut hashes = [script_hash(BOOTSTRAP), script_hash(ES_SCRIPT)];
    hashes.sort();
    assert_eq!(
        csp,
        format!(
            "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; \
             img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; \
             manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            hashes.join(" ")
        )
    );
    // The hash is the sha256 of the exact text between the tags, in base64.
    // printf '%s' "$BOOTSTRAP" | openssl dgst -sha256 -binary | base64
    assert_eq!(
        script_hash(BOOTSTRAP),
        "'sha256-Y3NNFjNJPzvzpFJf4SBAbWl+UtkmYeWNsPxa1q1FigE='"
    );
    // Every response carries the same policy, including errors.
    assert_eq!(
        get(&app, "/missing.js")
            .await
            .header("content-security-policy"),
        csp
    );
}

#[tokio::test]
async fn frame_ancestors_and_csp_off_are_configurable() {
    let dist = fixture();
    let framed = app(&Config {
        frame_ancestors: Some("'self' https://hospital.example".into()),
        ..config(dist.path())
    });
    assert!(get(&framed, "/")
        .await
        .header("content-security-policy")
        .ends_with("frame-ancestors 'self' https://hospital.example"));
    let off = app(&Config {
        csp: false,
        ..config(dist.path())
    });
    let reply = get(&off, "/").await;
    assert!(reply.headers.get("content-security-policy").is_none());
    assert_eq!(reply.header("x-content-type-options"), "nosniff");
}

#[tokio::test]
async fn frame_ancestors_come_from_the_build_so_that_they_match_the_apps_list() {
    let dist = fixture();
    let hospitals = "https://www.hospital.example https://intranet.hospital.example";
    // What the pre-renderer writes for HER2_EMBED_ORIGINS="https://www.hospital.example
    // https://intranet.hospital.example": the server takes it as it is.
    std::fs::write(
        dist.path().join("frame-ancestors.txt"),
        format!("{hospitals}\n"),
    )
    .unwrap();
    let (built, startup) = router(&config(dist.path())).expect("router");
    assert_eq!(startup.frame_ancestors, hospitals);
    assert!(startup.warnings.is_empty(), "{:?}", startup.warnings);
    for uri in ["/", "/es/", "/sw.js", "/missing"] {
        let csp = get(&built, uri)
            .await
            .header("content-security-policy")
            .to_string();
        assert!(
            csp.ends_with(&format!("frame-ancestors {hospitals}")),
            "{uri}: {csp}"
        );
    }

    // The same list on the command line (in any order): no warning.
    let (_, startup) = router(&Config {
        frame_ancestors: Some(
            "https://intranet.hospital.example https://www.hospital.example".into(),
        ),
        ..config(dist.path())
    })
    .expect("router");
    assert!(startup.warnings.is_empty(), "{:?}", startup.warnings);

    // Another list on the command line: used as asked, with a warning that names both.
    let (other, startup) = router(&Config {
        frame_ancestors: Some("https://www.hospital.example".into()),
        ..config(dist.path())
    })
    .expect("router");
    assert_eq!(startup.frame_ancestors, "https://www.hospital.example");
    assert_eq!(startup.warnings.len(), 1, "{:?}", startup.warnings);
    assert!(startup.warnings[0].contains("https://intranet.hospital.example"));
    assert!(startup.warnings[0].contains("HER2_EMBED_ORIGINS"));
    assert!(get(&other, "/")
        .await
        .header("content-security-policy")
        .ends_with("frame-ancestors https://www.hospital.example"));

    // A list that is not one (a hand-edited file) stops the server.
    std::fs::write(
        dist.path().join("frame-ancestors.txt"),
        "* ; script-src *\n",
    )
    .unwrap();
    let Err(refused) = router(&config(dist.path())) else {
        panic!("a bad frame-ancestors.txt must stop the server")
    };
    assert!(
        refused.to_string().contains("frame-ancestors.txt"),
        "{refused}"
    );

    // A build without the file (older than the file): no page may frame the app, and the
    // start-up says why.
    std::fs::remove_file(dist.path().join("frame-ancestors.txt")).unwrap();
    let (old, startup) = router(&config(dist.path())).expect("router");
    assert_eq!(startup.frame_ancestors, "'none'");
    assert!(
        startup.warnings[0].contains("frame-ancestors.txt"),
        "{:?}",
        startup.warnings
    );
    assert!(get(&old, "/")
        .await
        .header("content-security-policy")
        .ends_with("frame-ancestors 'none'"));
}

#[tokio::test]
async fn precompressed_files_are_chosen_by_accept_encoding() {
    let dist = fixture();
    let app = app(&config(dist.path()));
    let uri = "/app-0123456789abcdef.js";

    let br = send(&app, Method::GET, uri, Some("gzip, deflate, br, zstd")).await;
    assert_eq!(br.status, StatusCode::OK);
    assert_eq!(br.body, b"brotli of app");
    assert_eq!(br.header("content-encoding"), "br");
    assert_eq!(br.header("content-type"), "text/javascript; charset=utf-8");
    assert_eq!(br.header("vary"), "accept-encoding");

    let gz = send(&app, Method::GET, uri, Some("gzip")).await;
    assert_eq!(gz.body, b"gzip of app");
    assert_eq!(gz.header("content-encoding"), "gzip");

    let preferred = send(&app, Method::GET, uri, Some("br;q=0.5, gzip;q=0.9")).await;
    assert_eq!(preferred.header("content-encoding"), "gzip");

    let plain = send(&app, Method::GET, uri, None).await;
    assert_eq!(plain.body, b"export default function init() {}");
    assert!(plain.headers.get("content-encoding").is_none());

    // No .br sibling: gzip is used, or the file itself.
    let page = send(&app, Method::GET, "/", Some("br, gzip")).await;
    assert_eq!(page.body, b"gzip of index");
    let css = send(&app, Method::GET, "/main-fedcba9876543210.css", Some("br")).await;
    assert_eq!(css.body, b"body{color:#111}");
    assert_eq!(css.header("content-type"), "text/css; charset=utf-8");
}

#[tokio::test]
async fn wasm_is_application_wasm_and_compressed_when_accepted() {
    let dist = fixture();
    let app = app(&config(dist.path()));
    let reply = send(
        &app,
        Method::GET,
        "/app-0123456789abcdef_bg.wasm",
        Some("br"),
    )
    .await;
    assert_eq!(reply.header("content-type"), "application/wasm");
    assert_eq!(reply.header("content-encoding"), "br");
    assert_eq!(reply.body, b"brotli of wasm");
    let plain = get(&app, "/app-0123456789abcdef_bg.wasm").await;
    assert_eq!(plain.body, b"\0asm\x01\0\0\0");
}

#[tokio::test]
async fn only_content_hashed_names_are_immutable() {
    let dist = fixture();
    let app = app(&config(dist.path()));
    for uri in [
        "/app-0123456789abcdef.js",
        "/app-0123456789abcdef_bg.wasm",
        "/main-fedcba9876543210.css",
    ] {
        let reply = get(&app, uri).await;
        assert_eq!(reply.status, StatusCode::OK, "{uri}");
        assert_eq!(
            reply.header("cache-control"),
            "public, max-age=31536000, immutable",
            "{uri}"
        );
    }
    for uri in [
        "/",
        "/index.html",
        "/sw.js",
        "/precache-manifest.json",
        "/api/her2_core.js",
        "/es/",
    ] {
        let reply = get(&app, uri).await;
        assert_eq!(reply.status, StatusCode::OK, "{uri}");
        assert_eq!(reply.header("cache-control"), "no-cache", "{uri}");
        reply.assert_security_headers();
    }
    assert_eq!(
        get(&app, "/precache-manifest.json")
            .await
            .header("content-type"),
        "application/json"
    );
    assert_eq!(
        get(&app, "/sw.js").await.header("content-type"),
        "text/javascript; charset=utf-8"
    );
}

#[tokio::test]
async fn the_app_lives_under_its_base_path_only() {
    let dist = fixture();
    let app = app(&Config {
        base: "/tools/her2/".into(),
        ..config(dist.path())
    });
    let page = get(&app, "/tools/her2/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("lang=en"));
    assert_eq!(
        get(&app, "/tools/her2/app-0123456789abcdef.js")
            .await
            .header("cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert!(get(&app, "/tools/her2/es/")
        .await
        .text()
        .contains("lang=es"));

    let bare = get(&app, "/tools/her2?mode=kiosk").await;
    assert_eq!(bare.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(bare.header("location"), "/tools/her2/?mode=kiosk");
    bare.assert_security_headers();

    let folder = get(&app, "/tools/her2/es").await;
    assert_eq!(folder.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(folder.header("location"), "/tools/her2/es/");

    for uri in [
        "/",
        "/index.html",
        "/tools/",
        "/tools/her2x/",
        "/tools/her2x",
        "/tools/her2/../index.html",
        "/app-0123456789abcdef.js",
    ] {
        let reply = get(&app, uri).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{uri}");
        reply.assert_security_headers();
    }
}

#[tokio::test]
async fn missing_hidden_and_escaping_paths_are_404_with_headers() {
    let dist = fixture();
    let app = app(&config(dist.path()));
    for uri in [
        "/missing.html",
        "/.secret",
        "/%2esecret",
        "/.stage/index.html",
        "/_headers",
        "/../Cargo.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/a%5c..%5c..%5cetc",
        "/%ff%fe",
        "/%",
        "/es/missing/",
    ] {
        let reply = get(&app, uri).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(reply.text(), "not found");
        assert_eq!(reply.header("cache-control"), "no-cache");
        reply.assert_security_headers();
    }
}

#[tokio::test]
async fn only_get_and_head_are_allowed() {
    let dist = fixture();
    let app = app(&config(dist.path()));
    let head = send(&app, Method::HEAD, "/app-0123456789abcdef.js", None).await;
    assert_eq!(head.status, StatusCode::OK);
    assert!(head.body.is_empty());
    assert_eq!(
        head.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
    for method in [Method::POST, Method::PUT, Method::DELETE, Method::OPTIONS] {
        let reply = send(&app, method.clone(), "/", None).await;
        assert_eq!(reply.status, StatusCode::METHOD_NOT_ALLOWED, "{method}");
        reply.assert_security_headers();
    }
}

#[tokio::test]
async fn startup_reports_what_it_found() {
    let dist = fixture();
    let (_, startup) = router(&config(dist.path())).expect("router");
    assert_eq!(startup.script_hashes.len(), 2);
    assert!(startup.warnings.is_empty(), "{:?}", startup.warnings);

    std::fs::write(dist.path().join("csp-hashes.txt"), "'sha256-stale='\n").expect("write");
    let (_, startup) = router(&config(dist.path())).expect("router");
    assert!(startup.warnings[0].contains("csp-hashes.txt differs"));

    let listed: String = startup
        .script_hashes
        .iter()
        .map(|h| h.clone() + "\n")
        .collect();
    std::fs::write(dist.path().join("csp-hashes.txt"), listed).expect("write");
    let (_, startup) = router(&config(dist.path())).expect("router");
    assert!(startup.warnings.is_empty());

    let missing = router(&config(&dist.path().join("nope")));
    assert!(missing.is_err());
}

#[tokio::test]
async fn it_serves_over_a_real_socket() {
    let dist = fixture();
    let (app, _) = router(&config(dist.path())).expect("router");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    stream
        .write_all(b"GET /sw.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .expect("write");
    let mut reply = String::new();
    stream.read_to_string(&mut reply).await.expect("read");
    assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
    assert!(reply.contains("cache-control: no-cache\r\n"));
    assert!(reply.ends_with("const BUILD_VERSION = \"abc\";"));
    server.abort();
}

#[tokio::test]
async fn empty_path_segments_are_404_and_never_redirect_to_another_host() {
    // `Location: //es/` would send a browser to the host "es". Paths with an empty segment
    // (written or %-encoded) are not the app's: 404, at the root and under a base path.
    let dist = fixture();
    let root = app(&config(dist.path()));
    let based = app(&Config {
        base: "/tools/her2/".into(),
        ..config(dist.path())
    });
    for (app, uri) in [
        (&root, "//es"),
        (&root, "//es/"),
        (&root, "///es"),
        (&root, "//es?mode=kiosk"),
        (&root, "/es//"),
        (&root, "//"),
        (&root, "/%2Fes"),
        (&root, "/%2f%2fes"),
        (&root, "//index.html"),
        (&based, "/tools/her2//es"),
        (&based, "/tools/her2///es/"),
        (&based, "/tools/her2/%2Fes"),
        (&based, "/tools/her2//"),
    ] {
        let reply = get(app, uri).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(reply.headers.get("location").is_none(), "{uri}");
        reply.assert_security_headers();
    }
    // The ordinary folder redirect still works.
    let folder = get(&root, "/es").await;
    assert_eq!(folder.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(folder.header("location"), "/es/");
}
