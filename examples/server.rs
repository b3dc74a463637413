//! Server-side re-validation: the server checks what the browser checked,
//! with the same rules, option parsing and result shape as the wasm build.
//!
//! ```sh
//! cargo run --release --example server            # HTTP on 127.0.0.1:8787
//! curl -s -X POST --data @form.json 'http://127.0.0.1:8787/filing?locale=en'
//! curl -s -X POST --data '"11010519491231002x"' 'http://127.0.0.1:8787/check/idNumber?asOf=2026-11-22'
//! cargo run --release --example server -- --lines # JSON lines on stdin → results on stdout
//! ```
//!
//! A request line of `--lines` is `{"check": "idNumber", "value": …, "options": {…}}`
//! or `{"filing": {…form…}, "options": {…}}`; the answer is the JSON the wasm
//! function returns (`tests/js/native-vs-wasm.test.mjs` compares them on
//! 100 000 random values per check). Standard library only, one request at a
//! time: a sketch of the endpoint, not a production server.

use beian_check::check::FieldCheck;
use beian_check::form::{validate_filing, FilingOptions, FormValue};
use beian_check::input::{Input, Value};
use serde_json::{json, Value as Json};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;

/// An option of a JSON options object, as the checks read host values.
fn host_value(options: &Json, name: &str) -> Value {
    match options.get(name) {
        None | Some(Json::Null) => Value::Missing,
        Some(Json::String(text)) => Value::Text(text.clone()),
        Some(Json::Bool(_)) => Value::NotText("boolean"),
        Some(Json::Number(_)) => Value::NotText("number"),
        Some(Json::Array(_)) => Value::NotText("array"),
        Some(Json::Object(_)) => Value::NotText("object"),
    }
}

/// The value of a field as the checks take it.
fn input(value: &Json) -> Input<'_> {
    match value {
        Json::Null => Input::Missing,
        Json::String(text) => Input::Text(text),
        Json::Bool(_) => Input::NotText("boolean"),
        Json::Number(_) => Input::NotText("number"),
        Json::Array(_) => Input::NotText("array"),
        Json::Object(_) => Input::NotText("object"),
    }
}

/// Runs the field check `name` on `value`; `None` for an unknown check.
fn check(name: &str, value: &Json, options: &Json) -> Option<String> {
    let list = |key: &'static str| -> Vec<String> {
        options
            .get(key)
            .and_then(Json::as_array)
            .map_or_else(Vec::new, |items| items.iter().filter_map(|item| item.as_str().map(str::to_owned)).collect())
    };
    let flag = |key: &'static str| options.get(key).and_then(Json::as_bool);
    let check = FieldCheck::new(name, |key| host_value(options, key), list, flag)?;
    serde_json::to_string(&check.validate(input(value))).ok()
}

/// Runs `validate_filing` on `form`.
fn filing(form: &Json, options: &Json) -> String {
    let form: FormValue = serde_json::from_value(form.clone()).unwrap_or_default();
    let opts = FilingOptions::from_host(&|key| host_value(options, key));
    serde_json::to_string(&validate_filing(&form, &opts)).unwrap_or_default()
}

/// One `--lines` request.
fn answer_line(line: &str) -> String {
    let Ok(request) = serde_json::from_str::<Json>(line) else {
        return json!({ "error": "not JSON" }).to_string();
    };
    let options = request.get("options").cloned().unwrap_or(Json::Null);
    if let Some(form) = request.get("filing") {
        return filing(form, &options);
    }
    let name = request.get("check").and_then(Json::as_str).unwrap_or("");
    let value = request.get("value").unwrap_or(&Json::Null);
    check(name, value, &options).unwrap_or_else(|| json!({ "error": format!("unknown check {name}") }).to_string())
}

/// The options of a query string (`?locale=en&asOf=2026-11-22`); values are
/// taken as they are (no percent-decoding in this sketch).
fn query_options(query: &str) -> Json {
    let pairs = query.split('&').filter_map(|pair| pair.split_once('='));
    Json::Object(pairs.map(|(k, v)| (k.to_owned(), Json::String(v.to_owned()))).collect())
}

/// One HTTP request: `POST /filing` or `POST /check/<name>` with a JSON body.
fn answer_http(method: &str, target: &str, body: &str) -> (u16, String) {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let options = query_options(query);
    let Ok(body) = serde_json::from_str::<Json>(body) else {
        return (400, json!({ "error": "the body is not JSON" }).to_string());
    };
    match (method, path.strip_prefix("/check/")) {
        ("POST", Some(name)) => check(name, &body, &options)
            .map_or_else(|| (404, json!({ "error": format!("unknown check {name}") }).to_string()), |r| (200, r)),
        ("POST", None) if path == "/filing" => (200, filing(&body, &options)),
        _ => (404, json!({ "error": "POST /filing or /check/<name>" }).to_string()),
    }
}

fn serve(port: u16) -> std::io::Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", port))?;
    eprintln!("beian-check server on http://127.0.0.1:{port} (POST /filing, POST /check/<name>)");
    for stream in listener.incoming() {
        let mut stream = stream?;
        let mut reader = BufReader::new(stream.try_clone()?);
        let mut request_line = String::new();
        reader.read_line(&mut request_line)?;
        let mut length = 0usize;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().unwrap_or(0).min(10 << 20);
                }
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body)?;
        let mut parts = request_line.split_whitespace();
        let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
        let (status, json) = answer_http(method, target, &String::from_utf8_lossy(&body));
        write!(
            stream,
            "HTTP/1.1 {status} OK\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{json}",
            json.len()
        )?;
    }
    Ok(())
}

fn main() -> std::io::Result<()> {
    // Mobile home locations (R-TEL-4), as the Node entry loads them; the
    // division names are bundled by the default feature.
    let locations = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/phones/mobile-location.bin"))?;
    let _ = beian_check::phone::load_mobile_locations(locations);
    if std::env::args().any(|arg| arg == "--lines") {
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        for line in std::io::stdin().lock().lines() {
            writeln!(out, "{}", answer_line(&line?))?;
        }
        return out.flush();
    }
    let port = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8787);
    serve(port)
}
