//! Running child processes with a timeout, stdin from /dev/null and
//! stdout and stderr combined into one pipe, so their output interleaves
//! exactly as the process wrote it (Go's test runner does the same).

use std::fmt;
use std::io::{self, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How a child process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Exited normally with this code.
    Exited(i32),
    /// Killed by this signal.
    Signaled(i32),
    /// Killed by the harness after the timeout.
    TimedOut,
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Exited(c) => write!(f, "exit status {c}"),
            Status::Signaled(s) => write!(f, "killed by signal {s}"),
            Status::TimedOut => f.write_str("timed out"),
        }
    }
}

/// The result of running a process.
#[derive(Debug, Clone)]
pub struct Output {
    /// How it ended.
    pub status: Status,
    /// Combined stdout and stderr (at most [`OUTPUT_LIMIT`] bytes).
    pub bytes: Vec<u8>,
}

impl Output {
    /// The combined output as (lossy) UTF-8 text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

/// Output beyond this many bytes is read and discarded, so a runaway
/// program cannot exhaust memory.
pub const OUTPUT_LIMIT: usize = 16 << 20;

/// Runs `cmd` to completion or until `timeout`, with stdin from /dev/null
/// and stdout+stderr sent to one pipe. The command's own stdio settings
/// are overridden.
pub fn run(mut cmd: Command, timeout: Duration) -> io::Result<Output> {
    let (mut reader, writer) = io::pipe()?;
    cmd.stdin(Stdio::null())
        .stdout(writer.try_clone()?)
        .stderr(writer);
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    // The Command holds the parent's copies of the pipe's write end; drop
    // them so that the reader sees EOF when the child exits.
    drop(cmd);

    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 16 << 10];
        loop {
            match reader.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    let room = OUTPUT_LIMIT.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => break,
            }
        }
        let _ = tx.send(kept);
    });

    let deadline = start + timeout;
    let mut nap = Duration::from_millis(1);
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break match (st.code(), st.signal()) {
                (Some(c), _) => Status::Exited(c),
                (None, Some(s)) => Status::Signaled(s),
                (None, None) => Status::Exited(-1),
            };
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            break Status::TimedOut;
        }
        thread::sleep(nap);
        nap = (nap * 2).min(Duration::from_millis(20));
    };
    // A grandchild may still hold the pipe open; do not wait for it forever.
    let bytes = rx.recv_timeout(Duration::from_secs(5)).unwrap_or_default();
    Ok(Output { status, bytes })
}
