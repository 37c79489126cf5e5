//! Reading a Go test file's header the way Go's `test/` runner does: the
//! execution recipe in the first non-empty line that is not a build
//! constraint, the `//go:build` expression, and `// ERROR "re"`
//! annotations.

use crate::regex::Regex;

/// The test recipe from a file's first line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recipe {
    /// `// run` without arguments.
    Run,
    /// `// errorcheck` without arguments.
    ErrorCheck,
    /// Anything else, with the reason for skipping it.
    Skip(String),
}

/// The parsed header of a test file.
#[derive(Debug, Clone)]
pub struct Header {
    /// What to do with the file.
    pub recipe: Recipe,
    /// The `//go:build` expression, if any.
    pub build: Option<String>,
}

/// Parses the recipe and build constraint at the top of `src`.
pub fn parse_header(src: &str) -> Header {
    let mut build = None;
    let mut action = "";
    for line in src.lines() {
        let t = line.trim();
        if let Some(expr) = t.strip_prefix("//go:build ") {
            build = Some(expr.trim().to_string());
            continue;
        }
        if t.starts_with("// +build") || t.is_empty() {
            continue;
        }
        action = t;
        break;
    }
    let recipe = match action.strip_prefix("//") {
        None => Recipe::Skip("no test recipe".into()),
        Some(rest) => {
            let mut words = rest.split_whitespace();
            let verb = words.next().unwrap_or("");
            let args: Vec<&str> = words.collect();
            match verb {
                "run" | "errorcheck" if !args.is_empty() => {
                    Recipe::Skip(format!("{verb} with arguments {}", args.join(" ")))
                }
                "run" => Recipe::Run,
                "errorcheck" => Recipe::ErrorCheck,
                "" => Recipe::Skip("empty recipe".into()),
                other => Recipe::Skip(format!("recipe {other}")),
            }
        }
    };
    Header { recipe, build }
}

/// Evaluates a `//go:build` expression for linux/`arch` with the gc
/// toolchain at Go 1.27 (tags: linux, unix, gc, the arch, go1.1...go1.27).
/// A malformed expression evaluates to true.
pub fn build_ok(expr: &str, arch: &str) -> bool {
    let tokens = tokenize(expr);
    let mut p = BuildParser {
        toks: &tokens,
        pos: 0,
        arch,
    };
    match p.or() {
        Some(v) if p.pos == tokens.len() => v,
        _ => true,
    }
}

fn tokenize(expr: &str) -> Vec<String> {
    let mut toks = Vec::new();
    let b = expr.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if expr[i..].starts_with("&&") || expr[i..].starts_with("||") {
            toks.push(expr[i..i + 2].to_string());
            i += 2;
        } else if c == b'!' || c == b'(' || c == b')' {
            toks.push((c as char).to_string());
            i += 1;
        } else {
            let s = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                i += 1;
            }
            if s == i {
                i += 1; // unknown character: make the parse fail
                toks.push("?".into());
            } else {
                toks.push(expr[s..i].to_string());
            }
        }
    }
    toks
}

struct BuildParser<'a> {
    toks: &'a [String],
    pos: usize,
    arch: &'a str,
}

impl BuildParser<'_> {
    fn next_is(&self, t: &str) -> bool {
        self.toks.get(self.pos).is_some_and(|x| x == t)
    }

    fn or(&mut self) -> Option<bool> {
        let mut v = self.and()?;
        while self.next_is("||") {
            self.pos += 1;
            v |= self.and()?;
        }
        Some(v)
    }

    fn and(&mut self) -> Option<bool> {
        let mut v = self.not()?;
        while self.next_is("&&") {
            self.pos += 1;
            v &= self.not()?;
        }
        Some(v)
    }

    fn not(&mut self) -> Option<bool> {
        if self.next_is("!") {
            self.pos += 1;
            return Some(!self.not()?);
        }
        if self.next_is("(") {
            self.pos += 1;
            let v = self.or()?;
            if !self.next_is(")") {
                return None;
            }
            self.pos += 1;
            return Some(v);
        }
        let tag = self.toks.get(self.pos)?;
        if !tag.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        self.pos += 1;
        Some(tag_set(tag, self.arch))
    }
}

fn tag_set(tag: &str, arch: &str) -> bool {
    if let Some(minor) = tag.strip_prefix("go1.") {
        return minor.parse::<u32>().is_ok_and(|m| m <= 27);
    }
    matches!(tag, "linux" | "unix" | "gc") || tag == arch
}

/// One `// ERROR "re"` expectation.
#[derive(Debug, Clone)]
pub struct Wanted {
    /// 1-based line number of the annotation.
    pub line: usize,
    /// The regexp text (after `LINE` substitution).
    pub re_str: String,
    /// The compiled regexp.
    pub re: Regex,
}

/// Extracts the `// ERROR "re" ...` (or `// GC_ERROR`) annotations of
/// `src`, a file whose base name is `short`. Lines containing `////` are
/// ignored, as in Go's runner. `LINE`, `LINE+n` and `LINE-n` become
/// `short:N`.
pub fn wanted_errors(src: &str, short: &str) -> Result<Vec<Wanted>, String> {
    let mut out = Vec::new();
    for (i, line) in src.split('\n').enumerate() {
        let line_num = i + 1;
        if line.contains("////") {
            continue;
        }
        let rest = match line.find("// ERROR ").or_else(|| line.find("// GC_ERROR ")) {
            Some(at) => {
                let tail = &line[at + 3..];
                &tail[tail.find(' ').map_or(tail.len(), |s| s + 1)..]
            }
            None => continue,
        };
        if line.contains("// ERRORAUTO ") {
            continue;
        }
        let mut found = false;
        let mut s = rest;
        while let Some(open) = s.find('"') {
            let after = &s[open + 1..];
            let Some(close) = after.find('"') else { break };
            let raw = &after[..close];
            s = &after[close + 1..];
            found = true;
            let re_str = substitute_line(raw, short, line_num);
            let re = Regex::new(&re_str)
                .map_err(|e| format!("{short}:{line_num}: invalid regexp in ERROR line: {e}"))?;
            out.push(Wanted {
                line: line_num,
                re_str,
                re,
            });
        }
        if !found {
            return Err(format!("{short}:{line_num}: invalid errchk line: {line}"));
        }
    }
    Ok(out)
}

fn substitute_line(raw: &str, short: &str, line_num: usize) -> String {
    let mut out = String::new();
    let mut s = raw;
    while let Some(at) = s.find("LINE") {
        out.push_str(&s[..at]);
        s = &s[at + 4..];
        let mut n = line_num as i64;
        let b = s.as_bytes();
        if !b.is_empty() && (b[0] == b'+' || b[0] == b'-') {
            let digits = b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits > 0 {
                let delta: i64 = s[1..1 + digits].parse().unwrap_or(0);
                n += if b[0] == b'+' { delta } else { -delta };
                s = &s[1 + digits..];
            }
        }
        out.push_str(&format!("{short}:{n}"));
    }
    out.push_str(s);
    out
}

/// Runs the directive self-test; returns descriptions of failed cases.
pub fn self_test() -> Vec<String> {
    let mut fails = Vec::new();
    let mut check = |what: &str, ok: bool| {
        if !ok {
            fails.push(what.to_string());
        }
    };
    check(
        "run",
        parse_header("// run\n\npackage main").recipe == Recipe::Run,
    );
    check(
        "build+errorcheck",
        parse_header("//go:build amd64\n\n// errorcheck\n").recipe == Recipe::ErrorCheck,
    );
    check(
        "run args",
        matches!(parse_header("// run -gcflags=-l\n").recipe, Recipe::Skip(_)),
    );
    check(
        "compile",
        matches!(parse_header("// compile\n").recipe, Recipe::Skip(_)),
    );
    check(
        "no recipe",
        matches!(parse_header("package main\n").recipe, Recipe::Skip(_)),
    );
    check(
        "tag arch",
        build_ok("amd64", "amd64") && !build_ok("amd64", "arm64"),
    );
    check("tag not", build_ok("!windows && !plan9", "arm64"));
    check("tag or", build_ok("(linux || darwin) && go1.21", "amd64"));
    check("tag go1.30", !build_ok("go1.30", "amd64"));
    check("tag cgo", !build_ok("cgo", "amd64"));
    let w = wanted_errors(
        "x := 1 // ERROR \"declared and not used\"\n//// ERROR \"no\"\ny // ERROR \"a\" \"b|c\" \"LINE-1\"\n",
        "t.go",
    );
    check(
        "wanted",
        w.as_ref().is_ok_and(|w| {
            w.len() == 4 && w[0].line == 1 && w[3].line == 3 && w[3].re_str == "t.go:2"
        }),
    );
    check(
        "bad errchk line",
        wanted_errors("x // ERROR nothing quoted\n", "t.go").is_err(),
    );
    fails
}
