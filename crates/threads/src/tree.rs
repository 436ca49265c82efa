//! Threads from a flat list of posts: who replies to whom.
//!
//! Resolution rules, in order:
//!
//! 1. A post's parent is the post named by its `parent_id`. If no post has that id, the
//!    post becomes the root of its own subtree and a [`TreeIssue::MissingParent`] is
//!    reported: the post is kept, never dropped.
//! 2. A post with no `parent_id` but a `thread_id` naming another post present in the
//!    input replies to that post (a top-level comment under its article).
//! 3. Parent links that form a cycle are cut where the cycle is found
//!    ([`TreeIssue::Cycle`]); a post naming itself as parent has no parent.
//! 4. Every subtree root is grouped into a thread keyed by its `thread_id`, else by its
//!    missing parent's id (siblings under a lost parent stay together), else by its own id.
//! 5. Duplicate ids: the first post with an id is the one replies attach to
//!    ([`TreeIssue::DuplicateId`]); the later one is still placed in the forest.
//!
//! Children keep input order. Everything is O(n) in the number of posts, with no recursion,
//! so a million-deep reply chain neither overflows the stack nor goes quadratic.

use std::collections::HashMap;
use std::fmt::Write as _;

use discern_posts::{Post, PostKind};
use discern_text::normalize;

/// Something odd about the input that the forest worked around.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TreeIssue {
    /// `posts[post]` names a parent that is not in the input; it roots its own subtree.
    MissingParent { post: usize, parent_id: String },
    /// `posts[post]`'s parent link closed a cycle and was cut.
    Cycle { post: usize },
    /// `posts[post]` repeats the id of `posts[first]`.
    DuplicateId { post: usize, first: usize },
}

/// One conversation: indices into the posts the forest was built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thread {
    /// The thread's id (see the module rules).
    pub key: String,
    /// The main root: the post whose id is `key` when present, else the first subtree root.
    pub root: usize,
    /// Every subtree root of the thread, `root` first, then input order.
    pub roots: Vec<usize>,
    /// Number of posts in the thread.
    pub size: usize,
}

/// All threads of a batch of posts, with the parent/children index.
#[derive(Debug, Clone, Default)]
pub struct Forest {
    /// Threads in order of their first root's position in the input.
    pub threads: Vec<Thread>,
    /// What was repaired while building.
    pub issues: Vec<TreeIssue>,
    parent: Vec<Option<usize>>,
    thread_of: Vec<usize>,
    child_offsets: Vec<usize>,
    child_list: Vec<usize>,
}

impl Forest {
    /// The effective parent of `posts[post]` (after the repairs).
    pub fn parent(&self, post: usize) -> Option<usize> {
        self.parent.get(post).copied().flatten()
    }

    /// The replies to `posts[post]`, in input order.
    pub fn children(&self, post: usize) -> &[usize] {
        match (
            self.child_offsets.get(post),
            self.child_offsets.get(post + 1),
        ) {
            (Some(&start), Some(&end)) => &self.child_list[start..end],
            _ => &[],
        }
    }

    /// Index into [`Forest::threads`] of the thread holding `posts[post]`.
    pub fn thread_of(&self, post: usize) -> Option<usize> {
        self.thread_of.get(post).copied()
    }

    /// The thread's posts in depth-first (display) order, with their depth (roots are 0).
    pub fn depth_first<'a>(&'a self, thread: &'a Thread) -> DepthFirst<'a> {
        DepthFirst {
            forest: self,
            stack: thread.roots.iter().rev().map(|&r| (r, 0)).collect(),
        }
    }
}

/// Iterator returned by [`Forest::depth_first`]: `(post index, depth)`.
#[derive(Debug)]
pub struct DepthFirst<'a> {
    forest: &'a Forest,
    stack: Vec<(usize, usize)>,
}

impl Iterator for DepthFirst<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let (post, depth) = self.stack.pop()?;
        for &child in self.forest.children(post).iter().rev() {
            self.stack.push((child, depth + 1));
        }
        Some((post, depth))
    }
}

fn non_empty(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !s.is_empty())
}

/// Builds the threads of `posts` (module docs for the rules).
pub fn build_forest(posts: &[Post]) -> Forest {
    let n = posts.len();
    let mut issues = Vec::new();
    let mut by_id: HashMap<&str, usize> = HashMap::with_capacity(n);
    for (i, post) in posts.iter().enumerate() {
        if let Some(&first) = by_id.get(post.id.as_str()) {
            issues.push(TreeIssue::DuplicateId { post: i, first });
        } else {
            by_id.insert(&post.id, i);
        }
    }

    let mut parent: Vec<Option<usize>> = vec![None; n];
    let mut missing: Vec<Option<&str>> = vec![None; n];
    for (i, post) in posts.iter().enumerate() {
        let own = post.id.as_str();
        if let Some(pid) = non_empty(post.parent_id.as_deref()).filter(|p| *p != own) {
            match by_id.get(pid) {
                Some(&j) if j != i => parent[i] = Some(j),
                Some(_) => {}
                None => {
                    missing[i] = Some(pid);
                    issues.push(TreeIssue::MissingParent {
                        post: i,
                        parent_id: pid.to_string(),
                    });
                }
            }
        } else if post.parent_id.as_deref() != Some(own)
            && let Some(tid) = non_empty(post.thread_id.as_deref()).filter(|t| *t != own)
            && let Some(&j) = by_id.get(tid)
            && j != i
        {
            parent[i] = Some(j);
        }
    }

    cut_cycles(&mut parent, &mut issues);

    // Top of each post's chain, memoised along the way so the whole pass is O(n).
    const UNKNOWN: usize = usize::MAX;
    let mut top = vec![UNKNOWN; n];
    let mut path = Vec::new();
    for i in 0..n {
        let mut cur = i;
        path.clear();
        while top[cur] == UNKNOWN {
            path.push(cur);
            match parent[cur] {
                Some(p) => cur = p,
                None => {
                    top[cur] = cur;
                    break;
                }
            }
        }
        let t = top[cur];
        for &p in &path {
            top[p] = t;
        }
    }

    let mut threads: Vec<Thread> = Vec::new();
    let mut thread_by_key: HashMap<&str, usize> = HashMap::new();
    let mut thread_of_root: Vec<usize> = vec![UNKNOWN; n];
    for r in (0..n).filter(|&r| parent[r].is_none()) {
        let post = &posts[r];
        let key = non_empty(post.thread_id.as_deref())
            .or(missing[r])
            .unwrap_or(post.id.as_str());
        let t = *thread_by_key.entry(key).or_insert_with(|| {
            threads.push(Thread {
                key: key.to_string(),
                root: r,
                roots: Vec::new(),
                size: 0,
            });
            threads.len() - 1
        });
        let thread = &mut threads[t];
        if post.id == thread.key && posts[thread.root].id != thread.key {
            thread.root = r;
        }
        thread.roots.push(r);
        thread_of_root[r] = t;
    }
    for thread in &mut threads {
        let main = thread.root;
        thread.roots.retain(|&r| r != main);
        thread.roots.insert(0, main);
    }
    let mut thread_of = vec![0; n];
    for i in 0..n {
        let t = thread_of_root[top[i]];
        thread_of[i] = t;
        if let Some(thread) = threads.get_mut(t) {
            thread.size += 1;
        }
    }

    // Children as one flat array with offsets (CSR): two allocations for the whole forest.
    let mut child_offsets = vec![0usize; n + 1];
    for p in parent.iter().flatten() {
        child_offsets[p + 1] += 1;
    }
    for i in 0..n {
        child_offsets[i + 1] += child_offsets[i];
    }
    let mut fill = child_offsets.clone();
    let mut child_list = vec![0usize; child_offsets[n]];
    for (i, p) in parent.iter().enumerate() {
        if let Some(p) = *p {
            child_list[fill[p]] = i;
            fill[p] += 1;
        }
    }

    Forest {
        threads,
        issues,
        parent,
        thread_of,
        child_offsets,
        child_list,
    }
}

fn cut_cycles(parent: &mut [Option<usize>], issues: &mut Vec<TreeIssue>) {
    const NEW: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; parent.len()];
    let mut path = Vec::new();
    for start in 0..parent.len() {
        if state[start] != NEW {
            continue;
        }
        path.clear();
        let mut cur = start;
        loop {
            state[cur] = ON_PATH;
            path.push(cur);
            match parent[cur] {
                Some(p) if state[p] == NEW => cur = p,
                Some(p) if state[p] == ON_PATH => {
                    parent[cur] = None;
                    issues.push(TreeIssue::Cycle { post: cur });
                    break;
                }
                _ => break,
            }
        }
        for &p in &path {
            state[p] = DONE;
        }
    }
}

/// What the caller knows about a post, shown beside it by [`render_thread`]. The verdict
/// comes from the classifier, which lives outside this crate.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PostAnnotations {
    /// Verdict label: `social`, `marketing`, `spam`…
    pub label: Option<String>,
    /// Relevance score in [0, 1] (see [`crate::relevance`]).
    pub relevance: Option<f32>,
}

/// Deeper replies are drawn at this indentation, marked, so lines keep room for text.
const MAX_DRAWN_DEPTH: usize = 16;

/// Renders a thread as an indented tree, one line per post:
/// `├─ author (kind) [label 0.42] text…`, each line cut to `width` characters.
/// Annotations are looked up by post id; posts without one show no brackets.
pub fn render_thread(
    forest: &Forest,
    thread: &Thread,
    posts: &[Post],
    annotations: &HashMap<String, PostAnnotations>,
    width: usize,
) -> String {
    let mut out = String::new();
    // Whether each ancestor level was its parent's last child: decides "│  " or "   ".
    let mut last_at_level: Vec<bool> = Vec::new();
    let mut stack: Vec<(usize, usize, bool)> = thread
        .roots
        .iter()
        .rev()
        .enumerate()
        .map(|(k, &r)| (r, 0, k == 0))
        .collect();
    let mut line = String::new();
    while let Some((i, depth, is_last)) = stack.pop() {
        let children = forest.children(i);
        for (k, &c) in children.iter().rev().enumerate() {
            stack.push((c, depth + 1, k == 0));
        }
        let Some(post) = posts.get(i) else { continue };
        last_at_level.truncate(depth);
        last_at_level.push(is_last);
        line.clear();
        if depth > 0 {
            let drawn = depth.min(MAX_DRAWN_DEPTH);
            for &last in &last_at_level[1..drawn] {
                line.push_str(if last { "   " } else { "│  " });
            }
            if depth > MAX_DRAWN_DEPTH {
                let _ = write!(line, "⋯{depth} ");
            }
            line.push_str(if is_last { "└─ " } else { "├─ " });
        }
        line.push_str(post.author.as_deref().unwrap_or("(anonymous)"));
        match post.kind {
            PostKind::Pingback => line.push_str(" (pingback)"),
            PostKind::Trackback => line.push_str(" (trackback)"),
            PostKind::Share => line.push_str(" (share)"),
            _ => {}
        }
        if let Some(a) = annotations.get(&post.id) {
            match (&a.label, a.relevance) {
                (Some(l), Some(r)) => {
                    let _ = write!(line, " [{l} {r:.2}]");
                }
                (Some(l), None) => {
                    let _ = write!(line, " [{l}]");
                }
                (None, Some(r)) => {
                    let _ = write!(line, " [{r:.2}]");
                }
                (None, None) => {}
            }
        }
        line.push(' ');
        line.push_str(&normalize(&post.text));
        push_truncated(&mut out, &line, width);
        out.push('\n');
    }
    out
}

/// Appends `line` cut to `width` characters, ending with "…" when cut. Characters, not
/// terminal cells: wide CJK text may overflow a little, never panic.
fn push_truncated(out: &mut String, line: &str, width: usize) {
    let width = width.max(1);
    match line.char_indices().nth(width) {
        None => out.push_str(line.trim_end()),
        Some(_) => {
            let cut = line
                .char_indices()
                .nth(width - 1)
                .map_or(line.len(), |(i, _)| i);
            out.push_str(&line[..cut]);
            out.push('…');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(id: &str, parent: Option<&str>, thread: Option<&str>) -> Post {
        Post {
            parent_id: parent.map(Into::into),
            thread_id: thread.map(Into::into),
            author: Some(format!("u{id}")),
            ..Post::new(id, format!("text of {id}"))
        }
    }

    #[test]
    fn builds_and_orders_depth_first() {
        let posts = vec![
            post("c2", Some("a"), None),
            post("a", None, None),
            post("c1", Some("a"), None),
            post("c1a", Some("c1"), None),
            post("top", None, Some("a")),
        ];
        let forest = build_forest(&posts);
        assert!(forest.issues.is_empty(), "{:?}", forest.issues);
        assert_eq!(forest.threads.len(), 1);
        let t = &forest.threads[0];
        assert_eq!((t.key.as_str(), t.root, t.size), ("a", 1, 5));
        let order: Vec<(&str, usize)> = forest
            .depth_first(t)
            .map(|(i, d)| (posts[i].id.as_str(), d))
            .collect();
        assert_eq!(
            order,
            [("a", 0), ("c2", 1), ("c1", 1), ("c1a", 2), ("top", 1)]
        );
    }

    #[test]
    fn missing_parents_are_kept_and_reported() {
        let posts = vec![post("x", Some("gone"), None), post("y", Some("gone"), None)];
        let forest = build_forest(&posts);
        assert_eq!(forest.threads.len(), 1);
        assert_eq!(forest.threads[0].key, "gone");
        assert_eq!(forest.threads[0].roots, [0, 1]);
        assert_eq!(
            forest.issues,
            [
                TreeIssue::MissingParent {
                    post: 0,
                    parent_id: "gone".into()
                },
                TreeIssue::MissingParent {
                    post: 1,
                    parent_id: "gone".into()
                }
            ]
        );
    }

    #[test]
    fn cycles_and_self_parents_are_cut() {
        let posts = vec![
            post("a", Some("b"), None),
            post("b", Some("a"), None),
            post("s", Some("s"), None),
        ];
        let forest = build_forest(&posts);
        assert_eq!(forest.issues, [TreeIssue::Cycle { post: 1 }]);
        let total: usize = forest.threads.iter().map(|t| t.size).sum();
        assert_eq!(total, 3);
    }

    #[test]
    fn deep_chains_do_not_recurse() {
        let mut posts = vec![post("0", None, None)];
        for i in 1..100_000 {
            posts.push(post(&i.to_string(), Some(&(i - 1).to_string()), None));
        }
        let forest = build_forest(&posts);
        assert_eq!(forest.threads[0].size, 100_000);
        assert_eq!(
            forest.depth_first(&forest.threads[0]).last(),
            Some((99_999, 99_999))
        );
    }

    #[test]
    fn renders_an_indented_tree() {
        let mut posts = vec![
            post("a", None, None),
            post("b", Some("a"), None),
            post("c", Some("b"), None),
            post("d", Some("a"), None),
        ];
        posts[3].kind = PostKind::Pingback;
        posts[3].text = "a very long pingback excerpt that will be cut".into();
        let mut notes = HashMap::new();
        notes.insert(
            "b".to_string(),
            PostAnnotations {
                label: Some("social".into()),
                relevance: Some(0.5),
            },
        );
        let forest = build_forest(&posts);
        let text = render_thread(&forest, &forest.threads[0], &posts, &notes, 40);
        assert_eq!(
            text,
            "ua text of a\n├─ ub [social 0.50] text of b\n│  └─ uc text of c\n└─ ud (pingback) a very long pingback e…\n"
        );
    }
}
