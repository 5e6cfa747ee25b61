//! The `her2-serve` command: see `her2-serve --help` and `docs/serving.md`.

use std::process::ExitCode;

use her2_serve::args::{parse, Command, USAGE};

fn main() -> ExitCode {
    let config = match parse(std::env::args().skip(1)) {
        Ok(Command::Serve(config)) => config,
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("her2-serve: {message}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("her2-serve: cannot start the runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(serve(config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("her2-serve: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Builds the router, binds the address, logs one line and serves until Ctrl-C or SIGTERM.
async fn serve(config: her2_serve::Config) -> Result<(), String> {
    let (router, startup) = her2_serve::router(&config).map_err(|err| err.to_string())?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|err| format!("cannot listen on {}: {err}", config.addr))?;
    let addr = listener.local_addr().unwrap_or(config.addr);
    for warning in &startup.warnings {
        eprintln!("her2-serve: warning: {warning}");
    }
    let csp = if startup.policy.is_some() {
        format!(
            "CSP on with {} inline-script hash(es), frame-ancestors {}",
            startup.script_hashes.len(),
            startup.frame_ancestors
        )
    } else {
        "CSP OFF".to_string()
    };
    println!(
        "her2-serve: serving {} at http://{addr}{} ({csp})",
        config.dir.display(),
        config.base
    );
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|err| format!("server error: {err}"))
}

/// Resolves on Ctrl-C or, on Unix, SIGTERM (what kiosk supervisors and Playwright send).
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
