/**
 * Chooses the reader for an annotation file by its name: `.ann` brat standoff, `.jsonl` spaCy / Prodigy /
 * doccano JSONL, `.json` a Label Studio export.
 */
import type { ImportResult } from './gold';
import { readBrat } from './readBrat';
import { readJsonl } from './readJsonl';
import { readLabelStudio } from './readLabelStudio';

/** The file name endings `readAnnotations` knows, in the order a gold file is looked for. */
export const ANNOTATION_EXTENSIONS = ['.ann', '.jsonl', '.json'] as const;

/** Whether `fileName` names a kind of annotation file News Lens reads. */
export function isAnnotationFile(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return ANNOTATION_EXTENSIONS.some(ext => lower.endsWith(ext)) && !lower.endsWith('.newslens.json');
}

/** The spans of an annotation file (`content`, named `fileName`) for the article `text`; an unknown kind is one problem. */
export function readAnnotations(fileName: string, content: string, text: string): ImportResult {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.ann')) return readBrat(content, text);
  if (lower.endsWith('.jsonl')) return readJsonl(content, text);
  if (lower.endsWith('.json') && !lower.endsWith('.newslens.json')) return readLabelStudio(content, text);
  return { spans: [], problems: [{ line: 1, reason: 'not a kind of annotation file News Lens reads (.ann brat, .jsonl spaCy/Prodigy/doccano, .json Label Studio)' }] };
}
