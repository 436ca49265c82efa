//! End-to-end tests: a real server on 127.0.0.1:0, a real SQLite file in a temp dir, a
//! real HTTP client. One binary, modules by topic.

mod common;

mod akismet;
mod attacks;
mod durability;
mod erase;
mod feedback;
mod hostile;
mod measure;
mod moderation;
mod native;
mod ops;
