// A date a template prints through a small script where it stands: `<td><script>printStamp("2019/11/04
// 07:30:00")</script> · 12 views</td>`, the helper calling document.write. In the browser the
// written text is in the page, and the text scan reads its element, whose text holds the
// call too. Outside it (the CLI, the benches) no script runs and nothing in the element
// looked dated: the date was lost. The call's literal now marks the element as dated in
// both; the scan reads each element once, so the browser finds the same date as before.

/**
 * A script whose whole text is one call of a named function with one quoted argument:
 * `printStamp("2019/11/04 07:30:00")`, `writeDate('12.03.2019');`. A script doing anything
 * more (state, analytics, a widget's options) is no printed date.
 */
const ONE_CALL_WITH_A_LITERAL = /^\s*[\p{L}_$][\p{L}\d_$.]*\(\s*(["'])(?<literal>[^"'\n]{6,40})\1\s*\)\s*;?\s*$/u;

/** The literal a date-writing script prints, when its one argument looks like a date. */
export function writtenDate(script: Element, looksDated: (text: string) => boolean): string | null {
  const literal = (script.textContent ?? '').match(ONE_CALL_WITH_A_LITERAL)?.groups?.['literal'];
  return literal !== undefined && looksDated(literal) ? literal : null;
}
