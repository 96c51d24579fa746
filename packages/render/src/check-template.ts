import fs from 'node:fs';
import { createRequire } from 'node:module';
import type Handlebars from 'handlebars';
import { describeParseFailure } from './describe-parse-error.js';
import { TemplateError } from './errors.js';
import type { ThemeFile } from './theme.js';

type Node = hbs.AST.Node;
type Path = hbs.AST.PathExpression;
type Expr = hbs.AST.Expression;

/** Names a template may read that are not fields of the model: what renderers add, an array's length. */
const EXTRA_NAMES = ['css', 'fontFaces', 'length'];

/**
 * Names the helpers' own objects carry (`claimsOut` gives `{dropped, fewer}`), beyond the model's
 * fields.
 */
const HELPER_FIELDS = ['dropped', 'fewer'];

/** The only names a template may print unescaped (`{{{css}}}`): the theme's own CSS and font faces. */
const RAW_NAMES = ['css', 'fontFaces'];

let known: Set<string> | undefined;

/** Every property name of the briefing model's JSON Schema, at any depth, and the extras. */
function knownNames(): Set<string> {
  if (known) return known;
  const file = createRequire(import.meta.url).resolve('@briefing/model/briefing.schema.json');
  const names = new Set<string>([...EXTRA_NAMES, ...HELPER_FIELDS]);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, sub] of Object.entries(v)) {
        if (k === 'properties' && sub && typeof sub === 'object') {
          for (const name of Object.keys(sub)) names.add(name);
        }
        walk(sub);
      }
    }
  };
  walk(JSON.parse(fs.readFileSync(file, 'utf8')));
  known = names;
  return names;
}

/**
 * Checks a theme file before it runs, so that a mistake fails the brief even where the briefing of
 * the day leaves it unread (an empty `watch`, a field a helper is given, an `{{#if}}`): Handlebars'
 * strict mode stops only on a field printed as `{{field}}` that the context lacks when the line runs.
 * Every field the file reads must be a field the briefing model has somewhere (or `css`, `fontFaces`,
 * `length`), read through a block's own names (`as |x|`) or `@data` unchecked; every partial it calls
 * by name must exist; nothing but `css` and `fontFaces` may be printed unescaped (`{{{…}}}`, `{{&…}}`),
 * so that no article text reaches the page as markup.
 * @param handlebars the Handlebars instance with the helpers registered
 * @param t the theme file
 * @param partials the names of the theme's partials
 * @throws {TemplateError} `E_TEMPLATE` naming the file, line and column
 */
export function checkTemplate(
  handlebars: typeof Handlebars,
  t: ThemeFile,
  partials: ReadonlySet<string>,
): void {
  const names = knownNames();
  const inline = new Set<string>();
  const scopes: string[][] = [];
  const fail = (node: Node, message: string): never => {
    const { line, column } = node.loc.start;
    throw new TemplateError(`${t.file}:${line}:${column + 1}: ${message}`);
  };
  const field = (p: Path): void => {
    if (p.data || p.parts.length === 0) return;
    if (p.depth === 0 && scopes.some((s) => s.includes(p.parts[0] ?? ''))) return;
    const bad = p.parts.find((part: string) => !names.has(part));
    if (bad !== undefined) fail(p, `"${bad}" not defined (no field of the briefing model has that name)`);
  };
  const value = (e: Expr): void => {
    if (e.type === 'PathExpression') field(e as Path);
    else if (e.type === 'SubExpression') call(e as hbs.AST.SubExpression, true);
  };
  const call = (n: { path: Expr; params: Expr[]; hash?: hbs.AST.Hash }, alwaysHelper: boolean): void => {
    const p = n.path as Path;
    const helper =
      alwaysHelper ||
      n.params.length > 0 ||
      (n.hash?.pairs.length ?? 0) > 0 ||
      p.original in handlebars.helpers;
    if (!helper) value(n.path);
    n.params.forEach(value);
    for (const pair of n.hash?.pairs ?? []) value(pair.value);
  };
  const partial = (n: hbs.AST.PartialStatement): void => {
    const callee = n.name as Expr;
    if (callee.type === 'PathExpression' || callee.type === 'StringLiteral') {
      const name =
        callee.type === 'PathExpression'
          ? (callee as Path).original
          : String((callee as hbs.AST.StringLiteral).value);
      if (!partials.has(name) && !inline.has(name) && name !== '@partial-block') {
        fail(
          n,
          `The partial ${name} could not be found (neither the theme nor the default one has partials/${name}.hbs)`,
        );
      }
    } else value(n.name as Expr);
    n.params.forEach(value);
    for (const pair of n.hash?.pairs ?? []) value(pair.value);
  };
  const visit = (node: Node | undefined | null): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        for (const s of (node as hbs.AST.Program).body) visit(s);
        return;
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        const raw = (m.path as Path).original;
        if (!m.escaped && !(RAW_NAMES.includes(raw) && m.params.length === 0)) {
          fail(
            m,
            `{{{${raw}…}}} prints without escaping, so article text would reach the page as markup: write {{${raw}…}} (only ${RAW_NAMES.join(' and ')} take three braces)`,
          );
        }
        call(m, false);
        return;
      }
      case 'BlockStatement':
      case 'DecoratorBlock': {
        const b = node as hbs.AST.BlockStatement;
        if (node.type === 'DecoratorBlock') {
          const name = b.params[0] as hbs.AST.StringLiteral | undefined;
          if (name?.type === 'StringLiteral') inline.add(name.value);
        } else call(b, false);
        for (const prog of [b.program, b.inverse]) {
          if (!prog) continue;
          scopes.push(prog.blockParams ?? []);
          visit(prog);
          scopes.pop();
        }
        return;
      }
      case 'PartialStatement':
        partial(node as hbs.AST.PartialStatement);
        return;
      case 'PartialBlockStatement': {
        const b = node as unknown as { program: hbs.AST.Program; params: Expr[] };
        b.params.forEach(value);
        visit(b.program);
        return;
      }
      default:
        return;
    }
  };
  let ast: hbs.AST.Program;
  try {
    ast = handlebars.parse(t.source);
  } catch (error) {
    // the lexer still holds where the parse stopped: the column Handlebars' message leaves out
    const lexer = (
      handlebars as unknown as { Parser?: { lexer?: Parameters<typeof describeParseFailure>[2] } }
    ).Parser?.lexer;
    const said = describeParseFailure((error as Error).message ?? '', t.source, lexer);
    if (said) throw new TemplateError(`${t.file}:${said}`, { cause: error });
    throw error;
  }
  // inline partials ({{#*inline "name"}}) may be defined after their first use
  const collect = (n: Node | undefined | null): void => {
    if (!n) return;
    if (n.type === 'Program') (n as hbs.AST.Program).body.forEach(collect);
    if (n.type === 'DecoratorBlock' || n.type === 'BlockStatement') {
      const b = n as hbs.AST.BlockStatement;
      const name = b.params[0] as hbs.AST.StringLiteral | undefined;
      if (n.type === 'DecoratorBlock' && name?.type === 'StringLiteral') inline.add(name.value);
      collect(b.program);
      collect(b.inverse);
    }
  };
  collect(ast);
  visit(ast);
}
