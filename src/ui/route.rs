//! Hash routes: which page a URL's `#/...` fragment shows, so the site works on any static host.

/// A page of the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` (or no fragment): the home page listing the pages.
    Home,
    /// `#/play`: the scratchpad.
    Play,
    /// `#/timers`: the browser timer check (two sleeps on browser timers).
    Timers,
    /// Any other fragment, kept to show it back to the reader.
    NotFound(String),
}

impl Route {
    /// The route for a `location.hash` value such as `#/play` (an empty hash is home).
    /// A trailing slash is ignored.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        match path.trim_end_matches('/') {
            "" => Route::Home,
            "/play" => Route::Play,
            "/timers" => Route::Timers,
            _ => Route::NotFound(hash.to_string()),
        }
    }

    /// The `href` that leads to this route (`#/play`); unknown routes lead home.
    pub fn href(&self) -> &'static str {
        match self {
            Route::Home | Route::NotFound(_) => "#/",
            Route::Play => "#/play",
            Route::Timers => "#/timers",
        }
    }

    /// The page's name, used in the document title.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Home => "Home",
            Route::Play => "Scratchpad",
            Route::Timers => "Timer check",
            Route::NotFound(_) => "Page not found",
        }
    }
}
