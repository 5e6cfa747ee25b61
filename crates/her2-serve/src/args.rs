//! Command-line options.

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::csp::check_frame_ancestors;

/// The `--help` text.
pub const USAGE: &str = "\
her2-serve: serves HER2 Explained's built dist/ folder with the right types, precompressed files,
cache rules and a strict Content-Security-Policy.

Usage: her2-serve [--dir DIR] [--addr IP:PORT] [--base /PATH/] [--frame-ancestors SOURCES] [--csp-off]

Options:
  --dir DIR                  the folder to serve (default: dist)
  --addr IP:PORT             where to listen (default: 127.0.0.1:8090)
  --base /PATH/              serve under this sub-path, like /tools/her2/ (default: /);
                             requests outside it get 404
  --frame-ancestors SOURCES  who may frame the app, as a CSP source list; leave it out: by
                             default it is the build's own list, DIR/frame-ancestors.txt
                             (HER2_EMBED_ORIGINS at build time, or 'none'), so that the pages
                             the app sends its height to are exactly those that may frame it.
                             Given and different from the build's, it is used with a warning
  --csp-off                  send no Content-Security-Policy (for debugging only)
  -h, --help                 print this help

The CSP allows the inline scripts found in DIR/**/*.html when the server starts (their sha256):
restart the server after deploying a new build. Copy a new build into DIR without deleting the
previous build's content-hashed files (name-<16 hex>.*): a page opened before the deployment
still loads them (docs/serving.md, \"Deploying a new build\").";

/// What the server is told to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The folder served (Trunk's `dist/`).
    pub dir: PathBuf,
    /// The socket address to listen on.
    pub addr: SocketAddr,
    /// The URL path the app lives under: starts and ends with `/` (`/` for the root).
    pub base: String,
    /// The `frame-ancestors` source list given on the command line; `None`: the build's own
    /// (`DIR/frame-ancestors.txt`, see [`crate::router`]).
    pub frame_ancestors: Option<String>,
    /// Whether to send the Content-Security-Policy header.
    pub csp: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            dir: PathBuf::from("dist"),
            addr: SocketAddr::from(([127, 0, 0, 1], 8090)),
            base: "/".into(),
            frame_ancestors: None,
            csp: true,
        }
    }
}

/// The outcome of reading the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Serve with this configuration.
    Serve(Config),
    /// Print [`USAGE`] and stop.
    Help,
}

/// Reads the command-line arguments (without the program name).
///
/// ```
/// use her2_serve::args::{parse, Command};
/// let Ok(Command::Serve(config)) = parse(["--base", "tools/her2"].map(String::from)) else {
///     panic!()
/// };
/// assert_eq!(config.base, "/tools/her2/");
/// ```
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut config = Config::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (name, inline_value) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name.to_string(), Some(value.into())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline_value
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--dir" => config.dir = PathBuf::from(value("--dir")?),
            "--addr" => {
                let text = value("--addr")?;
                config.addr = text
                    .parse()
                    .map_err(|_| format!("--addr: {text:?} is not an IP:PORT address"))?;
            }
            "--base" => config.base = normalise_base(&value("--base")?)?,
            "--frame-ancestors" => {
                config.frame_ancestors = Some(check_frame_ancestors(&value("--frame-ancestors")?)?)
            }
            "--csp-off" => config.csp = false,
            other => return Err(format!("unknown option {other:?} (see --help)")),
        }
    }
    Ok(Command::Serve(config))
}

/// Turns `tools/her2`, `/tools/her2` or `/tools/her2/` into `/tools/her2/`, and refuses paths
/// that could not be matched literally (empty segments, dot segments, characters that would need
/// percent-encoding).
pub fn normalise_base(base: &str) -> Result<String, String> {
    let segments: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    for segment in &segments {
        let plain = segment
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~'));
        if !plain || *segment == "." || *segment == ".." {
            return Err(format!(
                "--base: {base:?} must be a plain path like /tools/her2/ (letters, digits, - _ . ~)"
            ));
        }
    }
    if base.contains("//") {
        return Err(format!("--base: {base:?} has an empty segment"));
    }
    if segments.is_empty() {
        Ok("/".into())
    } else {
        Ok(format!("/{}/", segments.join("/")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serve(args: &[&str]) -> Result<Config, String> {
        match parse(args.iter().map(|s| s.to_string()))? {
            Command::Serve(config) => Ok(config),
            Command::Help => Err("help".into()),
        }
    }

    #[test]
    fn defaults() {
        assert_eq!(serve(&[]), Ok(Config::default()));
        assert_eq!(parse(["--help".to_string()]), Ok(Command::Help));
        assert_eq!(parse(["-h".to_string()]), Ok(Command::Help));
    }

    #[test]
    fn every_option_in_both_spellings() {
        let config = serve(&[
            "--dir",
            "../dist",
            "--addr=127.0.0.1:8096",
            "--base",
            "/tools/her2/",
            "--frame-ancestors",
            "'self' https://hospital.example",
            "--csp-off",
        ])
        .unwrap();
        assert_eq!(config.dir, PathBuf::from("../dist"));
        assert_eq!(config.addr.port(), 8096);
        assert_eq!(config.base, "/tools/her2/");
        assert_eq!(
            config.frame_ancestors.as_deref(),
            Some("'self' https://hospital.example")
        );
        assert!(!config.csp);
    }

    #[test]
    fn bad_options_are_refused_with_a_message() {
        assert!(serve(&["--addr", "localhost"]).is_err());
        assert!(serve(&["--dir"]).unwrap_err().contains("needs a value"));
        assert!(serve(&["--port", "1"])
            .unwrap_err()
            .contains("unknown option"));
        assert!(serve(&["--base", "/a/../b/"]).is_err());
        assert!(serve(&["--base", "/a b/"]).is_err());
        assert!(serve(&["--base", "/a//b/"]).is_err());
        assert!(serve(&["--frame-ancestors", "*; script-src *"]).is_err());
    }

    #[test]
    fn bases_are_normalised() {
        assert_eq!(normalise_base("/").as_deref(), Ok("/"));
        assert_eq!(normalise_base("").as_deref(), Ok("/"));
        assert_eq!(normalise_base("tools/her2").as_deref(), Ok("/tools/her2/"));
        assert_eq!(normalise_base("/tools/her2").as_deref(), Ok("/tools/her2/"));
    }
}
