/**
 * Content cannot inject code. Official texts and progress data are words and numbers; none of them needs
 * HTML, scripts or `javascript:` addresses, so the validator refuses them wherever they appear: in any
 * string of a JSON file or front matter, and in a plan's Markdown (raw HTML, unsafe link addresses).
 * The pages render content as text in any case; this check makes the mistake visible where it is made.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { PathSegment } from './problems.ts';
import { validatorMessages as V, type UnsafeReason } from '../messages/validator.ts';
import type { Message } from '../messages/catalogue.ts';

const TAG = /<\s*\/?\s*[a-zA-Z!?][^<>]*>/;
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data)\s*:/i;
const EVENT_ATTR = /\bon[a-z]+\s*=/i;

/** Why a string is not inert, or null when it is plain text. */
export function unsafeText(s: string): UnsafeReason | null {
  const tag = TAG.exec(s);
  if (tag) return { kind: 'markup', shown: JSON.stringify(tag[0].slice(0, 30)) };
  if (SCRIPT_URL.test(s)) return { kind: 'script', shown: JSON.stringify(s.trim().slice(0, 30)) };
  if (EVENT_ATTR.test(s) && /["'=]/.test(s)) return { kind: 'event', shown: JSON.stringify(EVENT_ATTR.exec(s)![0]) };
  return null;
}

/** Every string in a parsed JSON or YAML value that is not inert, with its path. */
export function unsafeStrings(value: unknown, path: PathSegment[] = []): Array<{ path: PathSegment[]; reason: UnsafeReason }> {
  if (typeof value === 'string') {
    const reason = unsafeText(value);
    return reason ? [{ path, reason }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => unsafeStrings(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => unsafeStrings(v, [...path, k]));
  return [];
}

/** Raw HTML and unsafe link addresses in a plan's Markdown, with their line in the body. */
export function unsafeMarkdown(root: Root): Array<{ line: number; reason: UnsafeReason }> {
  const out: Array<{ line: number; reason: UnsafeReason }> = [];
  visit(root, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') out.push({ line, reason: { kind: 'html', shown: JSON.stringify(node.value.slice(0, 30)) } });
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !/^(?:https?:\/\/|\/|#)/i.test(node.url)) {
      out.push({ line, reason: { kind: 'link', shown: JSON.stringify(node.url.slice(0, 30)) } });
    }
  });
  return out;
}

/**
 * Images in a plan's Markdown, with their line in the body. The official text is words and tables; an
 * image would make the reader's browser fetch a resource (from another host, if the address is remote),
 * which the site never does.
 */
/** A resource's description as the validator's remoteResource entry takes it: English in `reason`, Chinese in `reasonZh`. */
function resourceReason<P>(entry: Message<P>, params: P): { reason: string; reasonZh: string } {
  return { reason: entry.en(params).message, reasonZh: entry.zh(params).message };
}

export function remoteResources(root: Root): Array<{ line: number; reason: string; reasonZh: string }> {
  const out: Array<{ line: number; reason: string; reasonZh: string }> = [];
  visit(root, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image') {
      out.push({ line, ...resourceReason(V.imageResource, { shown: JSON.stringify(node.url.slice(0, 40)) }) });
    }
    if (node.type === 'imageReference') out.push({ line, ...resourceReason(V.imageReferenceResource, { id: node.identifier }) });
  });
  return out;
}
