//! Running other programs: announce them, stream their output, capture it when it is counted.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;

use crate::error::{Error, Result};

/// Prints `$ program args…` and runs the command attached to the terminal; fails unless it
/// exits successfully.
pub fn run(command: &mut Command) -> Result<()> {
    let line = describe(command);
    println!("$ {line}");
    let status = command
        .status()
        .map_err(|error| Error::new(format!("{line}: {error}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Error::new(format!("`{line}` failed ({status})")))
    }
}

/// Runs `program args…` quietly and returns its standard output, or `None` when it is missing
/// or fails. Used to ask tools for their versions.
pub fn probe(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Output of a command run by [`run_tee`].
pub struct Captured {
    /// Whether it exited successfully.
    pub success: bool,
    /// Everything it printed on both streams (lines of each stream in order).
    pub text: String,
}

/// Prints `$ program args…`, runs the command while copying both its output streams to ours
/// line by line as they come, and returns what it printed.
pub fn run_tee(command: &mut Command) -> Result<Captured> {
    let line = describe(command);
    println!("$ {line}");
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| Error::new(format!("{line}: {error}")))?;
    let (sender, receiver) = mpsc::channel();
    let readers = [
        child
            .stdout
            .take()
            .map(|out| echo_lines(out, io::stdout(), sender.clone())),
        child
            .stderr
            .take()
            .map(|err| echo_lines(err, io::stderr(), sender)),
    ];
    let status = child.wait()?;
    for reader in readers.into_iter().flatten() {
        // A reader thread only fails if the terminal went away; the status still counts.
        let _ = reader.join();
    }
    Ok(Captured {
        success: status.success(),
        text: receiver.into_iter().collect(),
    })
}

/// Copies `source` to `sink` line by line on a new thread, sending each line to `lines`.
fn echo_lines<R, W>(source: R, mut sink: W, lines: mpsc::Sender<String>) -> thread::JoinHandle<()>
where
    R: Read + Send + 'static,
    W: Write + Send + 'static,
{
    thread::spawn(move || {
        let mut reader = BufReader::new(source);
        let mut line = Vec::new();
        while matches!(reader.read_until(b'\n', &mut line), Ok(n) if n > 0) {
            let _ = sink.write_all(&line).and_then(|()| sink.flush());
            let _ = lines.send(String::from_utf8_lossy(&line).into_owned());
            line.clear();
        }
    })
}

/// The command as a person would type it (program and arguments, space-separated).
fn describe(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|part| part.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ")
}
