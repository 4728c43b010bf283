//! Serving a router to the network so that slow or idle clients cannot hold it: HTTP/1.1
//! through hyper with a timer, a deadline for the request head (a client that sends its
//! headers byte by byte is closed), a deadline for the request body, a cap on open
//! connections (beyond it new ones wait in the kernel's queue instead of using up file
//! descriptors), and a deadline for a graceful stop.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tower::ServiceExt;

/// The limits a listener serves under.
#[derive(Debug, Clone, Copy)]
pub struct ServerLimits {
    /// A request's head (request line and headers) must arrive within this, counted from the
    /// first byte, or from the end of the previous request on a kept-alive connection.
    pub header_read_timeout: Duration,
    /// A request's body must arrive within this once its head has.
    pub body_timeout: Duration,
    /// The largest body read at all (the routers set smaller limits of their own).
    pub max_body_bytes: usize,
    /// Connections open at once; more wait until one closes.
    pub max_connections: usize,
    /// After the stop signal, connections may finish their requests for this long; then the
    /// ones still open are closed.
    pub shutdown_deadline: Duration,
}

impl Default for ServerLimits {
    fn default() -> Self {
        ServerLimits {
            header_read_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            max_body_bytes: 1024 * 1024,
            max_connections: 200,
            shutdown_deadline: Duration::from_secs(10),
        }
    }
}

/// Serves `app` on `listener` under `limits` until `stop` completes, then stops gracefully
/// within the shutdown deadline. Handlers see the client's address as
/// `ConnectInfo<SocketAddr>`.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ServerLimits,
    stop: impl Future<Output = ()>,
) {
    let name = listener
        .local_addr()
        .map_or_else(|_| "?".to_owned(), |a| a.to_string());
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut connections = JoinSet::new();
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .keep_alive(true);
    tokio::pin!(stop);
    loop {
        while connections.try_join_next().is_some() {}
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
            () = &mut stop => break,
        };
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, or the client left before accept: try again
                    // in a moment rather than spinning.
                    tracing::warn!(listener = %name, error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let app = app.clone();
        let service = tower::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
            let app = app.clone();
            async move {
                let mut request = request.map(Body::new);
                request.extensions_mut().insert(ConnectInfo(remote));
                Ok::<_, std::convert::Infallible>(
                    match read_body(request, limits.body_timeout, limits.max_body_bytes).await {
                        Ok(request) => match app.oneshot(request).await {
                            Ok(response) => response,
                            Err(never) => match never {},
                        },
                        Err(refusal) => refusal,
                    },
                )
            }
        });
        let connection =
            builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        connections.spawn(async move {
            // A client that went away or was too slow ends its connection; nothing to report.
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    let open = connections.len();
    if tokio::time::timeout(limits.shutdown_deadline, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            listener = %name,
            open,
            "connections still open at the shutdown deadline: closed"
        );
    }
    connections.abort_all();
}

/// Reads the whole body within `timeout` (at most `max` bytes), so a client that sends it
/// slowly is answered 408 and cut off instead of holding a handler.
async fn read_body(request: Request, timeout: Duration, max: usize) -> Result<Request, Response> {
    let (parts, body) = request.into_parts();
    match tokio::time::timeout(timeout, axum::body::to_bytes(body, max)).await {
        Ok(Ok(bytes)) => Ok(Request::from_parts(parts, Body::from(bytes))),
        Ok(Err(_)) => Err(closing(StatusCode::PAYLOAD_TOO_LARGE)),
        Err(_) => {
            tracing::info!("a request body did not arrive in time: connection closed");
            Err(closing(StatusCode::REQUEST_TIMEOUT))
        }
    }
}

/// A bare status that also closes the connection.
fn closing(status: StatusCode) -> Response {
    let mut response = status.into_response();
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}
