//! A plain static file server for a built site (python3's http.server), stopped when dropped.

use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::error::{Error, Result};

/// How long a server may take to start listening.
const START_TIMEOUT: Duration = Duration::from_secs(10);

/// A running server for one folder on a free local port.
pub struct StaticServer {
    child: Child,
    port: u16,
}

impl StaticServer {
    /// Serves `dir` at the root of `http://127.0.0.1:<free port>/` and waits until it listens.
    pub fn start(dir: &Path) -> Result<Self> {
        let port = free_port()?;
        let child = Command::new("python3")
            .args([
                "-m",
                "http.server",
                &port.to_string(),
                "--bind",
                "127.0.0.1",
                "--directory",
            ])
            .arg(dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|error| Error::new(format!("python3 -m http.server: {error}")))?;
        let server = StaticServer { child, port };
        server.wait_until_listening()?;
        Ok(server)
    }

    /// The URL of `path` (which starts with `/`) on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Polls the port until the server accepts connections.
    fn wait_until_listening(&self) -> Result<()> {
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, self.port));
        let started = Instant::now();
        while TcpStream::connect(address).is_err() {
            if started.elapsed() > START_TIMEOUT {
                return Err(Error::new(format!(
                    "static server on port {} never listened",
                    self.port
                )));
            }
            thread::sleep(Duration::from_millis(50));
        }
        Ok(())
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        // The server may already have exited; either way it is gone afterwards.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A local port nobody listens on right now.
fn free_port() -> Result<u16> {
    Ok(TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?
        .local_addr()?
        .port())
}
