import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where `id: <id>` is written in one folder of content/ (or one file of it): the repo-relative file
 * and its 1-based line, or null. Used to point an admin at the exact place to edit a library card.
 */
export async function findIdInContent(
  rootDir: string,
  folder: string,
  id: string,
  onlyFile: string | null,
): Promise<{ file: string; line: number } | null> {
  const dir = path.join(rootDir, folder.replace(/^content\//, ''));
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort();
  } catch {
    return null;
  }
  const wanted = onlyFile ? names.filter((n) => `${folder}/${n}` === onlyFile) : names;
  const pattern = new RegExp(`^\\s*(?:-\\s+)?id:\\s*["']?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*$`);
  for (const name of wanted) {
    const lines = (await readFile(path.join(dir, name), 'utf8')).split('\n');
    const index = lines.findIndex((l) => pattern.test(l));
    if (index >= 0) return { file: `${folder}/${name}`, line: index + 1 };
  }
  return null;
}
