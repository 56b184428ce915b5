// A form inside the article is a control the reader fills in (a newsletter sign-up, a
// comment box, a country picker), and its text is the control's labels and fine print ("We
// will use the information you provide to send you these newsletters…"), even where that
// fine print is long enough to read as prose. Readability drops the form's fields but keeps
// the form and its text. Some pages wrap the whole page, story and all, in one form (ASP.NET
// pages do): a form holding most of the article's text is that wrapper, not a box.

const WHITESPACE = /\s+/g;
/** A form holding less than this share of the article's text is a box in it. */
const FORM_BOX_SHARE = 0.5;

const solidLength = (node: Node): number => (node.textContent ?? '').replace(WHITESPACE, '').length;

/** Reads, for each form inside `root`, whether it is a box in the article (true) or wraps the story (false). */
export function formBoxes(root: Node): (form: Element) => boolean {
  const articleChars = solidLength(root);
  return (form) => solidLength(form) < FORM_BOX_SHARE * articleChars;
}
