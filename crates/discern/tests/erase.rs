//! `discern erase` finds the database the way `serve` and `keys` do (`--config`, then
//! `DISCERN_DATABASE`, then `--db`), erases one person's rows and says how many.

use std::path::Path;
use std::process::{Command, Output};

use discern_store::{CheckSource, NewCheck, Store, hash_pii};

fn discern(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_discern"));
    cmd.args(args).current_dir(dir);
    for (name, _) in std::env::vars() {
        if name.starts_with("DISCERN_") {
            cmd.env_remove(name);
        }
    }
    for (name, value) in env {
        cmd.env(name, value);
    }
    cmd.output().expect("discern runs")
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A database with two checks of ann@example.com (one from 198.51.100.4) and one of Bob's.
fn seed(db: &Path) {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let store = Store::open(db.to_str().unwrap()).await.unwrap();
            let salt = store.salt().await.unwrap();
            let key = store
                .create_key(None, Some("https://blog.example"))
                .await
                .unwrap();
            let site = key.site.unwrap().id;
            let check = |author: &str, email: &str, ip: Option<&str>| NewCheck {
                site_id: site,
                author: Some(author.into()),
                author_email: Some(hash_pii(&salt, email)),
                author_ip: ip.map(|ip| hash_pii(&salt, ip)),
                content: format!("words of {author}"),
                kind: "reply".into(),
                label: "social".into(),
                scores: "{}".into(),
                signals: "[]".into(),
                model_version: "m".into(),
                source: Some(CheckSource::Akismet),
                created_at: discern_store::now(),
                ..Default::default()
            };
            store
                .insert_checks(vec![
                    check("Ann", "ann@example.com", Some("198.51.100.4")),
                    check("Ann", "ann@example.com", None),
                    check("Bob", "bob@example.com", Some("198.51.100.5")),
                ])
                .await
                .unwrap();
            store.close().await.unwrap();
        });
}

#[test]
fn erase_by_email_and_ip_in_the_configured_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("from-config.db");
    seed(&db);
    let config = dir.path().join("discern.toml");
    std::fs::write(&config, format!("database = {:?}\n", db.to_str().unwrap())).unwrap();
    let config = config.to_str().unwrap();

    let out = stdout(&discern(
        dir.path(),
        &["erase", "--email", "ANN@example.com", "--config", config],
        &[],
    ));
    assert!(
        out.starts_with("erased 2 check(s) and 0 feedback row(s) of that e-mail address"),
        "{out}"
    );
    assert!(
        !dir.path().join("discern.db").exists(),
        "the configured database was used, not ./discern.db"
    );
    // Idempotent.
    let again = stdout(&discern(
        dir.path(),
        &["erase", "--email", "ann@example.com", "--config", config],
        &[],
    ));
    assert!(again.starts_with("erased 0 check(s)"), "{again}");

    // DISCERN_DATABASE names the same database; Bob by IP.
    let out = stdout(&discern(
        dir.path(),
        &["erase", "--ip", "198.51.100.5"],
        &[("DISCERN_DATABASE", db.to_str().unwrap())],
    ));
    assert!(out.starts_with("erased 1 check(s)"), "{out}");

    // Neither flag: a usage error (exit 2), nothing opened.
    let none = discern(dir.path(), &["erase", "--db", db.to_str().unwrap()], &[]);
    assert_eq!(none.status.code(), Some(2));
}
