// The words pages print next to a date to say what it is. Shared by the injected
// collector (kept small) and the resolver.

/** Label words meaning "last changed", in the languages the corpus shows. */
export const UPDATED_LABEL =
  /(?<!\p{L})(?:updated?|last[- ]?(?:updated|modified|changed)|modified|revised|aktualisiert|ge(?:ä|ae)ndert|zuletzt|(?:letzte )?(?:ä|ae)nderung|stand:|mis à jour|mise à jour|actualizado|actualización|aggiornato|bijgewerkt|atualizado|datemodified)(?!\p{L})/giu;
/** Label words meaning "first put out". */
export const PUBLISHED_LABEL =
  /(?<!\p{L})(?:published|publication|posted|released|erschienen|ver(?:ö|oe)ffentlicht|publiziert|erstellt|publié|publicado|publicación|pubblicato|gepubliceerd|geplaatst|datepublished|pubdate)(?!\p{L})/giu;

/** Which label, if any, is nearest the end of `context` (the text just before a date). */
export function labelKind(context: string): 'published' | 'updated' | null {
  const updated = lastIndex(context, UPDATED_LABEL);
  const published = lastIndex(context, PUBLISHED_LABEL);
  if (updated < 0 && published < 0) return null;
  return updated > published ? 'updated' : 'published';
}

function lastIndex(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}
