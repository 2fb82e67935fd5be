//! The resolver: decides where every name lives and which code can suspend.
//!
//! Three passes over the tree, as CPython's symtable does:
//! 1. **collect** — per scope (module, function, lambda, comprehension, class): parameters,
//!    names bound, `global`/`nonlocal` declarations, names used, child scopes;
//! 2. **link** — each name a function uses but does not bind is looked up in the enclosing
//!    function scopes; the binding scope keeps it in a cell and every scope in between passes
//!    the cell down as a free variable;
//! 3. **assign** — every `Name` gets its [`NameSlot`], every scope its [`Scope`], and every
//!    node its `suspends` flag. Misplaced `await`, `yield`, `return`, `break` are reported here.

use super::ast::*;
use super::error::{CompileError, CompileResult};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Module,
    Function { is_async: bool },
    Lambda,
    Comprehension,
    Class,
}

#[derive(Debug)]
struct Table {
    kind: Kind,
    parent: Option<usize>,
    params: Vec<Rc<str>>,
    bound: Vec<Rc<str>>,
    globals: HashSet<Rc<str>>,
    nonlocals: Vec<(Rc<str>, SourceRange)>,
    used: Vec<Rc<str>>,
    has_yield: bool,
    // Filled by `link`.
    slots: HashMap<Rc<str>, u32>,
    slot_names: Vec<Rc<str>>,
    cells: HashSet<Rc<str>>,
    free: Vec<(Rc<str>, NameSlot)>,
}

impl Table {
    fn new(kind: Kind, parent: Option<usize>) -> Self {
        Table {
            kind,
            parent,
            params: Vec::new(),
            bound: Vec::new(),
            globals: HashSet::new(),
            nonlocals: Vec::new(),
            used: Vec::new(),
            has_yield: false,
            slots: HashMap::new(),
            slot_names: Vec::new(),
            cells: HashSet::new(),
            free: Vec::new(),
        }
    }

    fn is_function_like(&self) -> bool {
        matches!(self.kind, Kind::Function { .. } | Kind::Lambda | Kind::Comprehension)
    }

    fn binds(&self, name: &str) -> bool {
        !self.globals.contains(name)
            && !self.nonlocals.iter().any(|(n, _)| &**n == name)
            && (self.params.iter().any(|p| &**p == name) || self.bound.iter().any(|b| &**b == name))
    }
}

/// Resolves a parsed module in place. `builtins` are the builtin names in table order;
/// `predeclared` are module globals that exist before the code runs (a prelude's natives).
pub fn resolve(module: &Module, builtins: &[Rc<str>], predeclared: &[Rc<str>]) -> CompileResult<()> {
    let mut r = Resolver {
        tables: vec![Table::new(Kind::Module, None)],
        keys: HashMap::new(),
        builtins: builtins.iter().enumerate().map(|(i, n)| (n.clone(), i as u32)).collect(),
        module_slots: HashMap::new(),
        module_names: Vec::new(),
        loop_depth: 0,
        cur: 0,
    };
    for n in predeclared {
        r.module_slot(n);
    }
    r.collect_block(&module.body)?;
    r.link()?;
    r.cur = 0;
    r.assign_block(&module.body)?;
    let _ = module.scope.set(Scope {
        n_locals: r.module_names.len() as u32,
        slot_names: r.module_names.clone(),
        ..Scope::default()
    });
    Ok(())
}

struct Resolver {
    tables: Vec<Table>,
    /// Scope node address → table index.
    keys: HashMap<usize, usize>,
    builtins: HashMap<Rc<str>, u32>,
    module_slots: HashMap<Rc<str>, u32>,
    module_names: Vec<Rc<str>>,
    loop_depth: u32,
    cur: usize,
}

fn key<T>(p: &T) -> usize {
    p as *const T as usize
}

impl Resolver {
    fn table(&mut self) -> &mut Table {
        &mut self.tables[self.cur]
    }

    fn enter(&mut self, k: usize, kind: Kind) -> usize {
        let saved = self.cur;
        let idx = self.tables.len();
        self.tables.push(Table::new(kind, Some(saved)));
        self.keys.insert(k, idx);
        self.cur = idx;
        saved
    }

    fn bind(&mut self, name: &Rc<str>) {
        let t = self.table();
        if !t.bound.contains(name) {
            t.bound.push(name.clone());
        }
    }

    fn use_name(&mut self, name: &Rc<str>) {
        let t = self.table();
        if !t.used.contains(name) {
            t.used.push(name.clone());
        }
    }

    // ---------- pass 1: collect ----------

    fn collect_block(&mut self, body: &[Stmt]) -> CompileResult<()> {
        body.iter().try_for_each(|s| self.collect_stmt(s))
    }

    fn collect_target(&mut self, e: &Expr) -> CompileResult<()> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.bind(&n.id);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().try_for_each(|i| self.collect_target(i)),
            ExprKind::Starred(inner) => self.collect_target(inner),
            _ => self.collect_expr(e),
        }
    }

    fn collect_function(&mut self, f: &Rc<FunctionDef>, kind: Kind) -> CompileResult<()> {
        for d in &f.decorators {
            self.collect_expr(d)?;
        }
        for p in all_params(&f.params) {
            if let Some(d) = &p.default {
                self.collect_expr(d)?;
            }
        }
        let saved = self.enter(key(&**f), kind);
        for p in all_params(&f.params) {
            let t = self.table();
            if t.params.contains(&p.name.id) {
                return Err(CompileError::syntax(
                    format!("duplicate argument '{}' in function definition", p.name.id),
                    p.span,
                ));
            }
            t.params.push(p.name.id.clone());
        }
        self.collect_block(&f.body)?;
        self.cur = saved;
        Ok(())
    }

    fn collect_stmt(&mut self, s: &Stmt) -> CompileResult<()> {
        match &s.kind {
            StmtKind::Expr(e) => self.collect_expr(e),
            StmtKind::Assign { targets, value } => {
                self.collect_expr(value)?;
                targets.iter().try_for_each(|t| self.collect_target(t))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.collect_expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(&n.id);
                }
                self.collect_target(target)
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.collect_expr(v)?;
                }
                match (&target.kind, value) {
                    (ExprKind::Name(_), None) if self.tables[self.cur].kind != Kind::Class => Ok(()),
                    _ => self.collect_target(target),
                }
            }
            StmtKind::FunctionDef(f) => {
                self.bind(&f.name);
                self.collect_function(f, Kind::Function { is_async: f.is_async })
            }
            StmtKind::ClassDef(c) => {
                for e in c.bases.iter().chain(c.decorators.iter()).chain(c.keywords.iter().map(|k| &k.value)) {
                    self.collect_expr(e)?;
                }
                self.bind(&c.name);
                let saved = self.enter(key(&**c), Kind::Class);
                self.collect_block(&c.body)?;
                self.cur = saved;
                Ok(())
            }
            StmtKind::Return(v) => v.as_ref().map_or(Ok(()), |v| self.collect_expr(v)),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.collect_target(t)),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.collect_expr(test)?;
                self.collect_block(body)?;
                self.collect_block(orelse)
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.collect_expr(iter)?;
                self.collect_target(target)?;
                self.collect_block(body)?;
                self.collect_block(orelse)
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.collect_expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.collect_target(t)?;
                    }
                }
                self.collect_block(body)
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.collect_block(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.collect_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(&n.id);
                    }
                    self.collect_block(&h.body)?;
                }
                self.collect_block(orelse)?;
                self.collect_block(finalbody)
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.collect_expr(e)?;
                }
                cause.as_ref().map_or(Ok(()), |c| self.collect_expr(c))
            }
            StmtKind::Assert { test, msg } => {
                self.collect_expr(test)?;
                msg.as_ref().map_or(Ok(()), |m| self.collect_expr(m))
            }
            StmtKind::Global(names) => {
                self.check_declaration_order(names, "global", s.range())?;
                if self.tables[self.cur].kind != Kind::Module {
                    for n in names {
                        self.table().globals.insert(n.clone());
                        self.module_slot(n);
                    }
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                self.check_declaration_order(names, "nonlocal", s.range())?;
                if self.tables[self.cur].kind == Kind::Module {
                    return Err(CompileError::syntax("nonlocal declaration not allowed at module level", s.span).marking(s.end));
                }
                for n in names {
                    self.table().nonlocals.push((n.clone(), s.range()));
                }
                Ok(())
            }
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for a in aliases {
                    self.bind(&a.target.id);
                }
                Ok(())
            }
        }
    }

    /// CPython rejects a `global`/`nonlocal` declaration of a name the scope already used.
    fn check_declaration_order(&self, names: &[Rc<str>], kind: &str, at: SourceRange) -> CompileResult<()> {
        let t = &self.tables[self.cur];
        let error = |message: String| Err(CompileError::syntax(message, at.start).marking(at.end));
        for n in names {
            if t.params.contains(n) && kind == "nonlocal" {
                return error(format!("name '{n}' is parameter and nonlocal"));
            }
            if t.params.contains(n) {
                return error(format!("name '{n}' is parameter and global"));
            }
            if t.bound.contains(n) {
                return error(format!("name '{n}' is assigned to before {kind} declaration"));
            }
            if t.used.contains(n) {
                return error(format!("name '{n}' is used prior to {kind} declaration"));
            }
        }
        Ok(())
    }

    fn collect_expr(&mut self, e: &Expr) -> CompileResult<()> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.use_name(&n.id);
                Ok(())
            }
            ExprKind::Constant(_) => Ok(()),
            ExprKind::FString(parts) => self.collect_fstring(parts),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                items.iter().try_for_each(|i| self.collect_expr(i))
            }
            ExprKind::Dict(pairs) => pairs.iter().try_for_each(|(k, v)| {
                if let Some(k) = k {
                    self.collect_expr(k)?;
                }
                self.collect_expr(v)
            }),
            ExprKind::Starred(x) | ExprKind::UnaryOp { operand: x, .. } | ExprKind::Await(x) | ExprKind::YieldFrom(x) => {
                if matches!(e.kind, ExprKind::YieldFrom(_)) {
                    self.table().has_yield = true;
                }
                self.collect_expr(x)
            }
            ExprKind::Yield(v) => {
                self.table().has_yield = true;
                v.as_ref().map_or(Ok(()), |v| self.collect_expr(v))
            }
            ExprKind::BinOp { left, right, .. } => {
                self.collect_expr(left)?;
                self.collect_expr(right)
            }
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.collect_expr(v)),
            ExprKind::Compare { left, ops } => {
                self.collect_expr(left)?;
                ops.iter().try_for_each(|(_, x)| self.collect_expr(x))
            }
            ExprKind::Call { func, args } => {
                self.collect_expr(func)?;
                for a in args {
                    match a {
                        Arg::Positional(x) | Arg::Starred(x) | Arg::DoubleStarred(x) => self.collect_expr(x)?,
                        Arg::Keyword(k) => self.collect_expr(&k.value)?,
                    }
                }
                Ok(())
            }
            ExprKind::Attribute { value, .. } => self.collect_expr(value),
            ExprKind::Subscript { value, index } => {
                self.collect_expr(value)?;
                self.collect_expr(index)
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.collect_expr(x)?;
                }
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.collect_expr(test)?;
                self.collect_expr(body)?;
                self.collect_expr(orelse)
            }
            ExprKind::Lambda(f) => self.collect_function(f, Kind::Lambda),
            ExprKind::Comprehension(c) => {
                self.collect_expr(&c.generators[0].iter)?;
                let saved = self.enter(key(&**c), Kind::Comprehension);
                for (i, g) in c.generators.iter().enumerate() {
                    if i > 0 {
                        self.collect_expr(&g.iter)?;
                    }
                    self.collect_target(&g.target)?;
                    for cond in &g.ifs {
                        self.collect_expr(cond)?;
                    }
                }
                self.collect_expr(&c.element)?;
                if let Some(v) = &c.value {
                    self.collect_expr(v)?;
                }
                self.cur = saved;
                Ok(())
            }
            ExprKind::NamedExpr { target, value } => {
                self.collect_expr(value)?;
                // A walrus inside a comprehension binds in the enclosing non-comprehension scope.
                let saved = self.cur;
                while self.tables[self.cur].kind == Kind::Comprehension {
                    self.cur = self.tables[self.cur].parent.expect("comprehension has a parent");
                }
                self.bind(&target.id);
                self.cur = saved;
                if self.tables[self.cur].kind == Kind::Comprehension {
                    self.use_name(&target.id);
                }
                Ok(())
            }
        }
    }

    fn collect_fstring(&mut self, parts: &[FStringPart]) -> CompileResult<()> {
        for p in parts {
            if let FStringPart::Field { value, spec, .. } = p {
                self.collect_expr(value)?;
                self.collect_fstring(spec)?;
            }
        }
        Ok(())
    }

    fn module_slot(&mut self, name: &Rc<str>) -> u32 {
        if let Some(&i) = self.module_slots.get(name) {
            return i;
        }
        let i = self.module_names.len() as u32;
        self.module_names.push(name.clone());
        self.module_slots.insert(name.clone(), i);
        i
    }

    // ---------- pass 2: link ----------

    fn link(&mut self) -> CompileResult<()> {
        let module_bound = self.tables[0].bound.clone();
        for n in &module_bound {
            self.module_slot(n);
        }
        for idx in 1..self.tables.len() {
            if self.tables[idx].is_function_like() {
                let t = &mut self.tables[idx];
                let names: Vec<Rc<str>> = t
                    .params
                    .iter()
                    .chain(t.bound.iter())
                    .filter(|n| !t.globals.contains(*n) && !t.nonlocals.iter().any(|(x, _)| x == *n))
                    .cloned()
                    .collect();
                for n in names {
                    if !t.slots.contains_key(&n) {
                        t.slots.insert(n.clone(), t.slot_names.len() as u32);
                        t.slot_names.push(n);
                    }
                }
            }
        }
        for idx in 1..self.tables.len() {
            for (name, at) in self.tables[idx].nonlocals.clone() {
                if self.capture(idx, &name).is_none() {
                    let message = format!("no binding for nonlocal '{name}' found");
                    return Err(CompileError::syntax(message, at.start).marking(at.end));
                }
            }
            for name in self.tables[idx].used.clone() {
                let t = &self.tables[idx];
                if t.binds(&name) && t.kind != Kind::Class || t.globals.contains(&name) {
                    continue;
                }
                if t.kind == Kind::Class && t.binds(&name) {
                    continue;
                }
                self.capture(idx, &name);
            }
        }
        Ok(())
    }

    /// Makes `name` a free variable of scope `idx` if an enclosing function binds it; returns
    /// its index in `idx`'s free list. A class body in between does not bind names for the
    /// functions inside it, but passes the variable through (its own free list holds it), as the
    /// functions are created in the class body's frame.
    fn capture(&mut self, idx: usize, name: &Rc<str>) -> Option<u32> {
        if let Some(i) = self.tables[idx].free.iter().position(|(n, _)| n == name) {
            return Some(i as u32);
        }
        let parent = self.tables[idx].parent?;
        let p = &self.tables[parent];
        let in_parent = if p.kind == Kind::Class {
            NameSlot::Free(self.capture(parent, name)?)
        } else if p.kind == Kind::Module || p.globals.contains(name) {
            return None;
        } else if p.binds(name) {
            self.tables[parent].cells.insert(name.clone());
            NameSlot::Cell(self.tables[parent].slots[name])
        } else {
            NameSlot::Free(self.capture(parent, name)?)
        };
        let t = &mut self.tables[idx];
        t.free.push((name.clone(), in_parent));
        Some(t.free.len() as u32 - 1)
    }

    // ---------- pass 3: assign ----------

    fn slot_for(&self, name: &Rc<str>) -> NameSlot {
        let t = &self.tables[self.cur];
        let global = || match self.module_slots.get(name) {
            Some(&i) => NameSlot::Global(i),
            None => match self.builtins.get(name) {
                Some(&b) => NameSlot::Builtin(b),
                None => NameSlot::Undefined,
            },
        };
        match t.kind {
            Kind::Module => global(),
            Kind::Class => {
                if t.binds(name) {
                    NameSlot::ClassBody(self.module_slots.get(name).copied())
                } else if let Some(i) = t.free.iter().position(|(n, _)| n == name) {
                    NameSlot::Free(i as u32)
                } else {
                    global()
                }
            }
            _ => {
                if t.globals.contains(name) {
                    return global();
                }
                if let Some(&slot) = t.slots.get(name) {
                    return if t.cells.contains(name) { NameSlot::Cell(slot) } else { NameSlot::Local(slot) };
                }
                if let Some(i) = t.free.iter().position(|(n, _)| n == name) {
                    return NameSlot::Free(i as u32);
                }
                global()
            }
        }
    }

    fn name(&self, n: &Name) {
        n.slot.set(self.slot_for(&n.id));
    }

    fn scope_of(&self, idx: usize) -> Scope {
        let t = &self.tables[idx];
        let mut cell_slots: Vec<u32> = t.cells.iter().map(|n| t.slots[n]).collect();
        cell_slots.sort_unstable();
        Scope {
            n_locals: t.slot_names.len() as u32,
            slot_names: t.slot_names.clone(),
            cell_slots,
            free: t.free.clone(),
            is_generator: t.has_yield,
        }
    }

    fn in_async_function(&self) -> bool {
        let mut i = self.cur;
        loop {
            match self.tables[i].kind {
                Kind::Function { is_async } => return is_async,
                Kind::Comprehension => i = self.tables[i].parent.unwrap_or(0),
                _ => return false,
            }
        }
    }

    fn assign_block(&mut self, body: &[Stmt]) -> CompileResult<bool> {
        let mut any = false;
        for s in body {
            any |= self.assign_stmt(s)?;
        }
        Ok(any)
    }

    fn assign_function(&mut self, f: &Rc<FunctionDef>) -> CompileResult<()> {
        for d in &f.decorators {
            self.assign_expr(d)?;
        }
        for p in all_params(&f.params) {
            if let Some(d) = &p.default {
                self.assign_expr(d)?;
            }
        }
        let saved = self.cur;
        let saved_loops = std::mem::replace(&mut self.loop_depth, 0);
        self.cur = self.keys[&key(&**f)];
        for p in all_params(&f.params) {
            self.name(&p.name);
        }
        self.assign_block(&f.body)?;
        let _ = f.scope.set(self.scope_of(self.cur));
        self.cur = saved;
        self.loop_depth = saved_loops;
        Ok(())
    }

    fn assign_stmt(&mut self, s: &Stmt) -> CompileResult<bool> {
        let suspends = match &s.kind {
            StmtKind::Expr(e) => self.assign_expr(e)?,
            StmtKind::Assign { targets, value } => {
                if matches!(value.kind, ExprKind::Starred(_)) {
                    let message = "can't use starred expression here";
                    return Err(CompileError::syntax(message, value.span).marking(value.end));
                }
                let mut any = self.assign_expr(value)?;
                for t in targets {
                    unstarred_target(t)?;
                    any |= self.assign_expr(t)?;
                }
                any
            }
            StmtKind::AugAssign { target, value, .. } => self.assign_expr(value)? | self.assign_expr(target)?,
            StmtKind::AnnAssign { target, value, .. } => {
                let v = match value {
                    Some(v) => self.assign_expr(v)?,
                    None => false,
                };
                v | self.assign_expr(target)?
            }
            StmtKind::FunctionDef(f) => {
                s.binds.set(self.slot_for(&f.name));
                self.assign_function(f)?;
                f.decorators.iter().any(|d| d.suspends.get())
            }
            StmtKind::ClassDef(c) => {
                s.binds.set(self.slot_for(&c.name));
                let mut any = false;
                for e in c.bases.iter().chain(c.decorators.iter()).chain(c.keywords.iter().map(|k| &k.value)) {
                    any |= self.assign_expr(e)?;
                }
                let saved = self.cur;
                let saved_loops = std::mem::replace(&mut self.loop_depth, 0);
                self.cur = self.keys[&key(&**c)];
                self.assign_block(&c.body)?;
                let _ = c.scope.set(self.scope_of(self.cur));
                self.cur = saved;
                self.loop_depth = saved_loops;
                any
            }
            StmtKind::Return(v) => {
                let t = &self.tables[self.cur];
                if !matches!(t.kind, Kind::Function { .. } | Kind::Lambda) {
                    return Err(CompileError::syntax("'return' outside function", s.span).marking(s.end));
                }
                if matches!(t.kind, Kind::Function { is_async: true }) && t.has_yield && v.is_some() {
                    return Err(CompileError::syntax("'return' with value in async generator", s.span).marking(s.end));
                }
                match v {
                    Some(v) => self.assign_expr(v)?,
                    None => false,
                }
            }
            StmtKind::Delete(targets) => {
                let mut any = false;
                for t in targets {
                    any |= self.assign_expr(t)?;
                }
                any
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => false,
            StmtKind::Break | StmtKind::Continue => {
                if self.loop_depth == 0 {
                    let msg = if matches!(s.kind, StmtKind::Break) {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    return Err(CompileError::syntax(msg, s.span).marking(s.end));
                }
                false
            }
            StmtKind::If { test, body, orelse } => {
                self.assign_expr(test)? | self.assign_block(body)? | self.assign_block(orelse)?
            }
            StmtKind::While { test, body, orelse } => {
                let t = self.assign_expr(test)?;
                self.loop_depth += 1;
                let b = self.assign_block(body)?;
                self.loop_depth -= 1;
                t | b | self.assign_block(orelse)?
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async && !self.in_async_function() {
                    return Err(CompileError::syntax("'async for' outside async function", s.span).marking(s.end));
                }
                unstarred_target(target)?;
                let i = self.assign_expr(iter)? | self.assign_expr(target)?;
                self.loop_depth += 1;
                let b = self.assign_block(body)?;
                self.loop_depth -= 1;
                *is_async | i | b | self.assign_block(orelse)?
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async && !self.in_async_function() {
                    return Err(CompileError::syntax("'async with' outside async function", s.span).marking(s.end));
                }
                let mut any = *is_async;
                for item in items {
                    any |= self.assign_expr(&item.context)?;
                    if let Some(t) = &item.target {
                        unstarred_target(t)?;
                        any |= self.assign_expr(t)?;
                    }
                }
                any | self.assign_block(body)?
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                let mut any = self.assign_block(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        any |= self.assign_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.name(n);
                    }
                    any |= self.assign_block(&h.body)?;
                }
                any | self.assign_block(orelse)? | self.assign_block(finalbody)?
            }
            StmtKind::Raise { exc, cause } => {
                let mut any = false;
                for e in [exc, cause].into_iter().flatten() {
                    any |= self.assign_expr(e)?;
                }
                any
            }
            StmtKind::Assert { test, msg } => {
                let m = match msg {
                    Some(m) => self.assign_expr(m)?,
                    None => false,
                };
                self.assign_expr(test)? | m
            }
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for a in aliases {
                    self.name(&a.target);
                }
                false
            }
        };
        s.suspends.set(suspends);
        Ok(suspends)
    }

    fn assign_expr(&mut self, e: &Expr) -> CompileResult<bool> {
        let suspends = match &e.kind {
            ExprKind::Name(n) => {
                self.name(n);
                false
            }
            ExprKind::Constant(_) => false,
            ExprKind::FString(parts) => self.assign_fstring(parts)?,
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                let mut any = false;
                for i in items {
                    any |= self.assign_expr(i)?;
                }
                any
            }
            ExprKind::Dict(pairs) => {
                let mut any = false;
                for (k, v) in pairs {
                    if let Some(k) = k {
                        any |= self.assign_expr(k)?;
                    }
                    any |= self.assign_expr(v)?;
                }
                any
            }
            ExprKind::Starred(x) | ExprKind::UnaryOp { operand: x, .. } => self.assign_expr(x)?,
            ExprKind::Await(x) => {
                if !self.in_async_function() {
                    let msg = if self.tables[self.cur].kind == Kind::Module {
                        "'await' outside function"
                    } else {
                        "'await' outside async function"
                    };
                    return Err(CompileError::syntax(msg, e.span).marking(e.end));
                }
                self.assign_expr(x)?;
                true
            }
            ExprKind::Yield(v) => {
                self.check_yield(e.range())?;
                if let Some(v) = v {
                    self.assign_expr(v)?;
                }
                true
            }
            ExprKind::YieldFrom(x) => {
                self.check_yield(e.range())?;
                if self.in_async_function() {
                    return Err(CompileError::syntax("'yield from' inside async function", e.span).marking(e.end));
                }
                self.assign_expr(x)?;
                true
            }
            ExprKind::BinOp { left, right, .. } => self.assign_expr(left)? | self.assign_expr(right)?,
            ExprKind::BoolOp { values, .. } => {
                let mut any = false;
                for v in values {
                    any |= self.assign_expr(v)?;
                }
                any
            }
            ExprKind::Compare { left, ops } => {
                let mut any = self.assign_expr(left)?;
                for (_, x) in ops {
                    any |= self.assign_expr(x)?;
                }
                any
            }
            ExprKind::Call { func, args } => {
                let mut any = self.assign_expr(func)?;
                for a in args {
                    any |= match a {
                        Arg::Positional(x) | Arg::Starred(x) | Arg::DoubleStarred(x) => self.assign_expr(x)?,
                        Arg::Keyword(k) => self.assign_expr(&k.value)?,
                    };
                }
                // At module level, `asyncio.run(...)` hands control to the host: it suspends
                // the module's code (see docs/ENGINE.md).
                let runs_loop = self.tables[self.cur].kind == Kind::Module
                    && match &func.kind {
                        ExprKind::Name(n) => &*n.id == "run",
                        ExprKind::Attribute { attr, .. } => &**attr == "run",
                        _ => false,
                    };
                any | runs_loop
            }
            ExprKind::Attribute { value, .. } => self.assign_expr(value)?,
            ExprKind::Subscript { value, index } => self.assign_expr(value)? | self.assign_expr(index)?,
            ExprKind::Slice { lower, upper, step } => {
                let mut any = false;
                for x in [lower, upper, step].into_iter().flatten() {
                    any |= self.assign_expr(x)?;
                }
                any
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.assign_expr(test)? | self.assign_expr(body)? | self.assign_expr(orelse)?
            }
            ExprKind::Lambda(f) => {
                self.assign_function(f)?;
                false
            }
            ExprKind::Comprehension(c) => {
                let first = self.assign_expr(&c.generators[0].iter)?;
                let saved = self.cur;
                self.cur = self.keys[&key(&**c)];
                let mut inner = false;
                for (i, g) in c.generators.iter().enumerate() {
                    if i > 0 {
                        inner |= self.assign_expr(&g.iter)?;
                    }
                    inner |= self.assign_expr(&g.target)?;
                    for cond in &g.ifs {
                        inner |= self.assign_expr(cond)?;
                    }
                    inner |= g.is_async;
                }
                inner |= self.assign_expr(&c.element)?;
                if let Some(v) = &c.value {
                    inner |= self.assign_expr(v)?;
                }
                let _ = c.scope.set(self.scope_of(self.cur));
                self.cur = saved;
                if inner && c.kind != ComprehensionKind::Generator && !self.in_async_function() {
                    return Err(CompileError::syntax(
                        "asynchronous comprehension outside of an asynchronous function",
                        c.span,
                    )
                    .marking(e.end));
                }
                first | (inner && c.kind != ComprehensionKind::Generator)
            }
            ExprKind::NamedExpr { target, value } => {
                let v = self.assign_expr(value)?;
                let saved = self.cur;
                self.name(target);
                self.cur = saved;
                v
            }
        };
        e.suspends.set(suspends);
        Ok(suspends)
    }

    fn check_yield(&self, at: SourceRange) -> CompileResult<()> {
        let message = match self.tables[self.cur].kind {
            Kind::Function { .. } | Kind::Lambda => return Ok(()),
            Kind::Comprehension => "'yield' inside list comprehension",
            _ => "'yield' outside function",
        };
        Err(CompileError::syntax(message, at.start).marking(at.end))
    }

    fn assign_fstring(&mut self, parts: &[FStringPart]) -> CompileResult<bool> {
        let mut any = false;
        for p in parts {
            if let FStringPart::Field { value, spec, .. } = p {
                any |= self.assign_expr(value)?;
                any |= self.assign_fstring(spec)?;
            }
        }
        Ok(any)
    }
}

/// All parameters of a function in slot order: positional-only, positional, `*args`,
/// keyword-only, `**kwargs`.
pub fn all_params(p: &Params) -> impl Iterator<Item = &Param> {
    p.posonly.iter().chain(p.args.iter()).chain(p.vararg.iter()).chain(p.kwonly.iter()).chain(p.kwarg.iter())
}

/// CPython's compiler error for a bare `*name` as a whole assignment, `for` or `with` target.
fn unstarred_target(target: &Expr) -> CompileResult<()> {
    match target.kind {
        ExprKind::Starred(_) => {
            let message = "starred assignment target must be in a list or tuple";
            Err(CompileError::syntax(message, target.span).marking(target.end))
        }
        _ => Ok(()),
    }
}
