mod challenge_support;
use challenge_support::*;
#[test]
fn show() {
    let id = std::env::var("CH").unwrap_or("fetch-in-order".into());
    let file = std::env::var("WRONG").ok();
    for c in all() {
        if c.meta.id != id { continue; }
        let src = match &file { Some(f) => std::fs::read_to_string(folder(&c).join(f)).unwrap(), None => c.solution.clone() };
        let seed = std::env::var("SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
        let r = check(&c, &src, seed);
        eprintln!("{}", summary(&r));
        if std::env::var("DEMO").is_ok() {
            let prog = c.demo_program(&src);
            let out = loopscope::cli::run_on_big_stack(move || {
                let mut p = loopscope::python::Program::new(&prog, "main.py", Box::new(loopscope::python::interp::NativeVirtualHost::default()), Default::default()).unwrap();
                p.run_to_end();
                let t = p.trace().clone(); t
            });
            for (t, s, l) in out.output() { eprintln!("demo {t:.3} {s:?} {l}"); }
        }
    }
}
