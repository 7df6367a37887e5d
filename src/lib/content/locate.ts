/**
 * Parses JSON and YAML front matter while keeping positions, so that every problem, syntax or schema,
 * can be reported at a line and column of the file the clerk edits.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { lineColumnAt } from './read-text.ts';
import type { PathSegment, Problem } from './problems.ts';
import { bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

export interface Located {
  value: unknown;
  /** Line and column of the value at `path` (or of its nearest existing ancestor). */
  locate(path: readonly PathSegment[], key?: string): { line: number; column: number };
}

export function parseJsonLocated(text: string, file: string): { ok: true; doc: Located } | { ok: false; problems: Problem[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree) {
    // The first error is the one to fix; later ones are usually its consequences.
    const problems = errors.slice(0, 1).map((e): Problem => {
      let code = printParseErrorCode(e.error);
      let offset = e.offset;
      const token = text.slice(e.offset, e.offset + Math.max(1, Math.min(e.length, 20)));
      if (/^-?(NaN|Infinity)/.test(token)) code = 'InvalidNumberFormat';
      let next = false;
      if (code === 'CommaExpected' || code === 'ColonExpected') {
        // Point at the end of what precedes the missing comma, where the clerk has to type it.
        let i = e.offset - 1;
        while (i > 0 && /\s/.test(text[i]!)) i--;
        offset = i + 1;
        next = true;
      }
      const { line, column } = lineColumnAt(text, offset);
      return {
        file,
        line,
        column,
        ...bilingual(V.jsonSyntax, { code, found: { token: token || undefined, next } }),
      };
    });
    if (problems.length === 0) problems.push({ file, line: 1, column: 1, ...bilingual(V.jsonNothing, undefined) });
    return { ok: false, problems };
  }
  const dupes = duplicateKeys(tree);
  if (dupes.length > 0) {
    return {
      ok: false,
      problems: dupes.map((d): Problem => {
        const { line, column } = lineColumnAt(text, d.offset);
        return {
          file,
          line,
          column,
          ...bilingual(V.duplicateKey, { key: d.key }),
        };
      }),
    };
  }
  return {
    ok: true,
    doc: {
      value: nodeValue(tree),
      locate(path, key) {
        let node: Node | undefined;
        for (let n = path.length; n >= 0 && !node; n--) node = findNodeAtLocation(tree, path.slice(0, n) as (string | number)[]);
        let offset = node?.offset ?? 0;
        if (node && key !== undefined && node.type === 'object') {
          const prop = node.children?.find((p) => p.children?.[0]?.value === key);
          if (prop) offset = prop.offset;
        } else if (node?.parent?.type === 'property') offset = node.parent.offset;
        return lineColumnAt(text, offset);
      },
    },
  };
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      // defineProperty: a field named "__proto__" stays a field (reported as unknown), never a prototype.
      for (const p of node.children ?? []) Object.defineProperty(o, String(p.children![0]!.value), { value: nodeValue(p.children![1]!), enumerable: true, writable: true, configurable: true });
      return o;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function duplicateKeys(node: Node, out: Array<{ key: string; offset: number }> = []) {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const p of node.children ?? []) {
      const k = String(p.children![0]!.value);
      if (seen.has(k)) out.push({ key: k, offset: p.offset });
      seen.add(k);
    }
  }
  for (const c of node.children ?? []) duplicateKeys(c, out);
  return out;
}

/** YAML front matter starting on `firstLine` of the file (the line after `---`). */
export function parseYamlLocated(
  yamlText: string,
  file: string,
  firstLine: number,
  /** A plan.md's front matter, or a YAML file of its own (the importer's metadata): the fix differs. */
  kind: 'front-matter' | 'file' = 'front-matter',
): { ok: true; doc: Located } | { ok: false; problems: Problem[] } {
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.slice(0, 3).map((e): Problem => {
        const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
        const first = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        return {
          file,
          line: pos.line + firstLine - 1,
          column: pos.col,
          ...bilingual(kind === 'file' ? V.yamlFileInvalid : V.yamlInvalid, { error: first }),
        };
      }),
    };
  }
  const value = doc.toJS();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: firstLine,
          column: 1,
          ...bilingual(V.frontMatterNotFields, { found: value === null ? null : JSON.stringify(value).slice(0, 40) }),
        },
      ],
    };
  }
  return {
    ok: true,
    doc: {
      value,
      locate(path) {
        for (let n = path.length; n >= 0; n--) {
          const node = n === 0 ? doc.contents : (doc.getIn(path.slice(0, n), true) as YamlNode | undefined);
          const range = node && (isMap(node) || isSeq(node) || 'range' in node) ? (node as { range?: [number, number, number] }).range : undefined;
          if (range) {
            const { line, column } = lineColumnAt(yamlText, range[0]);
            return { line: line + firstLine - 1, column };
          }
        }
        return { line: firstLine, column: 1 };
      },
    },
  };
}
