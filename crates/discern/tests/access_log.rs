//! The access log of a real `discern serve` process: one line per request with the key's
//! 4-character prefix, and never the whole key (sent in the form, as the Host's first
//! label, in the query or as a Bearer token), the query string, a path parameter or the
//! comment text, in any log line at any level.
//!
//! A child process rather than a subscriber inside the server's test binary: tracing's
//! thread-local subscribers race with the other tests' servers there, and this way the
//! binary's own logging setup is what is tested.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn discern() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_discern"));
    for (name, _) in std::env::vars() {
        if name.starts_with("DISCERN_") || name == "RUST_LOG" {
            cmd.env_remove(name);
        }
    }
    cmd
}

fn start(dir: &Path, db: &Path) -> Server {
    let log = std::fs::File::create(dir.join("stderr.log")).unwrap();
    let mut child = discern()
        .args(["serve", "--listen", "127.0.0.1:0", "--db"])
        .arg(db)
        .env("RUST_LOG", "trace")
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("listening on http://")
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    Server { child, addr }
}

/// One HTTP/1.1 request on its own connection; returns the status code.
fn request(addr: &str, head: &str, body: &str) -> u16 {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "{head}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    answer
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

#[test]
fn the_access_log_shows_a_key_prefix_never_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("discern.db");
    let out = discern()
        .args(["keys", "--db"])
        .arg(&db)
        .args(["create", "--site", "https://blog.example"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let key = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string();
    let server = start(dir.path(), &db);
    let a = server.addr.as_str();
    let form =
        "POST {} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded";
    let post = |path: &str, body: &str| request(a, &form.replace("{}", path), body);
    let secret = "my+private+comment+about+the+garden+7c1e";

    assert_eq!(
        post(
            "/1.1/verify-key",
            &format!("key={key}&blog=https://blog.example")
        ),
        200
    );
    assert_eq!(
        post(
            "/1.1/comment-check",
            &format!(
                "api_key={key}&blog=https://blog.example&user_ip=192.0.2.1&comment_content={secret}"
            )
        ),
        200
    );
    // The key as the Host's first label.
    let host = format!(
        "POST /1.1/comment-check HTTP/1.1\r\nHost: {key}.localhost\r\nContent-Type: application/x-www-form-urlencoded"
    );
    assert_eq!(
        request(
            a,
            &host,
            &format!("blog=https://blog.example&comment_content={secret}")
        ),
        200
    );
    assert_eq!(
        request(
            a,
            &format!("GET /1.2/usage-limit?key={key}&blog=x HTTP/1.1\r\nHost: 127.0.0.1"),
            ""
        ),
        200
    );
    assert_eq!(
        request(
            a,
            &format!(
                "GET /v1/accounts/Ann%20Smith HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {key}"
            ),
            ""
        ),
        200
    );
    post(
        "/1.1/verify-key",
        "key=zzzzyyyyxxxx&blog=https://blog.example",
    );
    assert_eq!(
        request(
            a,
            &format!("GET /nope?key={key} HTTP/1.1\r\nHost: 127.0.0.1"),
            ""
        ),
        404
    );
    drop(server);

    let text = std::fs::read_to_string(dir.path().join("stderr.log")).unwrap();
    assert!(!text.contains(&key), "the whole key is in the log:\n{text}");
    assert!(!text.contains("7c1e"), "comment text in the log:\n{text}");
    assert!(
        !text.contains("Ann"),
        "a path parameter in the log:\n{text}"
    );
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("discern::access"))
        .collect();
    let on = |path: &str| -> Vec<&str> {
        let field = format!("path={path} ");
        lines
            .iter()
            .copied()
            .filter(|l| l.contains(&field))
            .collect()
    };
    let prefix = format!("key={}", &key[..4]);
    for (path, n) in [
        ("/1.1/verify-key", 2),
        ("/1.1/comment-check", 2),
        ("/1.2/usage-limit", 1),
        ("/v1/accounts/{author}", 1),
    ] {
        let found = on(path);
        assert_eq!(found.len(), n, "{path} in:\n{text}");
        assert!(
            found.iter().any(|l| l.contains(&prefix)),
            "{path} names its key's prefix:\n{text}"
        );
        assert!(
            found.iter().all(|l| l.contains("client=127.0.0.1:")),
            "{text}"
        );
    }
    let comment = on("/1.1/comment-check")[0];
    for field in [
        "method=POST",
        "status=200",
        "latency_us=",
        "bytes_in=",
        "bytes_out=5",
    ] {
        assert!(comment.contains(field), "{field} in {comment}");
    }
    assert!(on("/1.1/verify-key").iter().any(|l| l.contains("key=zzzz")));
    let missing = on("/nope");
    assert_eq!(missing.len(), 1, "{text}");
    assert!(
        missing[0].contains("status=404") && missing[0].contains("key=-"),
        "{text}"
    );
}
