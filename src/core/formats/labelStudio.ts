/**
 * Label Studio pre-annotations (https://labelstud.io/guide/predictions): a JSON list of tasks, one per document,
 * `{"data": {"text", "name"}, "predictions": [{"model_version", "result": [...]}]}`. Each mention is a result
 * `{"id", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start", "end", "text", "labels"}}`
 * (with `meta.text` naming its Wikidata id when known); the themes are one result
 * `{"from_name": "themes", "to_name": "text", "type": "choices", "value": {"choices": [...]}}`. They fit this
 * labelling configuration, which the project must use (`from_name`/`to_name` are its tag names):
 *
 * ```xml
 * <View>
 *   <Labels name="label" toName="text">
 *     <Label value="PERSON"/><Label value="ORG"/><Label value="PLACE"/><Label value="COUNTRY"/>
 *   </Labels>
 *   <Text name="text" value="$text"/>
 *   <Choices name="themes" toName="text" choice="multiple" showInline="true"> <!-- one Choice per CAP topic name --> </Choices>
 * </View>
 * ```
 * Offsets count Unicode code points of `data.text`, end exclusive.
 */
import { codePointIndex } from './codePoints';
import { mentionsOf, type FormatDocument } from './document';

/** The `model_version` written on predictions. */
export const LABEL_STUDIO_MODEL_VERSION = 'news-lens';

/** One Label Studio task for a document (a plain object: `JSON.stringify` a list of them to import). */
export function labelStudioTask(doc: FormatDocument): object {
  const cp = codePointIndex(doc.text);
  const result: object[] = mentionsOf(doc).map((m, i) => ({
    id: `m${i + 1}`,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start: cp.toCodePoint(m.start), end: cp.toCodePoint(m.end), text: m.text, labels: [m.type] },
    ...(m.wikidata ? { meta: { text: [`Wikidata ${m.wikidata}`] } } : {}),
  }));
  if (doc.analysis.themes.length > 0) {
    result.push({ id: 'themes', from_name: 'themes', to_name: 'text', type: 'choices', value: { choices: doc.analysis.themes.map(t => t.name) } });
  }
  return { data: { text: doc.text, name: doc.name }, predictions: [{ model_version: LABEL_STUDIO_MODEL_VERSION, result }] };
}

/** The tasks of several documents as the JSON file Label Studio imports, ending with a newline. */
export function writeLabelStudio(docs: readonly FormatDocument[]): string {
  return `${JSON.stringify(docs.map(labelStudioTask), null, 2)}\n`;
}
