//! The routes, their request shapes and the errors: every request the
//! server cannot answer gets a 4xx with a JSON body
//! `{"error": code, "message": words}` naming the problem. The words never
//! repeat a value from the body (they say where, not what), and the logs
//! carry the code only.

use crate::api;
use crate::batch::BatchBody;
use crate::metrics::{route_index, Metrics, ROUTES};
use crate::Limits;
use axum::body::{Body, Bytes};
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{MatchedPath, Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{from_fn_with_state, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use beian_check::form::FormValue;
use beian_check::Locale;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value as Json};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::Semaphore;

/// What every request shares: limits, metrics, the answers of the GET
/// routes (computed once: they depend on the bundled data only).
pub struct Shared {
    pub limits: Limits,
    pub metrics: Metrics,
    in_flight: Arc<Semaphore>,
    pub streams: Arc<Semaphore>,
    /// `listRules` in zh-CN and en.
    rules: [Bytes; 2],
    /// `provinceRequirements` per [`api::PROVINCES`] entry, zh-CN and en.
    requirements: Vec<[Bytes; 2]>,
    data_version: Bytes,
}

/// The committed OpenAPI document, served as it is.
pub const OPENAPI: &str = include_str!("../openapi.json");

impl Shared {
    pub fn new(limits: Limits) -> Shared {
        let both = |f: &dyn Fn(Locale) -> Vec<u8>| [Bytes::from(f(Locale::ZhCn)), Bytes::from(f(Locale::En))];
        Shared {
            in_flight: Arc::new(Semaphore::new(limits.max_in_flight)),
            streams: Arc::new(Semaphore::new(limits.max_streams)),
            limits,
            metrics: Metrics::default(),
            rules: both(&api::rules_json),
            requirements: api::PROVINCES.iter().map(|&p| both(&|l| api::requirements_json(p, l))).collect(),
            data_version: Bytes::from(api::data_version_json()),
        }
    }
}

/// A request the server does not answer with a result.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

/// The error code of a response, for the log line.
#[derive(Clone, Copy)]
struct ErrorCode(&'static str);

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError { status, code, message: message.into() }
    }

    fn bad(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, code, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "error": self.code, "message": self.message }).to_string();
        let mut response = (self.status, [(header::CONTENT_TYPE, "application/json")], body).into_response();
        if self.status == StatusCode::TOO_MANY_REQUESTS {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        response.extensions_mut().insert(ErrorCode(self.code));
        response
    }
}

fn json_response(bytes: impl Into<Bytes>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], bytes.into()).into_response()
}

pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/v1/filing", post(filing))
        .route("/v1/check/{name}", post(check))
        .route("/v1/batch/{name}", post(batch))
        .route("/v1/rules", get(rules))
        .route("/v1/provinces/{code}/requirements", get(requirements))
        .route("/v1/data-version", get(data_version))
        .route("/healthz", get(|| async { json_response(&b"{\"status\":\"ok\"}"[..]) }))
        .route("/metrics", get(metrics))
        .route("/openapi.json", get(|| async { json_response(OPENAPI) }))
        .fallback(|| async { ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such route: see /openapi.json") })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "this route takes another method: see /openapi.json",
            )
        })
        .layer(from_fn_with_state(shared.clone(), guard))
        .with_state(shared)
}

/// Around every request: the cap on requests in flight (a request waits
/// for a slot at most `busy_wait`, then gets 429), the request time limit
/// (408; a batch stream is limited per read instead, see
/// [`crate::batch`]), the metrics and the log line of a refused request.
async fn guard(
    State(shared): State<Arc<Shared>>,
    matched: Option<MatchedPath>,
    request: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    let route = route_index(matched.as_ref().map(MatchedPath::as_str));
    let limits = &shared.limits;
    let response = match tokio::time::timeout(limits.busy_wait, shared.in_flight.clone().acquire_owned()).await {
        Ok(Ok(_permit)) => {
            shared.metrics.in_flight.fetch_add(1, Relaxed);
            let response = if ROUTES[route] == "/v1/batch/{name}" {
                next.run(request).await
            } else {
                match tokio::time::timeout(limits.request_timeout, next.run(request)).await {
                    Ok(response) => response,
                    Err(_) => ApiError::new(
                        StatusCode::REQUEST_TIMEOUT,
                        "timeout",
                        format!(
                            "the request took longer than {} ms (a body sent too slowly?)",
                            limits.request_timeout.as_millis()
                        ),
                    )
                    .into_response(),
                }
            };
            shared.metrics.in_flight.fetch_sub(1, Relaxed);
            response
        }
        _ => ApiError::new(StatusCode::TOO_MANY_REQUESTS, "busy", "too many requests in flight: retry after a second")
            .into_response(),
    };
    let took = started.elapsed();
    shared.metrics.request(route, response.status().as_u16(), took);
    if let Some(ErrorCode(code)) = response.extensions().get::<ErrorCode>() {
        // Route template, status and code only: no path values, query or body.
        crate::log(&format!(
            "{} {} {code} {:.1} ms",
            response.status().as_u16(),
            ROUTES[route],
            took.as_secs_f64() * 1e3
        ));
    }
    response
}

/// Checks the media type: `expected` (parameters allowed, and a charset
/// only if it is UTF-8).
fn media_type(headers: &HeaderMap, expected: &[&str]) -> Result<(), ApiError> {
    let wrong = || {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            format!("send the body as Content-Type: {}", expected.join(" or ")),
        )
    };
    let value = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).ok_or_else(wrong)?;
    let mut parts = value.split(';').map(str::trim);
    let essence = parts.next().unwrap_or("");
    if !expected.iter().any(|e| e.eq_ignore_ascii_case(essence)) {
        return Err(wrong());
    }
    for param in parts {
        if let Some((name, charset)) = param.split_once('=') {
            let charset = charset.trim_matches('"');
            if name.trim().eq_ignore_ascii_case("charset") && !charset.eq_ignore_ascii_case("utf-8") {
                return Err(wrong());
            }
        }
    }
    Ok(())
}

/// Reads a whole JSON body of at most `limits.max_body` bytes: 413 as soon
/// as the declared length or the bytes read go over.
async fn read_body(shared: &Shared, headers: &HeaderMap, body: Body) -> Result<Bytes, ApiError> {
    media_type(headers, &["application/json"])?;
    let max = shared.limits.max_body;
    let too_large =
        || ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "body_too_large", format!("the body is over {max} bytes"));
    let declared =
        headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        return Err(too_large());
    }
    match Limited::new(body, max).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(error) if error.downcast_ref::<LengthLimitError>().is_some() => Err(too_large()),
        Err(_) => {
            Err(ApiError::bad("body_unreadable", "the body ended before its declared length or could not be read"))
        }
    }
}

/// Parses a JSON body into `T`; `shape` says what the body must be, for
/// the message of a body of the wrong type.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8], shape: &str) -> Result<T, ApiError> {
    if let Err(error) = std::str::from_utf8(bytes) {
        return Err(ApiError::bad("invalid_utf8", format!("the body is not UTF-8 (byte {})", error.valid_up_to())));
    }
    let mut fixed;
    let bytes = if bytes.contains(&b'\\') {
        fixed = bytes.to_vec();
        api::replace_lone_surrogates(&mut fixed);
        &fixed[..]
    } else {
        bytes
    };
    serde_json::from_slice(bytes).map_err(|error| json_error(&error, shape))
}

/// The 400 for a body serde_json refused. Syntax messages say what was
/// expected and where; a type mismatch is described without the value.
pub fn json_error(error: &serde_json::Error, shape: &str) -> ApiError {
    use serde_json::error::Category;
    let at = format!("line {} column {}", error.line(), error.column());
    let text = error.to_string();
    match error.classify() {
        Category::Eof => ApiError::bad("truncated_json", format!("the JSON ends early ({at})")),
        Category::Syntax if text.starts_with("recursion limit exceeded") => {
            ApiError::bad("too_deep", format!("the JSON nests more than 128 levels ({at})"))
        }
        Category::Syntax | Category::Io => ApiError::bad("invalid_json", format!("the body is not JSON: {text}")),
        Category::Data if text.starts_with("unknown field") || text.starts_with("duplicate field") => {
            ApiError::bad("wrong_shape", format!("{text}; the body must be {shape}"))
        }
        Category::Data => ApiError::bad("wrong_shape", format!("the body must be {shape} ({at})")),
    }
}

/// The `options` member: absent, `null` or an object.
fn options_object(options: Option<Json>) -> Result<Option<Map<String, Json>>, ApiError> {
    match options {
        None | Some(Json::Null) => Ok(None),
        Some(Json::Object(map)) => Ok(Some(map)),
        Some(_) => Err(ApiError::bad("wrong_shape", "\"options\" must be an object")),
    }
}

/// `POST /v1/filing` body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FilingRequest {
    form: Option<FormValue>,
    options: Option<Json>,
}

const FILING_SHAPE: &str = r#"an object {"form": {…}, "options": {…}} ("options" may be left out)"#;

async fn filing(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Result<Response, ApiError> {
    let bytes = read_body(&shared, &headers, body).await?;
    let request: FilingRequest = parse_json(&bytes, FILING_SHAPE)?;
    let form = match request.form {
        Some(form @ FormValue::Object(_)) => form,
        None => {
            return Err(ApiError::bad("wrong_shape", format!("\"form\" is missing: the body must be {FILING_SHAPE}")))
        }
        Some(_) => return Err(ApiError::bad("wrong_shape", "\"form\" must be an object")),
    };
    let options = options_object(request.options)?;
    let result = api::filing(&form, options.as_ref());
    shared.metrics.findings(&result.findings);
    Ok(json_response(serde_json::to_vec(&result).unwrap_or_default()))
}

/// `POST /v1/check/{name}` body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckRequest {
    #[serde(default)]
    value: Json,
    options: Option<Json>,
}

fn path_error(_: PathRejection) -> ApiError {
    ApiError::bad("invalid_path", "the path's parameter is not valid UTF-8 text")
}

fn unknown_check(name: &str) -> ApiError {
    // The name is echoed only when it is one a check could have (short, plain).
    let shown = if name.len() <= 32 && name.bytes().all(|b| b.is_ascii_alphanumeric()) { name } else { "…" };
    ApiError::new(
        StatusCode::NOT_FOUND,
        "unknown_check",
        format!("no check named {shown:?}: one of {}", beian_check::check::CHECK_NAMES.join(", ")),
    )
}

async fn check(
    State(shared): State<Arc<Shared>>,
    name: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let Path(name) = name.map_err(path_error)?;
    if !beian_check::check::CHECK_NAMES.contains(&name.as_str()) {
        return Err(unknown_check(&name));
    }
    let bytes = read_body(&shared, &headers, body).await?;
    let request: CheckRequest =
        parse_json(&bytes, r#"an object {"value": …, "options": {…}} ("options" may be left out)"#)?;
    let options = options_object(request.options)?;
    let check = api::field_check(&name, options.as_ref()).ok_or_else(|| unknown_check(&name))?;
    let outcome = check.validate(api::input(&request.value));
    let bytes = serde_json::to_vec(&outcome).unwrap_or_default();
    shared.metrics.findings(&api::outcome_findings(outcome));
    Ok(json_response(bytes))
}

/// The options of a batch, from its query string: each parameter is a text
/// option, except the list options (repeat the parameter for each item)
/// and `registrarAbroad` (`true` or `false`).
fn query_options(pairs: Vec<(String, String)>) -> Map<String, Json> {
    const LISTS: [&str; 3] = ["allowSuffixes", "denySuffixes", "domains"];
    let mut options = Map::new();
    for (key, value) in pairs {
        if LISTS.contains(&key.as_str()) {
            if let Json::Array(items) = options.entry(key).or_insert_with(|| Json::Array(Vec::new())) {
                items.push(Json::String(value));
            }
        } else if key == "registrarAbroad" && (value == "true" || value == "false") {
            options.insert(key, Json::Bool(value == "true"));
        } else {
            options.insert(key, Json::String(value));
        }
    }
    options
}

fn query_error(_: QueryRejection) -> ApiError {
    ApiError::bad("invalid_query", "the query string is not valid form-urlencoded UTF-8")
}

async fn batch(
    State(shared): State<Arc<Shared>>,
    name: Result<Path<String>, PathRejection>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let Path(name) = name.map_err(path_error)?;
    let Query(pairs) = query.map_err(query_error)?;
    media_type(&headers, &["application/x-ndjson", "application/jsonl"])?;
    let options = query_options(pairs);
    let check = api::field_check(&name, Some(&options)).ok_or_else(|| unknown_check(&name))?;
    let permit = tokio::time::timeout(shared.limits.busy_wait, shared.streams.clone().acquire_owned())
        .await
        .ok()
        .and_then(Result::ok)
        .ok_or_else(|| {
            ApiError::new(StatusCode::TOO_MANY_REQUESTS, "busy", "too many batch streams open: retry after a second")
        })?;
    let stream = BatchBody::new(body, check, shared.clone(), permit);
    Ok(([(header::CONTENT_TYPE, "application/x-ndjson")], Body::new(stream)).into_response())
}

/// The `locale` query parameter of the GET routes, as the JS reads it.
#[derive(Deserialize)]
struct LocaleQuery {
    locale: Option<String>,
}

fn locale_index(query: Result<Query<LocaleQuery>, QueryRejection>) -> Result<usize, ApiError> {
    let Query(q) = query.map_err(query_error)?;
    Ok(usize::from(api::locale_of(q.locale.as_deref()) == Locale::En))
}

async fn rules(
    State(shared): State<Arc<Shared>>,
    query: Result<Query<LocaleQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    Ok(json_response(shared.rules[locale_index(query)?].clone()))
}

async fn requirements(
    State(shared): State<Arc<Shared>>,
    code: Result<Path<String>, PathRejection>,
    query: Result<Query<LocaleQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Path(code) = code.map_err(path_error)?;
    let locale = locale_index(query)?;
    let province = api::province_of(&code).ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "unknown_province",
            "not a province: two digits or a six-digit code of a province (\"44\", \"440000\"), or \"000000\" for the national rules",
        )
    })?;
    let index = api::PROVINCES.iter().position(|&p| p == province).unwrap_or(0);
    Ok(json_response(shared.requirements[index][locale].clone()))
}

async fn data_version(State(shared): State<Arc<Shared>>) -> Response {
    json_response(shared.data_version.clone())
}

async fn metrics(State(shared): State<Arc<Shared>>) -> Response {
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], shared.metrics.render()).into_response()
}
