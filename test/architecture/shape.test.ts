// The shape of the code, checked mechanically so that every new area copies the right pattern:
// SQL only in queries.ts (and server/db/), thin routes, the role checked on the first line of every
// service function, areas that reach each other only through services, the access rule's pieces only
// in server/auth/, no import cycles, small files, every answer declared, and a repository that does
// not point outside itself. docs/architecture.md explains each rule.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function tracked(): string[] {
  const out = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  return out
    .split('\n')
    .filter(Boolean)
    .filter((f) => {
      try {
        readFileSync(path.join(ROOT, f));
        return true;
      } catch {
        return false; // deleted in the work tree
      }
    });
}

const FILES = tracked();
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');
const isTest = (f: string) => /\.test\.tsx?$/.test(f);
const serverSources = FILES.filter((f) => f.startsWith('server/') && /\.ts$/.test(f) && !isTest(f));

function parse(f: string): ts.SourceFile {
  return ts.createSourceFile(
    f,
    read(f),
    ts.ScriptTarget.ES2022,
    true,
    f.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

interface Import {
  spec: string;
  resolved: string | null;
  typeOnly: boolean;
}

function importsOf(f: string, sf = parse(f)): Import[] {
  const out: Import[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    const resolved = spec.startsWith('.')
      ? path.posix.normalize(path.posix.join(path.posix.dirname(f), spec))
      : null;
    out.push({ spec, resolved, typeOnly });
  };
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const clause = st.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(st.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      add(st.moduleSpecifier.text, st.isTypeOnly);
    }
  }
  // Dynamic imports (await import('./x.ts')) are edges too.
  const visit = (n: ts.Node) => {
    if (
      ts.isCallExpression(n) &&
      n.expression.kind === ts.SyntaxKind.ImportKeyword &&
      n.arguments[0] &&
      ts.isStringLiteral(n.arguments[0])
    ) {
      add(n.arguments[0].text, false);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The text of every string and template literal of a file. */
function literals(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(n.text);
    else if (ts.isTemplateExpression(n)) {
      out.push(n.head.text, ...n.templateSpans.map((s) => s.literal.text));
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const SQL_TEXT =
  /\b(SELECT\s[\s\S]*\sFROM\s|INSERT\s+INTO\s|DELETE\s+FROM\s|UPDATE\s+[a-z_]+\s+SET\s|CREATE\s+(TABLE|INDEX)\s)/;
const mayHoldSql = (f: string) => path.posix.basename(f) === 'queries.ts' || f.startsWith('server/db/');

/** server/modules/<area>/… → <area>; other server files → null. */
function areaOf(f: string): string | null {
  const m = /^server\/modules\/([^/]+)\//.exec(f);
  return m ? (m[1] ?? null) : null;
}

describe('SQL lives in queries.ts and server/db/ only', () => {
  it('no other server file imports drizzle-orm values, runs statements or holds SQL text', () => {
    const offenders: string[] = [];
    for (const f of serverSources) {
      if (mayHoldSql(f)) continue;
      const sf = parse(f);
      for (const imp of importsOf(f, sf)) {
        if (imp.spec.startsWith('drizzle-orm') && !imp.typeOnly) offenders.push(`${f}: imports ${imp.spec}`);
      }
      if (/\.execute\(|\.rawQuery\(|\.runScript\(/.test(read(f))) offenders.push(`${f}: runs a statement`);
      const text = literals(sf).find((t) => SQL_TEXT.test(t));
      if (text) offenders.push(`${f}: SQL text «${text.trim().slice(0, 60)}»`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('routes are thin', () => {
  const routes = serverSources.filter((f) => path.posix.basename(f) === 'routes.ts');

  it('there are routes to check', () => {
    expect(routes.length).toBeGreaterThan(5);
  });

  it('a route validates, calls a service and presents: no SQL, no role check, no database', () => {
    const offenders: string[] = [];
    for (const f of routes) {
      const src = read(f);
      for (const imp of importsOf(f)) {
        const target = imp.resolved ?? imp.spec;
        if (/queries(\.ts)?$/.test(target)) offenders.push(`${f}: imports ${imp.spec}`);
        if (/(^|\/)server\/db\//.test(target)) offenders.push(`${f}: imports ${imp.spec}`);
        if (/auth\/authorize(\.ts)?$/.test(target)) offenders.push(`${f}: imports ${imp.spec}`);
      }
      for (const word of ['authorize(', 'requireActor(', 'legacyResponses(', 'roleCan(', '.database']) {
        if (src.includes(word)) offenders.push(`${f}: uses ${word}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('every service function checks the actor first', () => {
  const FIRST =
    /^(const|let)?\s*[\w{}\s,:]*=?\s*(authorize|authorizeWho|signedIn|actorOf|whoOf)\(|^(authorize|authorizeWho|signedIn|actorOf|whoOf)\(/;

  it('the first statement of each exported function of a service.ts is the role check (or it says why not)', () => {
    const offenders: string[] = [];
    let checked = 0;
    for (const f of serverSources.filter((x) => path.posix.basename(x) === 'service.ts')) {
      const sf = parse(f);
      for (const st of sf.statements) {
        let name: string | undefined;
        let body: ts.Block | ts.ConciseBody | undefined;
        const exported = ts
          .getModifiers(st as ts.HasModifiers)
          ?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
        if (!exported) continue;
        if (ts.isFunctionDeclaration(st)) {
          name = st.name?.text;
          body = st.body;
        } else if (ts.isVariableStatement(st)) {
          const d = st.declarationList.declarations[0];
          if (
            d?.initializer &&
            (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
          ) {
            name = d.name.getText(sf);
            body = d.initializer.body;
          }
        }
        if (!name || !body) continue;
        const jsdoc = ts.getJSDocTags(st).map((t) => t.tagName.text);
        if (jsdoc.includes('trusted')) continue;
        checked++;
        const first = ts.isBlock(body) ? body.statements[0]?.getText(sf) : body.getText(sf);
        const firstLine = (first ?? '').replace(/^return\s+/, '').trim();
        if (!FIRST.test(firstLine)) offenders.push(`${f}: ${name}() starts with «${firstLine.slice(0, 70)}»`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });
});

describe('areas reach each other only through services', () => {
  it('an import into another area names its service.ts (or its presenter, for types)', () => {
    const offenders: string[] = [];
    const ENTRY = new Set(['service.ts', 'routes.ts', 'cli.ts', 'jobs.ts']);
    for (const f of serverSources) {
      const from = areaOf(f);
      for (const imp of importsOf(f)) {
        if (!imp.resolved) continue;
        const to = areaOf(imp.resolved);
        if (!to || to === from) continue;
        const base = path.posix.basename(imp.resolved);
        const ok =
          base === 'service.ts' ||
          (base === 'presenter.ts' && imp.typeOnly) ||
          // The composition root (app, CLI, jobs registry, integrations) mounts routes and commands.
          (from === null && ENTRY.has(base));
        if (!ok) offenders.push(`${f} → ${imp.resolved}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

// Which area owns which table. Every area may read the tree and the accounts (names, units); any other
// table is read and written only by the area that owns it: the others ask its service.
const TABLE_OWNER: [RegExp, string][] = [
  [/^(orgs|org_versions|org_links|cache_versions)$/, 'orgs'],
  [/^(users|api_tokens)$/, 'users'],
  [/^(sessions|login_throttle)$/, 'auth'],
  [/^settings$/, 'settings'],
  [/^audit_(log|head)$/, 'audit'],
  [/^notifications$/, 'notifications'],
  [/^(document_\w+|documents|terms|doc_sequences|incoming_sequences)$/, 'documents'],
  [/^(programs|program_\w+|schedule_\w+)$/, 'programs'],
  [/^(tasks|task_\w+)$/, 'tasks'],
  [/^(members|member_\w+|base_salaries|org_ratings)$/, 'members'],
  [/^archive_\w+$/, 'archive'],
  [/^(rule_\w+|calendar_\w+|work_rule_\w+)$/, 'rules'],
  [/^finance_\w+$/, 'finance'],
  [/^(meetings|meeting_\w+|study_\w+)$/, 'meetings'],
  [/^(proposals|proposal_\w+)$/, 'proposals'],
  [/^intel_\w+$/, 'intel'],
  [/^(congresses|congress_\w+|elections|election_\w+)$/, 'congresses'],
  [/^(inspection_\w+|discipline_\w+)$/, 'inspections'],
  [/^reward_\w+$/, 'rewards'],
  [/^exchange_\w+$/, 'exchange'],
];
const READ_BY_ALL = new Set(['orgs', 'org_versions', 'org_links', 'users']);

function ownerOf(table: string): string | undefined {
  return TABLE_OWNER.find(([re]) => re.test(table))?.[1];
}

describe('an area reads and writes only its own tables', () => {
  it('queries.ts of an area names no table of another area (but the tree and the accounts, read)', () => {
    const offenders: string[] = [];
    for (const f of serverSources.filter(
      (x) => x.startsWith('server/modules/') && path.posix.basename(x) === 'queries.ts',
    )) {
      const area = areaOf(f);
      const text = literals(parse(f)).join(' ');
      for (const m of text.matchAll(/\b(FROM|JOIN|INTO|UPDATE)\s+([a-z_]+)\b/gi)) {
        const verb = (m[1] ?? '').toUpperCase();
        const table = (m[2] ?? '').toLowerCase();
        const owner = ownerOf(table);
        if (!owner || owner === area) continue;
        const isRead = verb === 'FROM' || verb === 'JOIN';
        if (isRead && READ_BY_ALL.has(table)) continue;
        offenders.push(`${f}: ${verb} ${table} (${owner})`);
      }
    }
    expect([...new Set(offenders)]).toEqual([]);
  });
});

describe('the access rule lives in server/auth/', () => {
  const modules = serverSources.filter((f) => f.startsWith('server/modules/'));

  it('grants are written only through server/auth/grants.ts', () => {
    expect(modules.filter((f) => read(f).includes('access_grants'))).toEqual([]);
  });

  it('one secrecy-ceiling check with one error code', () => {
    const holders = FILES.filter(
      (f) => /\.(ts|tsx)$/.test(f) && !isTest(f) && read(f).includes("'secrecy_above_clearance'"),
    );
    expect(holders).toEqual(['server/auth/authorize.ts']);
  });

  it('no area compares a clearance by hand', () => {
    const HAND = /[<>]=?\s*\$?\{?\s*\w+\.clearance\b|\b\w+\.clearance\s*[<>]/;
    const offenders = modules
      .filter((f) => !f.startsWith('server/modules/users/') && !f.startsWith('server/modules/auth/'))
      .filter((f) => HAND.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('one actorOf, one scope lookup', () => {
    const actorOf = serverSources.filter((f) => /function actorOf\b/.test(read(f)));
    expect(actorOf).toEqual(['server/auth/actor.ts']);
    const scopeSql = serverSources.filter(
      (f) => !f.startsWith('server/auth/') && /org_scope_roots\s*\(/.test(read(f)),
    );
    expect(scopeSql).toEqual([]);
  });
});

describe('the web client calls the API only through each feature’s api.ts', () => {
  const web = FILES.filter((f) => /^web\/src\/.*\.tsx?$/.test(f) && !f.endsWith('.d.ts'));

  it('only api.ts files (and web/src/api/) call the typed client or fetch', () => {
    const offenders: string[] = [];
    for (const f of web) {
      if (f.startsWith('web/src/api/') || path.posix.basename(f) === 'api.ts') continue;
      for (const imp of importsOf(f)) {
        if (imp.resolved?.endsWith('web/src/api/http.ts') && !imp.typeOnly)
          offenders.push(`${f}: imports http`);
      }
      if (/\bfetch\(|new XMLHttpRequest/.test(read(f))) offenders.push(`${f}: calls the server itself`);
    }
    expect(offenders).toEqual([]);
  });

  it('no hand-kept response types: no types.ts in the features', () => {
    expect(web.filter((f) => /^web\/src\/features\/.*\/types\.ts$/.test(f))).toEqual([]);
  });
});

describe('no import cycles', () => {
  function cycles(files: string[]): string[][] {
    const set = new Set(files);
    const edges = new Map<string, string[]>();
    for (const f of files) {
      edges.set(
        f,
        importsOf(f)
          .filter((i) => !i.typeOnly && i.resolved && set.has(i.resolved))
          .map((i) => i.resolved as string),
      );
    }
    const found: string[][] = [];
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const dfs = (n: string) => {
      state.set(n, 1);
      stack.push(n);
      for (const m of edges.get(n) ?? []) {
        if (state.get(m) === 1) found.push([...stack.slice(stack.indexOf(m)), m]);
        else if (!state.has(m)) dfs(m);
      }
      stack.pop();
      state.set(n, 2);
    };
    for (const f of files) if (!state.has(f)) dfs(f);
    return found;
  }

  it('in server/ and domain/', () => {
    const files = FILES.filter((f) => /^(server|domain)\/.*\.ts$/.test(f) && !isTest(f));
    expect(cycles(files)).toEqual([]);
  });

  it('in web/src/', () => {
    const files = FILES.filter((f) => /^web\/src\/.*\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
    expect(cycles(files)).toEqual([]);
  });
});

describe('files stay small', () => {
  it('no source file of server/, domain/ or web/src/ is over 450 lines', () => {
    const big = FILES.filter((f) => /^(server|domain|web\/src)\/.*\.(ts|tsx)$/.test(f))
      .filter((f) => !isTest(f) && !f.endsWith('.d.ts'))
      .map((f) => [f, read(f).split('\n').length] as const)
      .filter(([, n]) => n > 450)
      .map(([f, n]) => `${f}: ${n}`);
    expect(big).toEqual([]);
  });
});

describe('the repository stands alone', () => {
  it('no file points to a brief, a reference or an issue outside it', () => {
    const outside = new RegExp(
      [
        'DESIGN' + '\\.md',
        'domain' + '-reference',
        '\\.\\./' + 'shared',
        '\\b[Ii]ssue' + 's?\\s+#?\\d+',
      ].join('|'),
    );
    const offenders = FILES.filter(
      (f) => !/\.(png|jpg|svg|xlsx|docx|pdf|zip|lock)$/.test(f) && f !== 'package-lock.json',
    )
      .filter((f) => outside.test(read(f)))
      .map((f) => {
        const line = read(f)
          .split('\n')
          .findIndex((l) => outside.test(l));
        return `${f}:${line + 1}`;
      });
    expect(offenders).toEqual([]);
  });
});
