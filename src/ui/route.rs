//! Hash routes: which page a URL's `#/...` fragment shows, so the site works on any static host.

/// A page of the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` (or no fragment): the catalogue, the tracks as a roadmap.
    Home,
    /// `#/ex/<id>`, optionally `?s=<token>` carrying a share link's code and prediction.
    Exercise {
        /// The exercise id.
        id: String,
        /// The share token, if the link carries one.
        share: Option<String>,
    },
    /// `#/embed/<id>`: the exercise alone, for a host page's iframe (no site header); it
    /// posts its grade to the host (see [`crate::ui::embed`]).
    Embed {
        /// The exercise id.
        id: String,
    },
    /// `#/challenges`: the coding challenges, with the best result of each.
    Challenges,
    /// `#/ch/<id>`: one challenge to solve.
    Challenge {
        /// The challenge id.
        id: String,
    },
    /// `#/embed/ch/<id>`: one challenge alone, for a host page's iframe; it posts each
    /// Check's result to the host (see [`crate::ui::challenge_embed`]).
    EmbedChallenge {
        /// The challenge id.
        id: String,
    },
    /// `#/play`: the scratchpad.
    Play,
    /// `#/fetch`: the fetch fan-out lab (a waterfall of real requests).
    FetchLab,
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
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let share = query.strip_prefix("s=").map(str::to_string);
        match (path.trim_end_matches('/'), query) {
            ("", "") => Route::Home,
            ("/play", "") => Route::Play,
            ("/timers", "") => Route::Timers,
            ("/challenges", "") => Route::Challenges,
            (path, "") if path.strip_prefix("/ch/").is_some_and(is_id) => {
                Route::Challenge { id: path["/ch/".len()..].to_string() }
            }
            (path, "") if path.strip_prefix("/embed/ch/").is_some_and(is_id) => {
                Route::EmbedChallenge { id: path["/embed/ch/".len()..].to_string() }
            }
            ("/fetch", "") => Route::FetchLab,
            (path, "") if path.strip_prefix("/embed/").is_some_and(is_id) => {
                Route::Embed { id: path["/embed/".len()..].to_string() }
            }
            (path, _) => match path.strip_prefix("/ex/") {
                Some(id) if is_id(id) && (query.is_empty() || share.is_some()) => {
                    Route::Exercise { id: id.to_string(), share }
                }
                _ => Route::NotFound(hash.to_string()),
            },
        }
    }

    /// The `href` that leads to this route (`#/play`); unknown routes lead home.
    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound(_) => "#/".into(),
            Route::Exercise { id, share: None } => format!("#/ex/{id}"),
            Route::Exercise { id, share: Some(token) } => format!("#/ex/{id}?s={token}"),
            Route::Embed { id } => format!("#/embed/{id}"),
            Route::Play => "#/play".into(),
            Route::FetchLab => "#/fetch".into(),
            Route::Timers => "#/timers".into(),
            Route::Challenges => "#/challenges".into(),
            Route::Challenge { id } => format!("#/ch/{id}"),
            Route::EmbedChallenge { id } => format!("#/embed/ch/{id}"),
        }
    }

    /// The `href` of the exercise `id`.
    pub fn exercise_href(id: &str) -> String {
        Route::Exercise { id: id.to_string(), share: None }.href()
    }

    /// The page's name, used in the document title (an exercise's title is set by its page).
    pub fn title(&self) -> &'static str {
        match self {
            Route::Home => "Exercises",
            Route::Exercise { .. } | Route::Embed { .. } => "Exercise",
            Route::Play => "Scratchpad",
            Route::FetchLab => "Fetch lab",
            Route::Timers => "Timer check",
            Route::Challenges => "Challenges",
            Route::Challenge { .. } | Route::EmbedChallenge { .. } => "Challenge",
            Route::NotFound(_) => "Page not found",
        }
    }
}

/// An exercise id: lowercase letters, digits and dashes.
fn is_id(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
