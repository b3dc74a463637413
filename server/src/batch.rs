//! `POST /v1/batch/{name}`: a column as NDJSON (one JSON value a line), its
//! results as NDJSON, one line per value as soon as the value's line has
//! arrived. The response body is produced while the request body is read:
//! a frame of the request becomes a frame of the response, and the next
//! frame is read only when hyper has written the previous one. So a column
//! of any length is checked in memory bounded by one frame, one line
//! (`max_line`) and their results, and a client that stops reading stops
//! the reading of its column too.
//!
//! A result line is `{"index": i, "valid": bool, "findings": [...]}`: the
//! `findings` are validateBatch's (each with its `index`), `valid` is
//! validateBatch's `valid[i]`, and warnings about the options come with the
//! first value only, as in validateBatch. Blank lines are skipped; a line
//! that is not JSON gets `{"index": i, "error": "invalid_json", …}` and the
//! column goes on. The status (200) is sent before the column is read, so
//! what ends a column early — a line over `max_line` bytes, no bytes for
//! `batch_idle` — is said in a last line `{"error": …, "message": …}`.

use crate::api;
use crate::http::Shared;
use axum::body::{Body, Bytes};
use beian_check::check::FieldCheck;
use beian_check::Finding;
use http_body::{Body as HttpBody, Frame, SizeHint};
use serde::Serialize;
use serde_json::Value as Json;
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::sync::OwnedSemaphorePermit;
use tokio::time::{Instant, Sleep};

/// The streamed response of a batch.
pub struct BatchBody {
    request: Body,
    /// The check for the first value (with the options' warnings) and for the others.
    first: FieldCheck,
    others: FieldCheck,
    /// Bytes of the request not yet split into lines; `scanned` of them hold no newline.
    pending: Vec<u8>,
    scanned: usize,
    index: usize,
    done: bool,
    idle: Pin<Box<Sleep>>,
    shared: Arc<Shared>,
    /// Holds a slot of `max_streams` until the column ends.
    _permit: OwnedSemaphorePermit,
}

/// One finding of a batch, with the index of its value (validateBatch's shape).
#[derive(Serialize)]
struct BatchFinding<'a> {
    index: usize,
    #[serde(flatten)]
    finding: &'a Finding,
}

#[derive(Serialize)]
struct ResultLine<'a> {
    index: usize,
    valid: bool,
    findings: Vec<BatchFinding<'a>>,
}

impl BatchBody {
    pub fn new(request: Body, check: FieldCheck, shared: Arc<Shared>, permit: OwnedSemaphorePermit) -> BatchBody {
        let idle = Box::pin(tokio::time::sleep(shared.limits.batch_idle));
        BatchBody {
            request,
            others: check.quiet(),
            first: check,
            pending: Vec::new(),
            scanned: 0,
            index: 0,
            done: false,
            idle,
            shared,
            _permit: permit,
        }
    }

    /// Appends the result of one line to `out`.
    fn line(&mut self, line: &[u8], out: &mut Vec<u8>) {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        let index = self.index;
        self.index += 1;
        let parsed = crate::http::parse_json::<Json>(line, "one JSON value a line");
        match parsed {
            Ok(value) => {
                let check = if index == 0 { &self.first } else { &self.others };
                let outcome = check.validate(api::input(&value));
                let valid = outcome.ok();
                let findings = outcome.into_findings();
                self.shared.metrics.findings(&findings);
                let line = ResultLine {
                    index,
                    valid,
                    findings: findings.iter().map(|finding| BatchFinding { index, finding }).collect(),
                };
                let _ = serde_json::to_writer(&mut *out, &line);
            }
            Err(error) => {
                let line = serde_json::json!({ "index": index, "error": error.code, "message": error.message });
                let _ = serde_json::to_writer(&mut *out, &line);
            }
        }
        out.push(b'\n');
    }

    /// Splits the complete lines off `pending` and answers them.
    fn answer_lines(&mut self, out: &mut Vec<u8>) {
        let mut start = 0;
        let max = self.shared.limits.max_line;
        while let Some(at) = self.pending[self.scanned..].iter().position(|&b| b == b'\n') {
            let end = self.scanned + at;
            if end - start > max {
                return self.end(out, "line_too_long", &format!("a line is over {max} bytes"));
            }
            let line = self.pending[start..end].to_vec();
            self.line(&line, out);
            start = end + 1;
            self.scanned = start;
        }
        self.pending.drain(..start);
        self.scanned = self.pending.len();
        if self.pending.len() > max {
            self.end(out, "line_too_long", &format!("a line is over {max} bytes"));
        }
    }

    fn end(&mut self, out: &mut Vec<u8>, code: &str, message: &str) {
        let _ = serde_json::to_writer(&mut *out, &serde_json::json!({ "error": code, "message": message }));
        out.push(b'\n');
        self.done = true;
        self.pending = Vec::new();
    }
}

impl HttpBody for BatchBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let this = &mut *self;
        loop {
            if this.done {
                return Poll::Ready(None);
            }
            let mut out = Vec::new();
            match Pin::new(&mut this.request).poll_frame(cx) {
                Poll::Ready(Some(Ok(frame))) => {
                    let deadline = Instant::now() + this.shared.limits.batch_idle;
                    this.idle.as_mut().reset(deadline);
                    if let Ok(data) = frame.into_data() {
                        this.pending.extend_from_slice(&data);
                        this.answer_lines(&mut out);
                    }
                }
                Poll::Ready(Some(Err(_))) => {
                    this.end(
                        &mut out,
                        "body_unreadable",
                        "the column ended before its declared length or could not be read",
                    );
                }
                Poll::Ready(None) => {
                    // The last line needs no newline.
                    let last = std::mem::take(&mut this.pending);
                    this.line(&last, &mut out);
                    this.done = true;
                }
                Poll::Pending => {
                    if this.idle.as_mut().poll(cx).is_ready() {
                        let idle = this.shared.limits.batch_idle.as_millis();
                        this.end(&mut out, "timeout", &format!("no bytes of the column for {idle} ms"));
                    } else {
                        return Poll::Pending;
                    }
                }
            }
            if !out.is_empty() {
                return Poll::Ready(Some(Ok(Frame::data(Bytes::from(out)))));
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.done
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::default()
    }
}
