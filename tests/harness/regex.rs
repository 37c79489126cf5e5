//! A compact backtracking regular-expression matcher for `// ERROR "re"`
//! annotations.
//!
//! It implements the subset of Go's RE2 syntax that errorcheck regexps use
//! in practice: literals, `.`, the repetitions `*`, `+`, `?` and `{n}`,
//! `{n,}`, `{n,m}` (lazy variants are accepted and behave the same, since
//! only the existence of a match matters), character classes `[...]` and
//! `[^...]` with ranges and escapes, the anchors `^`, `$`, `\A`, `\z`, the
//! word boundaries `\b` and `\B`, the Perl classes `\d \D \s \S \w \W`,
//! escapes of punctuation and of `\t \n \r \f \v`, `\xHH` and `\x{H...}`,
//! alternation `|`, capturing and non-capturing groups `( )`, `(?: )`, and
//! the flags `(?i)`, `(?s)`, `(?m)` (also as `(?flags:re)`).
//!
//! Matching works on `char`s, so `.` matches one Unicode code point, and
//! like Go's `regexp.MatchString` a pattern matches anywhere in the text
//! unless anchored. As in Go, `.` does not match `\n` unless `(?s)` is set.

use std::fmt;

/// A compiled regular expression.
#[derive(Debug, Clone)]
pub struct Regex {
    node: Node,
}

/// Why a pattern failed to compile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Human-readable description, including the byte offset.
    pub msg: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

/// Matching flags in effect for part of a pattern.
#[derive(Debug, Clone, Copy, Default)]
struct Flags {
    /// `i`: case-insensitive literals and classes.
    fold: bool,
    /// `s`: `.` matches `\n`.
    dot_nl: bool,
    /// `m`: `^` and `$` match at line boundaries.
    multi_line: bool,
}

#[derive(Debug, Clone)]
enum Node {
    Empty,
    Char(char, bool),
    Any(bool),
    Class(Class),
    LineStart(bool),
    LineEnd(bool),
    TextStart,
    TextEnd,
    WordBoundary(bool),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, u32, Option<u32>),
}

#[derive(Debug, Clone)]
struct Class {
    ranges: Vec<(char, char)>,
    negated: bool,
    fold: bool,
}

impl Class {
    fn contains(&self, c: char) -> bool {
        let hit = |c: char| self.ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi);
        let mut found = hit(c);
        if !found && self.fold {
            found = c.to_lowercase().any(hit) || c.to_uppercase().any(hit);
        }
        found != self.negated
    }
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

const DIGIT: &[(char, char)] = &[('0', '9')];
const SPACE: &[(char, char)] = &[('\t', '\n'), ('\x0c', '\r'), (' ', ' ')];
const WORD: &[(char, char)] = &[('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')];

/// Recursive-descent parser over the pattern's characters.
struct Parser<'a> {
    chars: Vec<char>,
    pos: usize,
    flags: Flags,
    pattern: &'a str,
}

impl<'a> Parser<'a> {
    fn err<T>(&self, what: &str) -> Result<T, Error> {
        Err(Error {
            msg: format!("{what} at offset {} in `{}`", self.pos, self.pattern),
        })
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// alternation := concat ('|' concat)*
    fn alternation(&mut self) -> Result<Node, Error> {
        let mut alts = vec![self.concat()?];
        while self.eat('|') {
            alts.push(self.concat()?);
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alts)
        })
    }

    /// concat := repeat*
    fn concat(&mut self) -> Result<Node, Error> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            if let Some(node) = self.repeat()? {
                items.push(node);
            }
        }
        Ok(Node::Concat(items))
    }

    /// repeat := atom ('*' | '+' | '?' | '{n,m}')* '?'?
    /// Returns `None` for a bare flag group such as `(?i)`.
    fn repeat(&mut self) -> Result<Option<Node>, Error> {
        let Some(mut node) = self.atom()? else {
            return Ok(None);
        };
        loop {
            let (min, max) = match self.peek() {
                Some('*') => (0, None),
                Some('+') => (1, None),
                Some('?') => (0, Some(1)),
                Some('{') => match self.counted()? {
                    Some(bounds) => {
                        node = Node::Repeat(Box::new(node), bounds.0, bounds.1);
                        self.eat('?');
                        continue;
                    }
                    None => break,
                },
                _ => break,
            };
            self.pos += 1;
            self.eat('?'); // lazy: same result for a yes/no match
            node = Node::Repeat(Box::new(node), min, max);
        }
        Ok(Some(node))
    }

    /// Parses `{n}`, `{n,}` or `{n,m}` at the current position. A `{` that
    /// does not start a valid count is a literal, as in Go.
    fn counted(&mut self) -> Result<Option<(u32, Option<u32>)>, Error> {
        let start = self.pos;
        self.pos += 1;
        let num = |p: &mut Self| -> Option<u32> {
            let s = p.pos;
            while matches!(p.peek(), Some('0'..='9')) {
                p.pos += 1;
            }
            p.chars[s..p.pos].iter().collect::<String>().parse().ok()
        };
        let Some(min) = num(self) else {
            self.pos = start;
            return Ok(None);
        };
        let max = if self.eat(',') {
            if self.peek() == Some('}') {
                None
            } else if let Some(m) = num(self) {
                Some(m)
            } else {
                self.pos = start;
                return Ok(None);
            }
        } else {
            Some(min)
        };
        if !self.eat('}') {
            self.pos = start;
            return Ok(None);
        }
        if max.is_some_and(|m| m < min) || min > 1000 {
            return self.err("invalid repeat count");
        }
        Ok(Some((min, max)))
    }

    fn atom(&mut self) -> Result<Option<Node>, Error> {
        let Some(c) = self.peek() else {
            return self.err("unexpected end");
        };
        self.pos += 1;
        let f = self.flags;
        Ok(Some(match c {
            '.' => Node::Any(f.dot_nl),
            '^' => Node::LineStart(f.multi_line),
            '$' => Node::LineEnd(f.multi_line),
            '(' => return self.group(),
            '[' => Node::Class(self.class()?),
            '\\' => self.escape()?,
            '*' | '+' | '?' => return self.err("missing argument to repetition operator"),
            c => Node::Char(c, f.fold),
        }))
    }

    /// Parses after `(`: a group, a non-capturing group or a flag group.
    fn group(&mut self) -> Result<Option<Node>, Error> {
        let saved = self.flags;
        if self.eat('?') {
            if self.peek() == Some('P') || self.peek() == Some('<') {
                // named group: skip the name
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == '>' {
                        break;
                    }
                }
            } else {
                let mut on = true;
                loop {
                    match self.peek() {
                        Some('i') => self.flags.fold = on,
                        Some('s') => self.flags.dot_nl = on,
                        Some('m') => self.flags.multi_line = on,
                        Some('U') => {}
                        Some('-') if on => on = false,
                        Some(':') => {
                            self.pos += 1;
                            break;
                        }
                        Some(')') => {
                            // `(?i)`: flags apply to the rest of the enclosing group
                            self.pos += 1;
                            return Ok(None);
                        }
                        _ => return self.err("invalid or unsupported group flag"),
                    }
                    self.pos += 1;
                }
            }
        }
        let inner = self.alternation()?;
        if !self.eat(')') {
            return self.err("missing closing )");
        }
        self.flags = saved;
        Ok(Some(inner))
    }

    /// Parses a character class after `[`.
    fn class(&mut self) -> Result<Class, Error> {
        let negated = self.eat('^');
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return self.err("missing closing ]");
            };
            if c == ']' && !first {
                self.pos += 1;
                break;
            }
            first = false;
            self.pos += 1;
            let lo = if c == '\\' {
                match self.class_escape()? {
                    Ok(ch) => ch,
                    Err(set) => {
                        ranges.extend_from_slice(&set);
                        continue;
                    }
                }
            } else if c == '[' && self.peek() == Some(':') {
                let rest: String = self.chars[self.pos..].iter().collect();
                let Some(end) = rest.find(":]") else {
                    return self.err("bad POSIX class");
                };
                let name = &rest[1..end];
                self.pos += end + 2;
                ranges.extend_from_slice(posix_class(name).ok_or_else(|| Error {
                    msg: format!("unknown POSIX class {name} in `{}`", self.pattern),
                })?);
                continue;
            } else {
                c
            };
            if self.peek() == Some('-') && self.chars.get(self.pos + 1).is_some_and(|&n| n != ']') {
                self.pos += 1;
                let h = self.peek().unwrap_or(']');
                self.pos += 1;
                let hi = if h == '\\' {
                    match self.class_escape()? {
                        Ok(ch) => ch,
                        Err(_) => return self.err("bad range"),
                    }
                } else {
                    h
                };
                if hi < lo {
                    return self.err("invalid character class range");
                }
                ranges.push((lo, hi));
            } else {
                ranges.push((lo, lo));
            }
        }
        Ok(Class {
            ranges,
            negated,
            fold: self.flags.fold,
        })
    }

    /// An escape inside a class: a single char, or a whole Perl class.
    fn class_escape(&mut self) -> Result<Result<char, Vec<(char, char)>>, Error> {
        match self.escape()? {
            Node::Char(c, _) => Ok(Ok(c)),
            Node::Class(cl) if !cl.negated => Ok(Err(cl.ranges)),
            _ => self.err("unsupported escape in character class"),
        }
    }

    /// Parses after `\`.
    fn escape(&mut self) -> Result<Node, Error> {
        let Some(c) = self.peek() else {
            return self.err("trailing backslash");
        };
        self.pos += 1;
        let fold = self.flags.fold;
        let class = |set: &[(char, char)], negated: bool| {
            Node::Class(Class {
                ranges: set.to_vec(),
                negated,
                fold: false,
            })
        };
        Ok(match c {
            'd' => class(DIGIT, false),
            'D' => class(DIGIT, true),
            's' => class(SPACE, false),
            'S' => class(SPACE, true),
            'w' => class(WORD, false),
            'W' => class(WORD, true),
            'b' => Node::WordBoundary(true),
            'B' => Node::WordBoundary(false),
            'A' => Node::TextStart,
            'z' => Node::TextEnd,
            't' => Node::Char('\t', false),
            'n' => Node::Char('\n', false),
            'r' => Node::Char('\r', false),
            'f' => Node::Char('\x0c', false),
            'v' => Node::Char('\x0b', false),
            'a' => Node::Char('\x07', false),
            'x' => {
                let digits: String = if self.eat('{') {
                    let s = self.pos;
                    while self.peek().is_some_and(|c| c != '}') {
                        self.pos += 1;
                    }
                    let d = self.chars[s..self.pos].iter().collect();
                    if !self.eat('}') {
                        return self.err("missing } in \\x{...}");
                    }
                    d
                } else {
                    let d: String = self.chars[self.pos..].iter().take(2).collect();
                    self.pos += d.chars().count();
                    d
                };
                match u32::from_str_radix(&digits, 16)
                    .ok()
                    .and_then(char::from_u32)
                {
                    Some(ch) => Node::Char(ch, fold),
                    None => return self.err("bad \\x escape"),
                }
            }
            c if c.is_ascii_punctuation() => Node::Char(c, fold),
            _ => return self.err("unsupported escape"),
        })
    }
}

fn posix_class(name: &str) -> Option<&'static [(char, char)]> {
    Some(match name {
        "alpha" => &[('A', 'Z'), ('a', 'z')],
        "digit" => DIGIT,
        "alnum" => &[('0', '9'), ('A', 'Z'), ('a', 'z')],
        "space" => &[('\t', '\r'), (' ', ' ')],
        "upper" => &[('A', 'Z')],
        "lower" => &[('a', 'z')],
        "word" => WORD,
        "punct" => &[('!', '/'), (':', '@'), ('[', '`'), ('{', '~')],
        "xdigit" => &[('0', '9'), ('A', 'F'), ('a', 'f')],
        _ => return None,
    })
}

/// Upper bound on matcher steps per search, so a pathological pattern
/// cannot hang the harness.
const STEP_LIMIT: usize = 5_000_000;

struct Matcher<'t> {
    text: &'t [char],
    steps: usize,
}

impl Matcher<'_> {
    /// Matches `node` at `pos`, then calls `k` with the end position;
    /// returns whether `k` eventually accepted.
    fn m(&mut self, node: &Node, pos: usize, k: &mut dyn FnMut(&mut Self, usize) -> bool) -> bool {
        self.steps += 1;
        if self.steps > STEP_LIMIT {
            return false;
        }
        let t = self.text;
        match node {
            Node::Empty => k(self, pos),
            Node::Char(c, fold) => match t.get(pos) {
                Some(&x) if x == *c || (*fold && eq_fold(x, *c)) => k(self, pos + 1),
                _ => false,
            },
            Node::Any(nl) => match t.get(pos) {
                Some(&x) if *nl || x != '\n' => k(self, pos + 1),
                _ => false,
            },
            Node::Class(cl) => match t.get(pos) {
                Some(&x) if cl.contains(x) => k(self, pos + 1),
                _ => false,
            },
            Node::LineStart(multi) => {
                if pos == 0 || (*multi && t[pos - 1] == '\n') {
                    k(self, pos)
                } else {
                    false
                }
            }
            Node::LineEnd(multi) => {
                if pos == t.len() || (*multi && t[pos] == '\n') {
                    k(self, pos)
                } else {
                    false
                }
            }
            Node::TextStart => pos == 0 && k(self, pos),
            Node::TextEnd => pos == t.len() && k(self, pos),
            Node::WordBoundary(want) => {
                let before = pos > 0 && is_word(t[pos - 1]);
                let after = pos < t.len() && is_word(t[pos]);
                if (before != after) == *want {
                    k(self, pos)
                } else {
                    false
                }
            }
            Node::Concat(items) => self.seq(items, pos, k),
            Node::Alt(alts) => alts.iter().any(|a| self.m(a, pos, k)),
            Node::Repeat(inner, min, max) => self.rep(inner, *min, *max, 0, pos, k),
        }
    }

    fn seq(
        &mut self,
        items: &[Node],
        pos: usize,
        k: &mut dyn FnMut(&mut Self, usize) -> bool,
    ) -> bool {
        match items.split_first() {
            None => k(self, pos),
            Some((first, rest)) => self.m(first, pos, &mut |me: &mut Self, p| me.seq(rest, p, k)),
        }
    }

    /// Greedy repetition: try one more iteration first, then stop.
    fn rep(
        &mut self,
        inner: &Node,
        min: u32,
        max: Option<u32>,
        count: u32,
        pos: usize,
        k: &mut dyn FnMut(&mut Self, usize) -> bool,
    ) -> bool {
        if max.is_none_or(|m| count < m) {
            let more = self.m(inner, pos, &mut |me: &mut Self, p| {
                // an empty iteration cannot make progress: stop repeating
                if p == pos && count >= min {
                    return false;
                }
                me.rep(inner, min, max, count + 1, p, k)
            });
            if more {
                return true;
            }
        }
        count >= min && k(self, pos)
    }
}

fn eq_fold(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

impl Regex {
    /// Compiles `pattern`.
    pub fn new(pattern: &str) -> Result<Regex, Error> {
        let mut p = Parser {
            chars: pattern.chars().collect(),
            pos: 0,
            flags: Flags::default(),
            pattern,
        };
        let node = p.alternation()?;
        if p.pos < p.chars.len() {
            return p.err("unexpected )");
        }
        Ok(Regex { node })
    }

    /// Reports whether the pattern matches anywhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        let mut m = Matcher {
            text: &chars,
            steps: 0,
        };
        (0..=chars.len()).any(|start| m.m(&self.node, start, &mut |_, _| true))
    }
}

/// Runs the built-in self-test; returns the descriptions of failed cases.
pub fn self_test() -> Vec<String> {
    // (pattern, text, expected match)
    const CASES: &[(&str, &str, bool)] = &[
        (
            "declared and not used",
            "x.go:3:2: declared and not used: x",
            true,
        ),
        ("declared and not used", "declared and used", false),
        ("a.c", "xxabcxx", true),
        ("a.c", "a\nc", false),
        ("(?s)a.c", "a\nc", true),
        ("^abc", "abcdef", true),
        ("^abc", "xabc", false),
        ("abc$", "xxabc", true),
        ("abc$", "abcx", false),
        ("^$", "", true),
        ("(?m)^b$", "a\nb\nc", true),
        ("^b$", "a\nb\nc", false),
        ("ab*c", "ac", true),
        ("ab*c", "abbbbc", true),
        ("ab+c", "ac", false),
        ("ab+c", "abc", true),
        ("ab?c", "abbc", false),
        ("colou?r", "color colour", true),
        ("a{3}", "aa", false),
        ("a{3}", "aaa", true),
        ("^a{2,3}$", "aaaa", false),
        ("^a{2,}$", "aaaaa", true),
        ("x{", "x{", true),
        ("[abc]+d", "zzcabd", true),
        ("[^abc]", "abc", false),
        ("[^abc]", "abcd", true),
        ("[a-z]+[0-9]", "UPPER lower7", true),
        ("[-a]", "-", true),
        ("[a-]", "-", true),
        ("[]a]", "]", true),
        (r"[\]]", "]", true),
        (r"[\d.]+", "3.14", true),
        ("[[:digit:]]+", "abc123", true),
        (r"\d+", "abc", false),
        (r"\d\d", "a12", true),
        (r"\D", "123", false),
        (r"\s", "a b", true),
        (r"\S+", "   ", false),
        (r"\w+", "__", true),
        (r"\W", "abc_9", false),
        (r"\.", "a.b", true),
        (r"\.", "ab", false),
        (
            r"\(untyped int constant\)",
            "cannot use 300 (untyped int constant) as int8",
            true,
        ),
        (r"s\[0\]", "cannot assign to s[0]", true),
        (r"\bfoo\b", "a foo b", true),
        (r"\bfoo\b", "afoob", false),
        (r"\Bfoo", "afoo", true),
        ("cat|dog", "hotdog", true),
        ("cat|dog", "bird", false),
        ("^(cat|dog)s?$", "dogs", true),
        ("^(cat|dog)s?$", "dogsled", false),
        ("(?:ab)+$", "xababab", true),
        ("(a|ab)(c|bcd)(d*)$", "abcd", true),
        ("(a*)*b", "aaab", true),
        ("(a*)*b", "aaaa", false),
        ("(a|b)*c", "ababababx", false),
        ("(?i)HELLO", "say hello", true),
        ("(?i:h)ELLO", "hELLO", true),
        ("(?i:h)ELLO", "hello", false),
        ("(?i)[a-c]x", "BX", true),
        (r"\x41\x{42}", "AB", true),
        ("é.", "café!", true),
        ("^.$", "é", true),
        (".*", "", true),
        ("a.*b.*c", "a123b456c", true),
        ("a.*?c", "abc", true),
        (
            "mismatched types int and int8",
            "invalid operation: i + i8 (mismatched types int and int8)",
            true,
        ),
        ("x|", "y", true),
        ("", "anything", true),
        (r"\$", "cost $5", true),
        ("a\\+\\+", "a++", true),
        ("[a-c-e]", "-", true),
        ("(?P<name>ab)c", "abc", true),
    ];
    const BAD: &[&str] = &["(ab", "ab)", "[ab", "*a", "a{2,1}", r"\p", "[z-a]", "a\\"];
    let mut fails = Vec::new();
    for &(pat, text, want) in CASES {
        match Regex::new(pat) {
            Ok(re) if re.is_match(text) == want => {}
            Ok(_) => fails.push(format!("{pat:?} on {text:?}: expected {want}")),
            Err(e) => fails.push(format!("{pat:?}: unexpected compile error: {e}")),
        }
    }
    for &pat in BAD {
        if Regex::new(pat).is_ok() {
            fails.push(format!("{pat:?}: expected a compile error"));
        }
    }
    fails
}
