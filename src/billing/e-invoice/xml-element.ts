/**
 * Just enough of an XML writer for one e-invoice: elements, attributes, text, indentation.
 * Written here rather than taken from a library because the document is small and fixed in
 * shape, and escaping is the only subtle part (decision 0040).
 */
export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  /** Text content, or child elements; `undefined` children are optional parts left out. */
  content: string | readonly (XmlElement | undefined)[];
}

export function element(
  name: string,
  content: XmlElement['content'],
  attributes: Readonly<Record<string, string>> = {},
): XmlElement {
  return { name, attributes, content };
}

/**
 * XML 1.0 cannot carry C0 control characters (other than tab and line breaks), U+FFFE/U+FFFF or
 * unpaired surrogates, not even escaped; the API refuses such text, so this only guards the
 * document's well-formedness should one ever get through.
 */
const notXmlCharacter = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function escapeXml(text: string): string {
  return text
    .replace(notXmlCharacter, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function serializeElement(node: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  if (typeof node.content === 'string') {
    return `${indent}<${node.name}${attributes}>${escapeXml(node.content)}</${node.name}>\n`;
  }
  const children = node.content.filter((child): child is XmlElement => child !== undefined);
  if (children.length === 0) return `${indent}<${node.name}${attributes}/>\n`;
  const inner = children.map((child) => serializeElement(child, depth + 1)).join('');
  return `${indent}<${node.name}${attributes}>\n${inner}${indent}</${node.name}>\n`;
}

/** The UTF-8 document with its declaration; every text and attribute value escaped. */
export function serializeXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeElement(root, 0)}`;
}
