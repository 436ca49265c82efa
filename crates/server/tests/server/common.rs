#![allow(dead_code)]

use std::net::SocketAddr;

use discern_server::{AppState, ServeConfig, serve_app};
use discern_store::Store;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

pub const BLOG: &str = "https://blog.example";
pub const HAM: &str = "Thanks for the detailed write-up on pruning roses, I tried it on my garden this weekend and it worked.";
pub const SPAM: &str = "WINNER!! cheap viagra pills casino, WIN a FREE iPhone!!! Call 09061701461 now to claim your prize";

pub struct TestServer {
    pub addr: SocketAddr,
    pub key: String,
    pub state: AppState,
    pub store: Store,
    pub client: reqwest::Client,
    pub dir: tempfile::TempDir,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

pub fn default_config() -> ServeConfig {
    let mut c = ServeConfig::default();
    c.limits.default_rate_limit = 0;
    c
}

impl TestServer {
    pub async fn start() -> TestServer {
        Self::with_config(default_config()).await
    }

    pub async fn with_config(config: ServeConfig) -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        let url = dir.path().join("discern.db").display().to_string();
        let store = Store::open(&url).await.unwrap();
        let key = store.create_key(None, Some(BLOG)).await.unwrap().key;
        Self::on_store(dir, store, key, config).await
    }

    pub async fn on_store(
        dir: tempfile::TempDir,
        store: Store,
        key: String,
        mut config: ServeConfig,
    ) -> TestServer {
        config.database = "(given)".into();
        let state = AppState::new(store.clone(), config).await.unwrap();
        let listener = discern_server::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        // The production accept loop (connection cap, timeouts), not axum::serve.
        tokio::spawn(serve_app(listener, state.clone(), async move {
            let _ = rx.await;
        }));
        TestServer {
            addr,
            key,
            state,
            store,
            client: reqwest::Client::new(),
            dir,
            shutdown: Some(tx),
        }
    }

    /// A server on a runtime of its own (two worker threads, like a small production
    /// box), so the test's own clients do not compete with it for one thread: the attack
    /// tests time the server, not their own load generators.
    pub async fn isolated(config: ServeConfig) -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        let url = dir.path().join("discern.db").display().to_string();
        let (ready_tx, ready_rx) = tokio::sync::oneshot::channel();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let store = Store::open(&url).await.unwrap();
                let key = store.create_key(None, Some(BLOG)).await.unwrap().key;
                let mut config = config;
                config.database = "(given)".into();
                let state = AppState::new(store.clone(), config).await.unwrap();
                let listener = discern_server::bind("127.0.0.1:0").await.unwrap();
                let addr = listener.local_addr().unwrap();
                let server = tokio::spawn(serve_app(listener, state.clone(), async move {
                    let _ = rx.await;
                }));
                let _ = ready_tx.send((addr, key, state, store));
                let _ = server.await;
            });
        });
        let (addr, key, state, store) = ready_rx.await.unwrap();
        TestServer {
            addr,
            key,
            state,
            store,
            client: reqwest::Client::new(),
            dir,
            shutdown: Some(tx),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// POST a form built from `fields` (encoded here, so tests control every byte).
    pub async fn form(&self, path: &str, fields: &[(&str, &str)]) -> Reply {
        self.raw(
            path,
            "application/x-www-form-urlencoded",
            encode(fields).into_bytes(),
        )
        .await
    }

    /// POST a form with the test key and blog added.
    pub async fn akismet(&self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let mut all = vec![("api_key", self.key.as_str()), ("blog", BLOG)];
        all.extend_from_slice(fields);
        self.form(path, &all).await
    }

    pub async fn raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> Reply {
        let r = self
            .client
            .post(self.url(path))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap();
        Reply::from(r).await
    }

    pub async fn json(
        &self,
        method: &str,
        path: &str,
        key: Option<&str>,
        body: Option<serde_json::Value>,
    ) -> Reply {
        let mut req = match method {
            "GET" => self.client.get(self.url(path)),
            "PUT" => self.client.put(self.url(path)),
            _ => self.client.post(self.url(path)),
        };
        if let Some(k) = key {
            req = req.header("authorization", format!("Bearer {k}"));
        }
        if let Some(b) = body {
            req = req
                .header("content-type", "application/json")
                .body(serde_json::to_vec(&b).unwrap());
        }
        Reply::from(req.send().await.unwrap()).await
    }

    pub async fn api(&self, method: &str, path: &str, body: Option<serde_json::Value>) -> Reply {
        let key = self.key.clone();
        self.json(method, path, Some(&key), body).await
    }

    pub async fn get(&self, path: &str) -> Reply {
        Reply::from(self.client.get(self.url(path)).send().await.unwrap()).await
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

pub fn encode(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                utf8_percent_encode(k, NON_ALPHANUMERIC),
                utf8_percent_encode(v, NON_ALPHANUMERIC)
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Reply {
    pub async fn from(r: reqwest::Response) -> Reply {
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let body = r.text().await.unwrap();
        Reply {
            status,
            headers,
            body,
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}
