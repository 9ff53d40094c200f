/**
 * Anki's cloze deletions, `{{c1::answer}}` or `{{c1::answer::hint}}` (nested ones allowed), rendered
 * for one card the way Anki does (rslib/src/cloze.rs): on the front the card's own deletions become
 * a blank — `[...]`, or `[hint]` — and every other deletion shows its text; on the back the card's
 * own deletions show their answer, in bold.
 */

type ClozeNode = string | { ord: number; children: ClozeNode[]; hint: string | null };
type Frame = { ord: number; children: ClozeNode[]; hint: string | null; inHint: boolean };

const OPEN = /^\{\{c(\d+)::/;

function parse(text: string): ClozeNode[] {
  const root: ClozeNode[] = [];
  const stack: Frame[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer === '') return;
    const top = stack.at(-1);
    if (!top) root.push(buffer);
    else if (top.inHint) top.hint = (top.hint ?? '') + buffer;
    else top.children.push(buffer);
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const open = text.startsWith('{{c', i) ? OPEN.exec(text.slice(i, i + 16)) : null;
    if (open) {
      flush();
      stack.push({ ord: Number(open[1]), children: [], hint: null, inHint: false });
      i += open[0].length;
    } else if (stack.length > 0 && text.startsWith('::', i) && !stack.at(-1)!.inHint) {
      flush();
      stack.at(-1)!.inHint = true;
      i += 2;
    } else if (stack.length > 0 && text.startsWith('}}', i)) {
      flush();
      const done = stack.pop()!;
      const node: ClozeNode = { ord: done.ord, children: done.children, hint: done.hint };
      const parent = stack.at(-1);
      if (parent) parent.children.push(node);
      else root.push(node);
      i += 2;
    } else {
      buffer += text[i];
      i += 1;
    }
  }
  flush();
  // An unclosed deletion is shown as typed, as Anki does.
  while (stack.length > 0) {
    const open = stack.shift()!;
    root.push(`{{c${open.ord}::`, ...open.children);
  }
  return root;
}

function render(nodes: ClozeNode[], ord: number, side: 'front' | 'back'): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return node;
      if (node.ord !== ord) return render(node.children, ord, side);
      if (side === 'front') return `[${node.hint?.trim() || '...'}]`;
      return `<b>${render(node.children, ord, side)}</b>`;
    })
    .join('');
}

/** The cloze numbers a text uses (1-based), in ascending order. */
export function clozeNumbers(text: string): number[] {
  const found = new Set<number>();
  for (const m of text.matchAll(/\{\{c(\d+)::/g)) found.add(Number(m[1]));
  return [...found].sort((a, b) => a - b);
}

/** `text` with cloze `ord` (1-based) hidden (front) or revealed (back), the others shown. */
export function renderCloze(text: string, ord: number, side: 'front' | 'back'): string {
  return render(parse(text), ord, side);
}
