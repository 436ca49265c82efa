//! `discern keys` finds the database the way `serve` does: `--config`, then
//! `DISCERN_DATABASE`, then `--db` (an operator's first key used to land in
//! `./discern.db` whatever the config said, and `serve` answered `invalid`).

use std::path::Path;
use std::process::{Command, Output};

fn keys(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_discern"));
    cmd.arg("keys").args(args).current_dir(dir);
    // Only what the test sets: a DISCERN_* variable of the caller must not leak in.
    for (name, _) in std::env::vars() {
        if name.starts_with("DISCERN_") {
            cmd.env_remove(name);
        }
    }
    for (name, value) in env {
        cmd.env(name, value);
    }
    let out = cmd.output().expect("discern runs");
    assert!(
        out.status.success(),
        "discern keys {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn first_line(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn keys_use_the_config_file_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("from-config.db");
    std::fs::write(
        dir.path().join("discern.toml"),
        format!("database = {:?}\n", db.display().to_string()),
    )
    .unwrap();
    let key = first_line(&keys(
        dir.path(),
        &[
            "create",
            "--site",
            "https://blog.example",
            "--config",
            "discern.toml",
        ],
        &[],
    ));
    assert_eq!(key.len(), 12, "{key}");
    assert!(db.exists(), "the key went to the configured database");
    assert!(
        !dir.path().join("discern.db").exists(),
        "nothing written to ./discern.db"
    );
    let list = keys(dir.path(), &["--config", "discern.toml", "list"], &[]);
    assert!(String::from_utf8_lossy(&list.stdout).contains(&key[..4]));
}

#[test]
fn keys_use_discern_database_and_db_overrides_both() {
    let dir = tempfile::tempdir().unwrap();
    let from_env = dir.path().join("from-env.db");
    let env = [("DISCERN_DATABASE", from_env.to_str().unwrap())];
    let key = first_line(&keys(dir.path(), &["create"], &env));
    assert_eq!(key.len(), 12, "{key}");
    assert!(from_env.exists());
    assert!(!dir.path().join("discern.db").exists());

    let flag = dir.path().join("from-flag.db");
    keys(
        dir.path(),
        &["create", "--db", flag.to_str().unwrap()],
        &env,
    );
    assert!(
        flag.exists(),
        "--db wins over DISCERN_DATABASE, as for serve"
    );
}
