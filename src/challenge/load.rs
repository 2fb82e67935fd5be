//! Loading and validating challenges from their files: JSON shape, folder name, ids, declared
//! checks, and Python files that compile.

use super::embedded::ChallengeFiles;
use super::error::{ChallengeError, Problem, Result};
use super::model::{Challenge, Meta};

/// Loads every challenge from its files, in folder order.
pub fn from_files(all: &[ChallengeFiles<'_>]) -> Result<Vec<Challenge>> {
    let mut loaded: Vec<Challenge> = Vec::with_capacity(all.len());
    for files in all {
        let challenge = one(files)?;
        if loaded.iter().any(|c| c.meta.id == challenge.meta.id) {
            let file = format!("challenges/{}/challenge.json", files.folder);
            return Err(ChallengeError { file, at: None, problem: Problem::DuplicateId(challenge.meta.id) });
        }
        loaded.push(challenge);
    }
    loaded.sort_by_key(|c| c.number);
    Ok(loaded)
}

fn one(files: &ChallengeFiles<'_>) -> Result<Challenge> {
    let path = |name: &str| format!("challenges/{}/{name}", files.folder);
    let need = |text: Option<&str>, name: &'static str| {
        text.map(str::to_string).ok_or_else(|| ChallengeError {
            file: path(name),
            at: None,
            problem: Problem::Missing(name),
        })
    };
    let json = need(files.meta, "challenge.json")?;
    let meta: Meta = serde_json::from_str(&json).map_err(|e| ChallengeError::json(path("challenge.json"), &e))?;
    let at_meta = |problem| ChallengeError { file: path("challenge.json"), at: None, problem };
    let number = files
        .folder
        .split_once('-')
        .filter(|(nn, id)| *id == meta.id && nn.len() == 2)
        .and_then(|(nn, _)| nn.parse::<u32>().ok())
        .ok_or_else(|| at_meta(Problem::Misnamed))?;
    if let Some(why) = meta.checks.iter().find_map(|c| c.rule.malformed().map(|w| format!("check `{}`: {w}", c.name))) {
        return Err(at_meta(Problem::BadCheck(why)));
    }
    if meta.wrong.len() < 3 {
        return Err(at_meta(Problem::TooFewWrong(meta.wrong.len())));
    }
    let compiled = |text: Option<&str>, name: &'static str| -> Result<String> {
        let text = need(text, name)?;
        crate::python::parser::parse(&text).map_err(|e| ChallengeError {
            file: path(name),
            at: Some((e.span.line as usize, e.span.col as usize)),
            problem: Problem::Python(format!("{}: {}", e.kind.name(), e.message)),
        })?;
        Ok(text)
    };
    Ok(Challenge {
        number,
        starter: compiled(files.starter, "starter.py")?,
        demo: compiled(files.demo, "demo.py")?,
        checks_py: compiled(files.checks, "checks.py")?,
        solution: compiled(files.solution, "solution.py")?,
        meta,
    })
}
