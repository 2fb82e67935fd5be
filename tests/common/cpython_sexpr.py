"""Prints CPython's syntax tree of each source in the S-expression form of `sexpr` in
`tests/common/mod.rs`, so parser tests can be checked against (and generated from) CPython.

Usage: python3 tests/common/cpython_sexpr.py [--spans] < sources
where `sources` holds programs separated by lines of `---`.
"""
import ast
import json
import re
import sys

BINOPS = {ast.Add: '+', ast.Sub: '-', ast.Mult: '*', ast.MatMult: '@', ast.Div: '/',
          ast.FloorDiv: '//', ast.Mod: '%', ast.Pow: '**', ast.LShift: '<<', ast.RShift: '>>',
          ast.BitOr: '|', ast.BitXor: '^', ast.BitAnd: '&'}
UNARY = {ast.Not: 'not', ast.USub: 'neg', ast.UAdd: 'pos', ast.Invert: '~'}
CMPS = {ast.Eq: '==', ast.NotEq: '!=', ast.Lt: '<', ast.LtE: '<=', ast.Gt: '>', ast.GtE: '>=',
        ast.Is: 'is', ast.IsNot: 'is-not', ast.In: 'in', ast.NotIn: 'not-in'}
COMPS = {ast.ListComp: 'listcomp', ast.SetComp: 'setcomp', ast.GeneratorExp: 'genexp'}


def sx(*items):
    return '(' + ' '.join(i for i in items if i != '') + ')'


def num(x):
    if x in (float('inf'), float('-inf')):
        return 'inf'
    mant, exp = format(x, '.17e').split('e')
    return f'{mant}e{int(exp)}'


def const(v):
    if isinstance(v, bool) or v is None:
        return str(v)
    if v is Ellipsis:
        return '...'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return num(v)
    if isinstance(v, complex):
        return num(v.imag) + 'j'
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    return 'b"' + ''.join(chr(b) if 32 <= b < 127 and b not in b'"\\' else f'\\x{b:02x}' for b in v) + '"'


class Printer:
    def __init__(self, source, spans):
        self.lines = re.split('\r\n|\r|\n', source)
        self.spans = spans

    def at(self, n):
        if not self.spans:
            return ''
        col = len(self.lines[n.lineno - 1].encode()[:n.col_offset].decode()) + 1
        return f'@{n.lineno}:{col}'

    def seq(self, xs):
        return ' '.join(self.e(x) for x in xs)

    def opt(self, x):
        return '-' if x is None else self.e(x)

    def e(self, n):
        at = self.at(n)
        k = type(n)
        if k is ast.Name:
            return n.id + at
        if k is ast.Constant:
            return const(n.value) + at
        if k is ast.JoinedStr:
            return sx('f', self.seq(n.values)) + at
        if k is ast.FormattedValue:
            conv = '-' if n.conversion == -1 else chr(n.conversion)
            spec = n.format_spec if n.format_spec and n.format_spec.values else None
            # A format spec's own position is not kept by Loopscope's tree.
            spec = '-' if spec is None else sx('f', self.seq(spec.values))
            return f'(fv {self.e(n.value)} {conv} {spec})'
        if k in (ast.List, ast.Tuple, ast.Set):
            return sx(k.__name__.lower(), self.seq(n.elts)) + at
        if k is ast.Dict:
            items = ' '.join(f'(** {self.e(v)})' if key is None else f'({self.e(key)} {self.e(v)})'
                             for key, v in zip(n.keys, n.values))
            return sx('dict', items) + at
        if k is ast.Starred:
            return f'(* {self.e(n.value)}){at}'
        if k is ast.BinOp:
            return f'({BINOPS[type(n.op)]} {self.e(n.left)} {self.e(n.right)}){at}'
        if k is ast.UnaryOp:
            return f'({UNARY[type(n.op)]} {self.e(n.operand)}){at}'
        if k is ast.BoolOp:
            return f'({"and" if type(n.op) is ast.And else "or"} {self.seq(n.values)}){at}'
        if k is ast.Compare:
            rest = ' '.join(f'{CMPS[type(o)]} {self.e(c)}' for o, c in zip(n.ops, n.comparators))
            return f'(cmp {self.e(n.left)} {rest}){at}'
        if k is ast.Call:
            args = [f'(* {self.e(a.value)}){self.at(a.value)}' if type(a) is ast.Starred else self.e(a) for a in n.args]
            args += [f'(kw {kw.arg} {self.e(kw.value)})' if kw.arg else f'(** {self.e(kw.value)})' for kw in n.keywords]
            return sx('call', self.e(n.func), *args) + at
        if k is ast.Attribute:
            return f'(. {self.e(n.value)} {n.attr}){at}'
        if k is ast.Subscript:
            return f'([] {self.e(n.value)} {self.e(n.slice)}){at}'
        if k is ast.Slice:
            return f'(slice {self.opt(n.lower)} {self.opt(n.upper)} {self.opt(n.step)}){at}'
        if k is ast.IfExp:
            return f'(if {self.e(n.test)} {self.e(n.body)} {self.e(n.orelse)}){at}'
        if k is ast.Lambda:
            return f'(lambda {self.params(n.args)} {self.e(n.body)}){at}'
        if k in COMPS:
            return f'({COMPS[k]} {self.e(n.elt)} {self.gens(n.generators)}){at}'
        if k is ast.DictComp:
            return f'(dictcomp {self.e(n.key)} {self.e(n.value)} {self.gens(n.generators)}){at}'
        if k is ast.Await:
            return f'(await {self.e(n.value)}){at}'
        if k is ast.Yield:
            return f'(yield {self.opt(n.value)}){at}'
        if k is ast.YieldFrom:
            return f'(yield-from {self.e(n.value)}){at}'
        if k is ast.NamedExpr:
            return f'(:= {n.target.id} {self.e(n.value)}){at}'
        raise ValueError(k)

    def gens(self, gens):
        out = []
        for g in gens:
            ifs = ''.join(f' (if {self.e(c)})' for c in g.ifs)
            out.append(f'({"async-for" if g.is_async else "for"} {self.e(g.target)} {self.e(g.iter)}{ifs})')
        return ' '.join(out)

    def param(self, a, default):
        s = a.arg
        if a.annotation:
            s += ':' + self.e(a.annotation)
        if default is not None:
            s += '=' + self.e(default)
        return s

    def params(self, a):
        positional = a.posonlyargs + a.args
        defaults = [None] * (len(positional) - len(a.defaults)) + a.defaults
        out = [self.param(p, d) for p, d in zip(positional, defaults)]
        if a.posonlyargs:
            out.insert(len(a.posonlyargs), '/')
        if a.vararg:
            out.append('*' + self.param(a.vararg, None))
        elif a.kwonlyargs:
            out.append('*')
        out += [self.param(p, d) for p, d in zip(a.kwonlyargs, a.kw_defaults)]
        if a.kwarg:
            out.append('**' + self.param(a.kwarg, None))
        return sx(*out)

    def body(self, stmts):
        return sx(*(self.s(x) for x in stmts))

    def s(self, n):
        at = self.at(n)
        k = type(n)
        if k is ast.Expr:
            return f'(expr {self.e(n.value)}){at}'
        if k is ast.Assign:
            return f'(= {self.seq(n.targets)} {self.e(n.value)}){at}'
        if k is ast.AugAssign:
            return f'({BINOPS[type(n.op)]}= {self.e(n.target)} {self.e(n.value)}){at}'
        if k is ast.AnnAssign:
            value = '' if n.value is None else ' ' + self.e(n.value)
            return f'(ann {self.e(n.target)} {self.e(n.annotation)}{value}){at}'
        if k in (ast.FunctionDef, ast.AsyncFunctionDef):
            name = 'async-def' if k is ast.AsyncFunctionDef else 'def'
            return sx(name, n.name, self.params(n.args), sx('@', self.seq(n.decorator_list)), self.body(n.body)) + at
        if k is ast.ClassDef:
            kws = ' '.join(f'(kw {kw.arg} {self.e(kw.value)})' for kw in n.keywords)
            return sx('class', n.name, sx(self.seq(n.bases)), sx(kws), sx('@', self.seq(n.decorator_list)), self.body(n.body)) + at
        if k is ast.Return:
            return f'(return {self.opt(n.value)}){at}'
        if k is ast.Delete:
            return f'(del {self.seq(n.targets)}){at}'
        if k in (ast.Pass, ast.Break, ast.Continue):
            return f'({k.__name__.lower()}){at}'
        if k is ast.If:
            return f'(if {self.e(n.test)} {self.body(n.body)} {self.body(n.orelse)}){at}'
        if k is ast.While:
            return f'(while {self.e(n.test)} {self.body(n.body)} {self.body(n.orelse)}){at}'
        if k in (ast.For, ast.AsyncFor):
            name = 'async-for' if k is ast.AsyncFor else 'for'
            return f'({name} {self.e(n.target)} {self.e(n.iter)} {self.body(n.body)} {self.body(n.orelse)}){at}'
        if k in (ast.With, ast.AsyncWith):
            name = 'async-with' if k is ast.AsyncWith else 'with'
            items = ' '.join(f'(item {self.e(i.context_expr)} {self.opt(i.optional_vars)})' for i in n.items)
            return sx(name, sx(items), self.body(n.body)) + at
        if k in (ast.Try, ast.TryStar):
            name = 'try*' if k is ast.TryStar else 'try'
            handlers = ' '.join(f'(except {self.opt(h.type)} {h.name or "-"} {self.body(h.body)}){self.at(h)}' for h in n.handlers)
            return sx(name, self.body(n.body), sx(handlers), self.body(n.orelse), self.body(n.finalbody)) + at
        if k is ast.Raise:
            return f'(raise {self.opt(n.exc)} {self.opt(n.cause)}){at}'
        if k is ast.Assert:
            return f'(assert {self.e(n.test)} {self.opt(n.msg)}){at}'
        if k in (ast.Global, ast.Nonlocal):
            return f'({k.__name__.lower()} {" ".join(n.names)}){at}'
        if k is ast.Import:
            return f'(import {self.aliases(n.names)}){at}'
        if k is ast.ImportFrom:
            return f'(from {n.module} {self.aliases(n.names)}){at}'
        raise ValueError(k)

    def aliases(self, names):
        return ' '.join(f'({a.name} {a.asname or "-"})' for a in names)


if __name__ == '__main__':
    spans = '--spans' in sys.argv
    for source in sys.stdin.read().split('\n---\n'):
        tree = ast.parse(source)
        print(' '.join(Printer(source, spans).s(s) for s in tree.body))
