//! The sample server configurations (`deploy/`) take their `frame-ancestors` from the build
//! (`dist/frame-ancestors.txt`, from `HER2_EMBED_ORIGINS`), as her2-serve does: the deploy step
//! written in each sample's comments is run here on a copy, and must set exactly the build's
//! list, which the CSP line must use. A sample whose default differs from what a build without
//! `HER2_EMBED_ORIGINS` writes (`'none'`) fails too.

use std::path::{Path, PathBuf};
use std::process::Command;

fn deploy(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../deploy")
        .join(name)
}

/// Runs the sample's own deploy line (the comment line that reads `dist/frame-ancestors.txt`)
/// on a copy of the sample, for a build whose list is `built`; returns the copy's text.
fn deploy_step(sample: &str, installed_as: &str, built: &str) -> String {
    let text = std::fs::read_to_string(deploy(sample)).expect("sample");
    let steps: Vec<&str> = text
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix('#'))
        .map(str::trim)
        .filter(|line| line.starts_with("sed ") && line.contains("dist/frame-ancestors.txt"))
        .collect();
    assert_eq!(
        steps.len(),
        1,
        "{sample}: one deploy line sets frame-ancestors"
    );
    let work = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(work.path().join("dist")).expect("mkdir");
    std::fs::write(
        work.path().join("dist/frame-ancestors.txt"),
        format!("{built}\n"),
    )
    .expect("write");
    let copy = work.path().join("installed.conf");
    std::fs::write(&copy, &text).expect("write");
    let command = steps[0].replace(installed_as, &copy.display().to_string());
    assert_ne!(
        command, steps[0],
        "{sample}: the deploy line edits {installed_as}"
    );
    let status = Command::new("bash")
        .args(["-c", &command])
        .current_dir(work.path())
        .status()
        .expect("bash");
    assert!(status.success(), "{sample}: {command}");
    std::fs::read_to_string(&copy).expect("read")
}

/// The one line of `text` that starts (after spaces) with `prefix`.
fn line<'a>(text: &'a str, prefix: &str) -> &'a str {
    let found: Vec<&str> = text
        .lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with(prefix))
        .collect();
    assert_eq!(found.len(), 1, "one line starting with {prefix:?}");
    found[0]
}

const HOSPITALS: &str = "https://www.hospital.example https://intranet.hospital.example";

#[test]
fn nginx_takes_frame_ancestors_from_the_build() {
    let sample = std::fs::read_to_string(deploy("nginx.conf")).expect("sample");
    assert_eq!(
        line(&sample, "set $her2_frame_ancestors "),
        "set $her2_frame_ancestors \"'none'\";"
    );
    assert!(line(&sample, "add_header Content-Security-Policy ")
        .ends_with("frame-ancestors $her2_frame_ancestors\" always;"));
    let deployed = deploy_step("nginx.conf", "/etc/nginx/conf.d/her2.conf", HOSPITALS);
    assert_eq!(
        line(&deployed, "set $her2_frame_ancestors "),
        format!("set $her2_frame_ancestors \"{HOSPITALS}\";")
    );
    // Deploying a build without host pages again puts 'none' back.
    assert_eq!(
        line(
            &deploy_step("nginx.conf", "/etc/nginx/conf.d/her2.conf", "'none'"),
            "set $her2_frame_ancestors "
        ),
        "set $her2_frame_ancestors \"'none'\";"
    );
}

#[test]
fn apache_takes_frame_ancestors_from_the_build() {
    let sample = std::fs::read_to_string(deploy("apache.conf")).expect("sample");
    assert_eq!(
        line(&sample, "Define HER2_FRAME_ANCESTORS "),
        "Define HER2_FRAME_ANCESTORS \"'none'\""
    );
    assert!(line(&sample, "Header always set Content-Security-Policy ")
        .ends_with("frame-ancestors ${HER2_FRAME_ANCESTORS}\""));
    let installed = "/etc/apache2/sites-available/her2.conf";
    let deployed = deploy_step("apache.conf", installed, HOSPITALS);
    assert_eq!(
        line(&deployed, "Define HER2_FRAME_ANCESTORS "),
        format!("Define HER2_FRAME_ANCESTORS \"{HOSPITALS}\"")
    );
}

#[test]
fn the_static_host_template_is_filled_in_from_the_build() {
    // scripts/postbuild.mjs replaces the frame-ancestors of this line with the build's list
    // (dist/frame-ancestors.txt) when it writes dist/_headers.
    let template = std::fs::read_to_string(deploy("_headers")).expect("sample");
    assert!(line(&template, "Content-Security-Policy:").ends_with("frame-ancestors 'none'"));
    let postbuild = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/postbuild.mjs"),
    )
    .expect("postbuild.mjs");
    assert!(postbuild.contains("\"frame-ancestors.txt\""));
    assert!(!postbuild.contains("process.env.HER2_FRAME_ANCESTORS ||"));
}
