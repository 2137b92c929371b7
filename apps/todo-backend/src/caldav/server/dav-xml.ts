import { DOMParser, type Element } from '@xmldom/xmldom';
import { DavError } from './dav-errors.ts';

/** The namespaces the server speaks, with the prefixes it writes them under. */
export const NS = {
  dav: 'DAV:',
  caldav: 'urn:ietf:params:xml:ns:caldav',
  cs: 'http://calendarserver.org/ns/',
  apple: 'http://apple.com/ns/ical/',
} as const;

const PREFIX: Record<string, string> = { [NS.dav]: 'd', [NS.caldav]: 'c', [NS.cs]: 'cs', [NS.apple]: 'ic' };

/** A property or element name, namespace-qualified: `{DAV:}getetag`. */
export type QName = `{${string}}${string}`;
export const qname = (namespace: string, local: string): QName => `{${namespace}}${local}`;

/**
 * The request body as a namespace-aware DOM: clients use any prefixes (or a default namespace), so elements are
 * matched by namespace URI and local name, never by prefix. An empty body is undefined.
 */
export function parseXml(body: string | undefined): Element | undefined {
  if (body === undefined || body.trim() === '') return undefined;
  try {
    const document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(body, 'application/xml');
    return document.documentElement ?? undefined;
  } catch (error) {
    throw new DavError(400, `The request body is not well-formed XML: ${(error as Error).message}`);
  }
}

export const nameOf = (element: Element): QName => qname(element.namespaceURI ?? '', element.localName ?? element.nodeName);

export const is = (element: Element | undefined, namespace: string, local: string): boolean =>
  element !== undefined && element.namespaceURI === namespace && element.localName === local;

/** The element children (text and comments skipped). */
export function childElements(element: Element): Element[] {
  const children: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) children.push(node as Element);
  }
  return children;
}

export const child = (element: Element, namespace: string, local: string): Element | undefined =>
  childElements(element).find((c) => is(c, namespace, local));

export const textOf = (element: Element | undefined): string => (element?.textContent ?? '').trim();

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** `{ns}local` as an element: the server's prefixes for its namespaces, a declared one for any other. */
export function element(name: QName, inner?: string): string {
  const match = /^\{(.*)\}(.+)$/.exec(name);
  const namespace = match?.[1] ?? '';
  const local = match?.[2] ?? name;
  const prefix = PREFIX[namespace];
  const tag = prefix ? `${prefix}:${local}` : `x:${local}`;
  const declaration = prefix ? '' : ` xmlns:x="${escapeXml(namespace)}"`;
  return inner === undefined || inner === '' ? `<${tag}${declaration}/>` : `<${tag}${declaration}>${inner}</${tag}>`;
}

const ROOT_NAMESPACES = Object.entries(PREFIX)
  .map(([namespace, prefix]) => `xmlns:${prefix}="${namespace}"`)
  .join(' ');

/** A whole XML document whose root is DAV:`local` (multistatus, error, prop), declaring the server's namespaces. */
export function document(local: string, inner: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<d:${local} ${ROOT_NAMESPACES}>${inner}</d:${local}>`;
}

export const href = (path: string): string => `<d:href>${escapeXml(path)}</d:href>`;
