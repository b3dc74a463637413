//! `beian-check-server`: the filing checks as an HTTP service, for back
//! ends that cannot link the Rust crate (Java, Go, …) and must not trust
//! what the browser checked. Every result is the JSON the npm package
//! returns for the same input and options (tests/server/ compares them).
//!
//! ```sh
//! cargo run --release --bin beian-check-server -- --port 8787
//! beian-check-server lines < requests.ndjson   # JSON lines on stdin → results on stdout
//! ```
//!
//! The HTTP stack is axum's router on hyper 1 and tokio, with our own
//! accept loop: hyper's connection builder is where the header read
//! timeout (slow clients), the header caps and graceful shutdown are set.
//! See README.md "Server" for the endpoints and the limits.

mod api;
mod batch;
mod http;
mod metrics;

use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::io::{BufRead, Write};
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

/// The limits of the service; each has a command-line flag.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Bytes of a JSON body (`/v1/filing`, `/v1/check`).
    pub max_body: usize,
    /// Bytes of one line of a batch column.
    pub max_line: usize,
    /// Bytes of a request's head (request line and headers).
    pub max_header_bytes: usize,
    /// Headers of a request.
    pub max_headers: usize,
    /// Time to receive a request's head, from the connection's start or the
    /// end of the previous response: what stops slowloris, and what closes
    /// an idle keep-alive connection.
    pub header_timeout: Duration,
    /// Time to receive the body and answer (batch streams excepted).
    pub request_timeout: Duration,
    /// Longest wait for the next bytes of a batch column.
    pub batch_idle: Duration,
    /// Requests answered at the same time; more wait up to `busy_wait`, then 429.
    pub max_in_flight: usize,
    pub busy_wait: Duration,
    /// Batch streams open at the same time.
    pub max_streams: usize,
    /// Connections open at the same time; more are closed at once.
    pub max_connections: usize,
    /// How long SIGTERM waits for requests in flight before exiting.
    pub shutdown_grace: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_body: 1 << 20,
            max_line: 64 << 10,
            max_header_bytes: 16 << 10,
            max_headers: 64,
            header_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(10),
            batch_idle: Duration::from_secs(10),
            max_in_flight: 512,
            busy_wait: Duration::from_secs(1),
            max_streams: 64,
            max_connections: 10_000,
            shutdown_grace: Duration::from_secs(30),
        }
    }
}

const USAGE: &str = "\
beian-check-server [--host ADDR] [--port N] [limits]   serve HTTP (PORT in the environment works too)
beian-check-server lines                               JSON lines on stdin, results on stdout

  --host ADDR              address to listen on (127.0.0.1; 0.0.0.0 for every interface)
  --port N                 port (8787; 0 picks a free one, printed on stderr)
limits (defaults in brackets):
  --max-body BYTES         JSON body of /v1/filing and /v1/check [1048576]
  --max-line BYTES         one line of a /v1/batch column [65536]
  --max-header-bytes BYTES request line and headers [16384]
  --max-headers N          headers of a request [64]
  --header-timeout-ms MS   to receive a request's head [5000]
  --request-timeout-ms MS  to receive a body and answer [10000]
  --batch-idle-ms MS       between bytes of a batch column [10000]
  --max-in-flight N        requests answered at once; more wait 1 s, then 429 [512]
  --max-streams N          batch streams at once [64]
  --max-connections N      connections at once [10000]
  --shutdown-grace-ms MS   SIGTERM waits this long for requests in flight [30000]
";

/// A line on stderr. Callers pass routes, statuses and error codes, never
/// a value from a request (no ID numbers, phones, e-mails, addresses).
pub fn log(message: &str) {
    eprintln!("beian-check-server: {message}");
}

/// The command line: address and limits.
fn parse_args(args: &[String]) -> Result<(String, u16, Limits), String> {
    let mut host = "127.0.0.1".to_owned();
    let mut port = match std::env::var("PORT") {
        Ok(p) => p.trim().parse::<u16>().map_err(|_| format!("PORT={p:?} is not a port number"))?,
        Err(_) => 8787,
    };
    let mut limits = Limits::default();
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = || value.parse::<u64>().map_err(|_| format!("{flag} {value:?} is not a whole number"));
        // Bounded so that no limit can overflow a semaphore or a deadline:
        // at most 2³⁰ of anything, at most a day of waiting.
        let size = || number().map(|n| usize::try_from(n.min(1 << 30)).unwrap_or(1 << 30));
        let ms = || number().map(|n| Duration::from_millis(n.min(86_400_000)));
        match flag.as_str() {
            "--host" => host = value.clone(),
            "--port" => port = value.parse().map_err(|_| format!("--port {value:?} is not a port number"))?,
            "--max-body" => limits.max_body = size()?,
            "--max-line" => limits.max_line = size()?,
            // hyper's read buffer cannot be smaller than 8 KiB.
            "--max-header-bytes" => limits.max_header_bytes = size()?.max(8192),
            "--max-headers" => limits.max_headers = size()?,
            "--header-timeout-ms" => limits.header_timeout = ms()?,
            "--request-timeout-ms" => limits.request_timeout = ms()?,
            "--batch-idle-ms" => limits.batch_idle = ms()?,
            "--max-in-flight" => limits.max_in_flight = size()?.max(1),
            "--max-streams" => limits.max_streams = size()?.max(1),
            "--max-connections" => limits.max_connections = size()?.max(1),
            "--shutdown-grace-ms" => limits.shutdown_grace = ms()?,
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    Ok((host, port, limits))
}

fn main() -> ExitCode {
    // Mobile home locations (R-TEL-4), as the npm package's Node entry loads
    // them at import; the division names and rule texts are bundled by the
    // library's default features.
    let _ = beian_check::phone::load_mobile_locations(include_bytes!("../../data/phones/mobile-location.bin").to_vec());
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("lines") => lines(),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => match parse_args(&args) {
            Ok((host, port, limits)) => serve(&host, port, limits),
            Err(problem) => {
                eprint!("beian-check-server: {problem}\n\n{USAGE}");
                ExitCode::from(2)
            }
        },
    }
}

/// `lines`: one request a line on stdin (see [`api::answer_line`]), one
/// answer a line on stdout — the native side of tests/js/native-vs-wasm.test.mjs.
fn lines() -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { return ExitCode::FAILURE };
        if writeln!(out, "{}", api::answer_line(&line)).is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn serve(host: &str, port: u16, limits: Limits) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            log(&format!("cannot start the runtime: {error}"));
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async {
        // Everything is ready before the address is announced: the GET
        // routes' answers are computed and SIGTERM is handled from then on.
        let shared = Arc::new(http::Shared::new(limits.clone()));
        let signal = match shutdown_signal() {
            Ok(signal) => signal,
            Err(error) => {
                log(&format!("cannot handle SIGTERM: {error}"));
                return ExitCode::FAILURE;
            }
        };
        let listener = match TcpListener::bind((host, port)).await {
            Ok(listener) => listener,
            Err(error) => {
                log(&format!("cannot listen on {host}:{port}: {error}"));
                return ExitCode::FAILURE;
            }
        };
        let address = listener.local_addr().map_or_else(|_| format!("{host}:{port}"), |a: SocketAddr| a.to_string());
        log(&format!("listening on http://{address}"));
        accept_loop(listener, shared, signal).await;
        ExitCode::SUCCESS
    })
}

/// A future that resolves on SIGTERM or SIGINT, its handlers installed now.
fn shutdown_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    #[cfg(unix)]
    let mut interrupt = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())?;
    Ok(async move {
        #[cfg(unix)]
        tokio::select! {
            _ = term.recv() => {}
            _ = interrupt.recv() => {}
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    })
}

async fn accept_loop(listener: TcpListener, shared: Arc<http::Shared>, signal: impl std::future::Future<Output = ()>) {
    let limits = shared.limits.clone();
    let router = http::router(shared.clone());
    let connections = Arc::new(Semaphore::new(limits.max_connections));
    // SIGTERM is broadcast to the connections through `stop`; each holds a
    // clone of `alive`, so `all_done` ends when the last one has finished.
    let (stop, stopping) = tokio::sync::watch::channel(false);
    let (alive, mut all_done) = tokio::sync::mpsc::channel::<()>(1);
    tokio::pin!(signal);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => stream,
                Err(error) => {
                    // Out of file descriptors and the like: wait, do not spin.
                    log(&format!("accept failed: {}", error.kind()));
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut signal => break,
        };
        let Ok(permit) = connections.clone().try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
            // Boxed: the connection is polled without being pinned (see serve_connection).
            Box::pin(router.clone().oneshot(request.map(axum::body::Body::new)))
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_timeout)
            .max_buf_size(limits.max_header_bytes)
            .max_headers(limits.max_headers)
            .serve_connection(TokioIo::new(stream), service);
        let (shared, stopping, alive) = (shared.clone(), stopping.clone(), alive.clone());
        shared.metrics.connections.fetch_add(1, Relaxed);
        tokio::spawn(async move {
            serve_connection(connection, stopping).await;
            shared.metrics.connections.fetch_sub(1, Relaxed);
            drop((permit, alive));
        });
    }
    drop(listener);
    let _ = stop.send(true);
    drop(alive);
    let open = shared.metrics.connections.load(Relaxed);
    log(&format!("shutting down: no new connections; finishing the requests of {open} connections"));
    tokio::select! {
        _ = all_done.recv() => log("shut down: every request answered"),
        () = tokio::time::sleep(limits.shutdown_grace) => log("shut down: the grace period ended with requests unanswered"),
    }
}

/// How long and how much a closing connection still reads (see [`serve_connection`]).
const LINGER: Duration = Duration::from_secs(2);
const LINGER_BYTES: usize = 64 << 20;

/// Serves one connection until it ends, or until shutdown lets its request
/// in flight finish; then closes it the way a client can read the answer.
/// A client still sending when the server answers (a 413 for a body too
/// large, a 431) would get a TCP reset if the socket were dropped with
/// unread bytes, and a reset can destroy the answer before the client reads
/// it. So the server ends its side (FIN), then reads and discards what the
/// client still sends for a while (bounded in time and bytes) — a lingering
/// close, as nginx does.
async fn serve_connection<S>(
    mut connection: hyper::server::conn::http1::Connection<TokioIo<tokio::net::TcpStream>, S>,
    mut stopping: tokio::sync::watch::Receiver<bool>,
) where
    S: hyper::service::HttpService<Incoming, ResBody = axum::body::Body> + Unpin,
    S::Future: Unpin,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut draining = false;
    loop {
        let done = {
            let served = std::future::poll_fn(|cx| connection.poll_without_shutdown(cx));
            tokio::select! {
                result = served => Some(result),
                changed = stopping.changed(), if !draining => {
                    let _ = changed;
                    None
                }
            }
        };
        match done {
            // A connection's errors (a client gone, a head too slow or too
            // large) end that connection only.
            Some(_) => break,
            None => {
                draining = true;
                std::pin::Pin::new(&mut connection).graceful_shutdown();
            }
        }
    }
    let mut stream = connection.into_parts().io.into_inner();
    let _ = stream.shutdown().await;
    let linger = async {
        let mut sink = vec![0u8; 16 << 10];
        let mut read = 0;
        while read < LINGER_BYTES {
            match stream.read(&mut sink).await {
                Ok(0) | Err(_) => break,
                Ok(n) => read += n,
            }
        }
    };
    let _ = tokio::time::timeout(LINGER, linger).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn limits_are_bounded_so_that_no_flag_can_make_the_server_panic() {
        let (_, _, limits) = parse_args(&args(&[
            "--max-connections",
            "18446744073709551615",
            "--batch-idle-ms",
            "18446744073709551615",
            "--max-header-bytes",
            "10",
            "--max-in-flight",
            "0",
        ]))
        .unwrap();
        assert_eq!(limits.max_connections, 1 << 30);
        assert!(limits.max_connections <= Semaphore::MAX_PERMITS);
        assert_eq!(limits.batch_idle, Duration::from_secs(86_400));
        assert_eq!(limits.max_header_bytes, 8192);
        assert_eq!(limits.max_in_flight, 1);
        let _ = Semaphore::new(limits.max_connections);
        let _ = tokio::time::Instant::now() + limits.batch_idle;
    }

    #[test]
    fn bad_flags_are_errors_not_panics() {
        assert!(parse_args(&args(&["--port", "99999"])).is_err());
        assert!(parse_args(&args(&["--port"])).is_err());
        assert!(parse_args(&args(&["--max-body", "-1"])).is_err());
        assert!(parse_args(&args(&["--frobnicate", "1"])).is_err());
        let (host, port, _) = parse_args(&args(&["--host", "0.0.0.0", "--port", "0"])).unwrap();
        assert_eq!((host.as_str(), port), ("0.0.0.0", 0));
    }
}
