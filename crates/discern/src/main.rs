//! The `discern` command: thin glue from flags to the engine crates.

mod cli;
mod cmd;
mod input;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of the system allocator: verdicts, signals and parsed posts are
/// many small short-lived allocations, and glibc's malloc/free was ~10% of the
/// instructions of `discern classify` (cachegrind, 20,000 posts).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit statuses: 0 all input handled, 1 finished but some records were skipped
/// (each reported on stderr), 2 could not run (bad flags, unreadable model or file).
pub const EXIT_SKIPPED: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cmd::run(cli) {
        Ok(status) => status,
        // A closed pipe (`discern … | head`) is the reader's choice, not an error.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("discern: error: {error:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
