//! Request bodies, read only after the request is authenticated and never past a limit.
//!
//! * A `Content-Length` over the limit is refused (413) before a byte is read.
//! * Otherwise bytes are counted as they arrive, and the read stops (413) at the limit:
//!   chunked uploads cannot get around it.
//! * The whole read must finish within the request deadline (408): a slow upload holds a
//!   connection, never a worker.
//! * JSON is parsed *while* it arrives ([`JsonBody`]): the bytes go through a small
//!   bounded channel to a parser on the blocking pool, so the raw body is never held
//!   whole and a batch's item limit stops the parse at the first item too many.

use std::io::Read;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, header};
use http_body_util::BodyExt;
use tokio::sync::mpsc;
use tokio::time::Instant;

use crate::error::{AppError, AppResult};

/// Frames buffered between the socket and the parser: backpressure beyond this.
const CHANNEL_FRAMES: usize = 8;

fn declared_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

fn too_large(limit: usize) -> AppError {
    AppError::PayloadTooLarge(format!("the body is over the {limit}-byte limit"))
}

/// Refuses, before reading, a body whose declared length is over `limit`.
pub fn check_declared(headers: &HeaderMap, limit: usize) -> AppResult<()> {
    match declared_length(headers) {
        Some(n) if n > limit as u64 => Err(too_large(limit)),
        _ => Ok(()),
    }
}

/// The limit for the small JSON bodies of settings, reviews and operator calls.
pub const SMALL_BODY: usize = 4 * 1024;

/// Reads a small JSON body ([`read_limited`]) and parses it; bad JSON is a 400 that says
/// what was wrong.
pub async fn read_json<T: serde::de::DeserializeOwned>(
    body: Body,
    headers: &HeaderMap,
    limit: usize,
    timeout: Duration,
) -> AppResult<T> {
    let bytes = read_limited(body, headers, limit, timeout).await?;
    serde_json::from_slice(&bytes).map_err(|e| AppError::BadRequest(format!("invalid JSON: {e}")))
}

/// Reads the whole body: at most `limit` bytes, within `timeout`.
pub async fn read_limited(
    body: Body,
    headers: &HeaderMap,
    limit: usize,
    timeout: Duration,
) -> AppResult<Bytes> {
    check_declared(headers, limit)?;
    let deadline = Instant::now() + timeout;
    let mut body = body;
    let mut out = Vec::new();
    loop {
        let frame = tokio::time::timeout_at(deadline, body.frame())
            .await
            .map_err(|_| AppError::Timeout)?;
        match frame {
            None => return Ok(Bytes::from(out)),
            Some(Err(e)) => return Err(AppError::BadRequest(format!("reading the body: {e}"))),
            Some(Ok(frame)) => {
                if let Ok(data) = frame.into_data() {
                    if out.len() + data.len() > limit {
                        return Err(too_large(limit));
                    }
                    out.extend_from_slice(&data);
                }
            }
        }
    }
}

/// A body being read into a channel for a parser on the blocking pool.
pub struct JsonBody {
    reader: ChannelReader,
    pump: tokio::task::JoinHandle<AppResult<()>>,
}

impl JsonBody {
    /// Starts reading `body` (limit and deadline as in [`read_limited`]).
    pub fn start(
        body: Body,
        headers: &HeaderMap,
        limit: usize,
        timeout: Duration,
    ) -> AppResult<JsonBody> {
        check_declared(headers, limit)?;
        let (tx, rx) = mpsc::channel(CHANNEL_FRAMES);
        let pump = tokio::spawn(pump(body, tx, limit, Instant::now() + timeout));
        Ok(JsonBody {
            reader: ChannelReader {
                rx,
                current: Bytes::new(),
                failed: false,
            },
            pump,
        })
    }

    /// Runs `parse` over the body on the blocking pool. When the parse fails because the
    /// body could not be read (too large, too slow, broken), that is the error returned.
    pub async fn parse<T: Send + 'static>(
        self,
        parse: impl FnOnce(&mut dyn Read) -> AppResult<T> + Send + 'static,
    ) -> AppResult<T> {
        let JsonBody { mut reader, pump } = self;
        let (parsed, read_failed) = tokio::task::spawn_blocking(move || {
            let result = parse(&mut std::io::BufReader::with_capacity(
                64 * 1024,
                &mut reader,
            ));
            (result, reader.failed)
        })
        .await
        .map_err(|e| AppError::Internal(format!("JSON parser task failed: {e}")))?;
        if parsed.is_err() && !read_failed {
            // The document itself is bad (or over the item limit): answer now, without
            // waiting for the rest of an upload nobody will read.
            pump.abort();
            return parsed;
        }
        let pumped = pump
            .await
            .map_err(|e| AppError::Internal(format!("body reader task failed: {e}")))?;
        match (parsed, pumped) {
            (Ok(value), _) => Ok(value),
            (Err(_), Err(read_error)) => Err(read_error),
            (Err(parse_error), Ok(())) => Err(parse_error),
        }
    }
}

async fn pump(
    mut body: Body,
    tx: mpsc::Sender<std::io::Result<Bytes>>,
    limit: usize,
    deadline: Instant,
) -> AppResult<()> {
    let mut seen = 0usize;
    let failure = loop {
        let frame = match tokio::time::timeout_at(deadline, body.frame()).await {
            Ok(frame) => frame,
            Err(_) => break AppError::Timeout,
        };
        match frame {
            None => return Ok(()),
            Some(Err(e)) => break AppError::BadRequest(format!("reading the body: {e}")),
            Some(Ok(frame)) => {
                let Ok(data) = frame.into_data() else {
                    continue;
                };
                seen += data.len();
                if seen > limit {
                    break too_large(limit);
                }
                match tokio::time::timeout_at(deadline, tx.send(Ok(data))).await {
                    Ok(Ok(())) => {}
                    // The parser is done (or gave up): nothing more to read.
                    Ok(Err(_)) => return Ok(()),
                    Err(_) => break AppError::Timeout,
                }
            }
        }
    };
    // The parser sees an I/O error and stops; the handler answers with `failure`. The
    // parser is reading (or gone, and the send fails at once), so this does not wait long.
    let _ = tx
        .send(Err(std::io::Error::other(failure.to_string())))
        .await;
    Err(failure)
}

/// `std::io::Read` over the frames the pump sends (used on the blocking pool only).
struct ChannelReader {
    rx: mpsc::Receiver<std::io::Result<Bytes>>,
    current: Bytes,
    /// The pump reported a failure (the handler answers with the pump's error).
    failed: bool,
}

impl Read for ChannelReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.current.is_empty() {
            match self.rx.blocking_recv() {
                Some(Ok(data)) => self.current = data,
                Some(Err(e)) => {
                    self.failed = true;
                    return Err(e);
                }
                None => return Ok(0),
            }
        }
        let n = buf.len().min(self.current.len());
        buf[..n].copy_from_slice(&self.current[..n]);
        let _ = self.current.split_to(n);
        Ok(n)
    }
}
